// The minimap, drawn here from the browser's copy of every node's geometry (node-data.js) into the <svg> the server
// renders empty: one path per kind of node, a rectangle per node in it, and the frame of the visible area. A
// rectangle per node rendered by the server was most of the circuit's first render batch of a big design; the rows
// it is drawn from reach the browser anyway (fit, reveal and arrow keys read them).
// The nodes are redrawn at most once a frame, after the server sent changed rows; a pan or zoom moves only the frame.
const SVG = 'http://www.w3.org/2000/svg';
// Space kept around the design, in canvas units, so that nodes at its edges are not cut by the minimap's border.
const PAD = 200;
// The kinds of node, as node-data.js names them, each drawn in its own colour (DiagramCanvas.razor.css).
const KINDS = ['agent', 'tool', 'note'];

/** root: the canvas element; nodes: its node data; geometry: the server's sizes (the node width). */
export function createMinimapDrawing(root, nodes, geometry) {
    let map = null, paths = null, frame = null, pending = 0;

    // The minimap is one of the root's few children; it is rendered once and kept (hidden while the design is empty).
    function element() {
        if (map && map.isConnected) return map;
        map = [...root.children].find(child => child.classList.contains('diagram-minimap')) || null;
        if (!map) return null;
        paths = new Map(KINDS.map(kind => {
            const path = document.createElementNS(SVG, 'path');
            path.setAttribute('class', `minimap-node ${kind}`);
            map.appendChild(path);
            return [kind, path];
        }));
        frame = document.createElementNS(SVG, 'rect');
        frame.setAttribute('class', 'minimap-view');
        map.appendChild(frame);
        return map;
    }

    function draw() {
        pending = 0;
        if (!element()) return;
        const width = geometry.nodeWidth, parts = new Map(KINDS.map(kind => [kind, []]));
        let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, count = 0;
        for (const node of nodes.all()) {
            const x = Math.round(node.x), y = Math.round(node.y), h = Math.round(node.h);
            (parts.get(node.kind) || parts.get('note')).push(`M${x} ${y}h${width}v${h}h${-width}z`);
            minX = Math.min(minX, x); minY = Math.min(minY, y);
            maxX = Math.max(maxX, x + width); maxY = Math.max(maxY, y + h);
            count++;
        }

        for (const [kind, list] of parts) paths.get(kind).setAttribute('d', list.join(''));
        if (count > 0) map.setAttribute('viewBox', `${minX - PAD} ${minY - PAD} ${maxX - minX + 2 * PAD} ${maxY - minY + 2 * PAD}`);
        map.dataset.nodes = count;
    }

    return {
        /** The node rows changed: redraws on the next frame (several changes in one frame draw once). */
        nodesChanged() { if (!pending) pending = requestAnimationFrame(draw); },
        /** The rectangle of the visible area, in canvas units; null when the canvas has no minimap. */
        frame: () => (element() ? frame : null),
        dispose() { cancelAnimationFrame(pending); },
    };
}
