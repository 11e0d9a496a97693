// The shared state of one canvas: its view transform, coordinate conversion, and the server connection.
import { linkPath, nodeBox } from './geometry.js';

/** geometry: the server's CanvasGeometry (node width, port slots, grid spacing), the one source of those sizes. */
export function createCanvas(root, dotnet, viewKey, geometry) {
    const viewport = root.querySelector('.diagram-viewport');
    const view = { x: 0, y: 0, zoom: 1 };
    let saveTimer = 0;
    const canvas = {
        root, dotnet, view, geometry,
        nodeEl: (id) => root.querySelector(`.diagram-node[data-id="${CSS.escape(id)}"]`),
        toCanvas(clientX, clientY) {
            const r = root.getBoundingClientRect();
            return { x: (clientX - r.left - view.x) / view.zoom, y: (clientY - r.top - view.y) / view.zoom };
        },
        applyView() {
            viewport.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`;
            root.dataset.zoom = view.zoom.toFixed(2);
            // The dotted grid moves and scales with the canvas.
            root.style.backgroundPosition = `${view.x}px ${view.y}px`;
            root.style.backgroundSize = `${geometry.gridSpacing * view.zoom}px ${geometry.gridSpacing * view.zoom}px`;
            // The view of each design is remembered in this browser, so coming back shows it as it was left.
            if (viewKey) {
                clearTimeout(saveTimer);
                saveTimer = setTimeout(() => localStorage.setItem(viewKey, JSON.stringify(view)), 300);
            }
            // The minimap's frame of the visible area moves here, locally: no server round trip per pan or zoom.
            const frame = root.querySelector('.minimap-view');
            if (frame) {
                const r = root.getBoundingClientRect();
                frame.setAttribute('x', -view.x / view.zoom);
                frame.setAttribute('y', -view.y / view.zoom);
                frame.setAttribute('width', r.width / view.zoom);
                frame.setAttribute('height', r.height / view.zoom);
            }
        },
        /** Recomputes the paths of the links attached to a node that moved in the browser. */
        redrawLinks(id) {
            for (const path of root.querySelectorAll(`path.diagram-link[data-source="${CSS.escape(id)}"], path.diagram-link[data-target="${CSS.escape(id)}"]`)) {
                const s = canvas.nodeEl(path.dataset.source), t = canvas.nodeEl(path.dataset.target);
                if (!s || !t) continue;
                const d = linkPath(geometry, nodeBox(s), nodeBox(t), path.dataset.kind === 'handoff');
                path.setAttribute('d', d);
                const hit = root.querySelector(`path.diagram-link-hit[data-edge="${CSS.escape(path.dataset.edge)}"]`);
                if (hit) hit.setAttribute('d', d);
            }
        },
        /** Calls the server; a lost circuit is shown by the page's reconnect UI, so failures are not errors here. */
        call: (method, ...args) => dotnet.invokeMethodAsync(method, ...args).catch(() => { }),
        zoomAround(px, py, zoom) {
            zoom = Math.min(2.5, Math.max(0.2, zoom));
            view.x = px - (px - view.x) * (zoom / view.zoom);
            view.y = py - (py - view.y) * (zoom / view.zoom);
            view.zoom = zoom;
            canvas.applyView();
        },
        /** Restores the remembered view; false when there is none. */
        restoreView() {
            const saved = viewKey && localStorage.getItem(viewKey);
            if (!saved) return false;
            try {
                const v = JSON.parse(saved);
                if (![v.x, v.y, v.zoom].every(Number.isFinite)) return false;
                Object.assign(view, { x: v.x, y: v.y, zoom: v.zoom });
                canvas.applyView();
                return true;
            } catch {
                return false;
            }
        },
        centerOnPoint(x, y) {
            const r = root.getBoundingClientRect();
            view.x = r.width / 2 - x * view.zoom;
            view.y = r.height / 2 - y * view.zoom;
            canvas.applyView();
        },
        fit() {
            const nodes = [...root.querySelectorAll('.diagram-node')].map(nodeBox);
            if (nodes.length === 0) { view.x = 0; view.y = 0; view.zoom = 1; canvas.applyView(); return; }
            const minX = Math.min(...nodes.map(n => n.x)), minY = Math.min(...nodes.map(n => n.y));
            const maxX = Math.max(...nodes.map(n => n.x + geometry.nodeWidth)), maxY = Math.max(...nodes.map(n => n.y + n.h));
            const r = root.getBoundingClientRect();
            view.zoom = Math.min(1.5, Math.max(0.2, Math.min((r.width - 80) / (maxX - minX), (r.height - 80) / (maxY - minY))));
            view.x = (r.width - (maxX - minX) * view.zoom) / 2 - minX * view.zoom;
            view.y = (r.height - (maxY - minY) * view.zoom) / 2 - minY * view.zoom;
            canvas.applyView();
        },
    };
    return canvas;
}
