// Dragging nodes: the browser moves them and their links; the server hears once, on release. The work per pointer
// move is a little arithmetic: the nodes and links to move are found when the gesture starts, and their elements are
// written once per frame, not once per pointer event. While dragged, a node is moved by a transform on a layer of its
// own (.dragging) and its links are lifted onto the drag layer (moving-links.js), so a frame repaints only what
// moves, not the rest of the design under it; the node's place (left, top) is written once, on release.
import { nodeBox } from './geometry.js';
import { linksMovingWith } from './moving-links.js';

export function nodeDrag(canvas, options) {
    const readOnly = !!(options && options.readOnly);
    return {
        start(e) {
            const node = e.target.closest('.diagram-node');
            if (!node || e.target.closest('input, textarea, button')) return null;
            // Dragging a selected node drags the whole selection with it.
            const els = node.classList.contains('selected') ? [...canvas.root.querySelectorAll('.diagram-node.selected')] : [node];
            const group = els.map(el => ({ el, id: el.dataset.id, origin: nodeBox(el), box: nodeBox(el) }));
            const start = canvas.toCanvas(e.clientX, e.clientY);
            // Found now, once: the moves below only do arithmetic and write these elements.
            const links = readOnly ? null : linksMovingWith(canvas, new Map(group.map(({ id, box }) => [id, box])));
            let moved = false, frame = 0, dx = 0, dy = 0;

            function write() {
                frame = 0;
                for (const { el, origin, box } of group) {
                    box.x = origin.x + dx;
                    box.y = origin.y + dy;
                    el.style.transform = `translate(${dx}px, ${dy}px)`;
                }
                links.redraw();
            }

            return {
                move(e) {
                    const p = canvas.toCanvas(e.clientX, e.clientY);
                    dx = p.x - start.x;
                    dy = p.y - start.y;
                    if (readOnly || (!moved && Math.hypot(dx, dy) < 3)) return;
                    if (!moved) {
                        moved = true;
                        group.forEach(({ el }) => el.classList.add('dragging'));
                        links.lift();
                    }
                    if (!frame) frame = requestAnimationFrame(write);
                },
                end() {
                    // The last move is drawn now, so that what is committed is what the user let go of.
                    if (frame) { cancelAnimationFrame(frame); write(); }
                    if (moved) {
                        for (const { el, box } of group) {
                            el.style.left = `${box.x}px`;
                            el.style.top = `${box.y}px`;
                            el.style.transform = '';
                        }
                        links.drop();
                    }
                    group.forEach(({ el }) => el.classList.remove('dragging'));
                    if (!moved) canvas.call('SelectElement', node.dataset.id, e.shiftKey || e.ctrlKey || e.metaKey);
                    else if (group.length === 1) canvas.call('CommitMove', group[0].id, group[0].box.x, group[0].box.y);
                    else canvas.call('CommitMoveMany', JSON.stringify(group.map(({ id, box }) => ({ id, x: box.x, y: box.y }))));
                },
            };
        },
    };
}
