namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>
/// The scripts the canvas measurement runs in the page. <see cref="Init"/> is added before the page loads, so it sees
/// when the first node and the ready canvas are on screen, both on the page's own clock
/// (milliseconds since navigation started), free of the test's polling delays.
/// </summary>
internal static class CanvasProbeScript
{
    /// <summary>Installs <c>window.__canvasProbe</c>: first node frame, ready frame, and a requestAnimationFrame recorder.</summary>
    public const string Init = """
        (() => {
            const canvas = "[data-testid='designer'] [data-testid='diagram-canvas']";
            const probe = window.__canvasProbe = { firstNodeMs: null, readyMs: null, frames: null };
            // A frame callback runs before the browser styles, lays out and paints that frame, and the next frame's once
            // that is done: what a frame first saw is on screen at the next frame. So the first graph paint and the ready
            // time are the frames after the first with a node and the first with the canvas ready, and count the style
            // and paint of what they added (once 0.6 s at 2,000 nodes, which a time taken at the frame itself left out).
            let nodeSeen = false, readySeen = false;
            const watch = t => {
                if (probe.firstNodeMs === null && nodeSeen) probe.firstNodeMs = t;
                if (probe.readyMs === null && readySeen) probe.readyMs = t;
                nodeSeen ||= !!document.querySelector(canvas + ' .diagram-node');
                readySeen ||= !!document.querySelector(canvas + "[data-ready='true']");
                if (probe.readyMs === null) requestAnimationFrame(watch);
            };
            requestAnimationFrame(watch);
            probe.record = () => {
                const frames = [];
                probe.frames = frames;
                const loop = t => { if (probe.frames !== frames) return; frames.push(t); requestAnimationFrame(loop); };
                requestAnimationFrame(loop);
            };
            // The time between successive frames: 16.7 ms at 60 fps, longer when a frame took longer. It ends on the next
            // frame, so that a gesture during which the page drew nothing still counts the one long frame it waited for.
            probe.stop = () => new Promise(resolve => requestAnimationFrame(t => {
                const frames = probe.frames || [];
                probe.frames = null;
                frames.push(t);
                resolve(frames.slice(1).map((f, i) => f - frames[i]));
            }));
        })();
        """;

    /// <summary>The first-node and ready times, once the canvas is ready.</summary>
    public const string Times = "() => [window.__canvasProbe.firstNodeMs, window.__canvasProbe.readyMs]";

    /// <summary>
    /// True once the probe has seen the ready frame: on a busy page the next frame can come seconds after the
    /// attribute changed, and the times are read only then.
    /// </summary>
    public const string ReadySeen = "() => window.__canvasProbe.readyMs !== null";

    /// <summary>Starts recording frames.</summary>
    public const string Record = "() => window.__canvasProbe.record()";

    /// <summary>Stops recording; returns the frame intervals in milliseconds.</summary>
    public const string Stop = "() => window.__canvasProbe.stop()";

    /// <summary>
    /// The node nearest the canvas's centre that is wholly on screen and clear of the minimap: its id and the page
    /// coordinates of its centre, and the canvas's zoom (<c>[id, x, y, zoom]</c>).
    /// </summary>
    public const string NodeToDrag = """
        () => {
            const root = document.querySelector("[data-testid='designer'] [data-testid='diagram-canvas']");
            const r = root.getBoundingClientRect();
            const map = root.querySelector('.diagram-minimap')?.getBoundingClientRect();
            const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
            let best = null;
            for (const node of root.querySelectorAll('.diagram-node')) {
                const b = node.getBoundingClientRect();
                if (b.left < r.left || b.top < r.top || b.right > r.right || b.bottom > r.bottom || b.width < 2) continue;
                if (map && b.right > map.left && b.left < map.right && b.bottom > map.top && b.top < map.bottom) continue;
                const d = Math.hypot(b.left + b.width / 2 - cx, b.top + b.height / 2 - cy);
                if (!best || d < best.d) best = { d, id: node.dataset.id, x: b.left + b.width / 2, y: b.top + b.height / 2 };
            }
            return best ? [best.id, String(best.x), String(best.y), root.dataset.zoom ?? ''] : null;
        }
        """;

    /// <summary>Where the node <c>id</c> is on screen (<c>[left, top]</c>), or null when it is not in the page.</summary>
    public const string NodePosition = """
        id => {
            const node = document.querySelector(`[data-testid='designer'] .diagram-node[data-id="${CSS.escape(id)}"]`);
            if (!node) return null;
            const b = node.getBoundingClientRect();
            return [b.left, b.top];
        }
        """;

    /// <summary>
    /// A point of the canvas (page coordinates, <c>[x, y]</c>) over empty background, where a drag pans: no node, link,
    /// label or minimap under it.
    /// </summary>
    public const string EmptySpot = """
        () => {
            const root = document.querySelector("[data-testid='designer'] [data-testid='diagram-canvas']");
            const r = root.getBoundingClientRect();
            for (let fy = 0.1; fy < 0.95; fy += 0.05) {
                for (let fx = 0.05; fx < 0.95; fx += 0.05) {
                    const x = r.left + r.width * fx, y = r.top + r.height * fy;
                    const el = document.elementFromPoint(x, y);
                    if (el && root.contains(el) && !el.closest('.diagram-node, .diagram-minimap, path, text, foreignObject')) return [x, y];
                }
            }
            return null;
        }
        """;
}
