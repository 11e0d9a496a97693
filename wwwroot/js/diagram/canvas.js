// The shared state of one canvas: its view transform, coordinate conversion, and the server connection.
import { nodeBox } from './geometry.js';
import { createNodeData } from './node-data.js';
import { createScene } from './scene.js';
import { createRootBox } from './root-box.js';
import { levelOfDetail } from './level-of-detail.js';
import { linksMovingWith } from './moving-links.js';
import { createMinimapDrawing } from './minimap-drawing.js';

// The zoom range of the wheel and the zoom buttons. Fit may go further out: a design too big to read at 0.2 is
// still shown whole, and from there the wheel may zoom back out as far as fit went.
const MIN_ZOOM = 0.2, MAX_ZOOM = 2.5, FIT_MIN_ZOOM = 0.02, FIT_MAX_ZOOM = 1.5;
// Space fit keeps between the canvas's edges and the design it shows.
const VIEW_MARGIN = 40;

/** geometry: the server's CanvasGeometry (node width, port slots, grid spacing), the one source of those sizes. */
export function createCanvas(root, dotnet, viewKey, geometry) {
    const viewport = root.querySelector('.diagram-viewport');
    const view = { x: 0, y: 0, zoom: 1 };
    let saveTimer = 0, level = null;
    // Elements by id and the canvas's box, kept so that pointer moves neither search the page nor read its layout.
    const scene = createScene(root), rootBox = createRootBox(root), nodes = createNodeData();
    const minimap = createMinimapDrawing(root, nodes, geometry);
    const canvas = {
        root, viewport, dotnet, view, geometry, scene,
        /** The SVG that a drag draws its moving links on (moving-links.js); rendered empty by the server and kept. */
        dragLayer: root.querySelector('.diagram-drag-layer'),
        /** The least zoom the wheel and buttons reach: MIN_ZOOM, or less once fit has gone further out. */
        minZoom: MIN_ZOOM,
        /** Every node's geometry, drawn or not (node-data.js). */
        nodes,
        /** The minimap, drawn from the node data (minimap-drawing.js). */
        minimap,
        /** Called after every view change (view-report.js tells the server once it settles). */
        viewChanged: () => { },
        /** Tells the server the view at once, not once it settles (a key moved it to a node not drawn yet). */
        reportViewNow: () => { },
        nodeEl: (id) => scene.node(id),
        /**
         * A node's box in canvas units ({ x, y, h }): from the page while it is drawn (a drag moves it there first),
         * else from the node data (the canvas draws only what is in view); null for an unknown id.
         */
        nodeBoxOf(id) {
            const el = scene.node(id);
            return el ? nodeBox(el) : canvas.nodes.get(id) || null;
        },
        /** The canvas's client rectangle, kept between resizes, scrolls and gestures (no layout read per event). */
        rootRect: () => rootBox.get(),
        /** The visible area in canvas units and the zoom: [x, y, width, height, zoom]. */
        visibleArea() {
            const r = rootBox.get();
            return [-view.x / view.zoom, -view.y / view.zoom, r.width / view.zoom, r.height / view.zoom, view.zoom];
        },
        toCanvas(clientX, clientY) {
            const r = rootBox.get();
            return { x: (clientX - r.left - view.x) / view.zoom, y: (clientY - r.top - view.y) / view.zoom };
        },
        applyView() {
            viewport.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`;
            root.dataset.zoom = view.zoom.toFixed(2);
            if (levelOfDetail(geometry, view.zoom) !== level) root.dataset.lod = level = levelOfDetail(geometry, view.zoom);
            // The dotted grid moves and scales with the canvas.
            root.style.backgroundPosition = `${view.x}px ${view.y}px`;
            root.style.backgroundSize = `${geometry.gridSpacing * view.zoom}px ${geometry.gridSpacing * view.zoom}px`;
            // The view of each design is remembered in this browser, so coming back shows it as it was left.
            if (viewKey) {
                clearTimeout(saveTimer);
                saveTimer = setTimeout(() => localStorage.setItem(viewKey, JSON.stringify(view)), 300);
            }
            // The minimap's frame of the visible area moves here, locally: no server round trip per pan or zoom.
            const frame = minimap.frame();
            if (frame) {
                const r = rootBox.get();
                frame.setAttribute('x', -view.x / view.zoom);
                frame.setAttribute('y', -view.y / view.zoom);
                frame.setAttribute('width', r.width / view.zoom);
                frame.setAttribute('height', r.height / view.zoom);
            }
            canvas.viewChanged();
        },
        /** Recomputes the paths of the links attached to a node that moved in the browser. */
        redrawLinks(id) {
            const box = canvas.nodeBoxOf(id);
            if (box) linksMovingWith(canvas, new Map([[id, box]])).redraw();
        },
        /** Calls the server; a lost circuit is shown by the page's reconnect UI, so failures are not errors here. */
        call: (method, ...args) => dotnet.invokeMethodAsync(method, ...args).catch(() => { }),
        zoomAround(px, py, zoom) {
            zoom = Math.min(MAX_ZOOM, Math.max(canvas.minZoom, zoom));
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
                canvas.minZoom = Math.min(MIN_ZOOM, v.zoom);
                canvas.applyView();
                return true;
            } catch {
                return false;
            }
        },
        centerOnPoint(x, y) {
            const r = rootBox.get();
            view.x = r.width / 2 - x * view.zoom;
            view.y = r.height / 2 - y * view.zoom;
            canvas.applyView();
        },
        /**
         * Shows every node, as large as fits (zooming out as far as FIT_MIN_ZOOM), centred. When the minimap would
         * cover part of the design, the design goes above it or left of it instead, whichever shows it larger.
         */
        fit() {
            const nodes = [...canvas.nodes.all()];
            if (nodes.length === 0) { view.x = 0; view.y = 0; view.zoom = 1; canvas.applyView(); return; }
            const minX = Math.min(...nodes.map(n => n.x)), minY = Math.min(...nodes.map(n => n.y));
            const width = Math.max(...nodes.map(n => n.x + geometry.nodeWidth)) - minX, height = Math.max(...nodes.map(n => n.y + n.h)) - minY;
            const r = root.getBoundingClientRect();
            const fitInto = (areaWidth, areaHeight) => {
                const zoom = Math.min(FIT_MAX_ZOOM, Math.max(FIT_MIN_ZOOM, Math.min((areaWidth - 2 * VIEW_MARGIN) / width, (areaHeight - 2 * VIEW_MARGIN) / height)));
                const x = (areaWidth - width * zoom) / 2, y = (areaHeight - height * zoom) / 2;
                return { zoom, x, y, right: x + width * zoom, bottom: y + height * zoom };
            };
            let best = fitInto(r.width, r.height);
            const map = root.querySelector('.diagram-minimap');
            if (map) {
                const m = map.getBoundingClientRect();
                const mapLeft = m.left - r.left, mapTop = m.top - r.top;
                const covered = (f) => f.right > mapLeft && f.bottom > mapTop;
                if (covered(best)) {
                    const clear = [fitInto(r.width, mapTop), fitInto(mapLeft, r.height)].filter(f => !covered(f));
                    if (clear.length > 0) best = clear.reduce((a, b) => (b.zoom > a.zoom ? b : a));
                }
            }

            view.zoom = best.zoom;
            canvas.minZoom = Math.min(MIN_ZOOM, view.zoom);
            view.x = best.x - minX * view.zoom;
            view.y = best.y - minY * view.zoom;
            canvas.applyView();
        },
        /** Pans, at the same zoom, so that a node outside the visible area is centred; true when the view moved. */
        reveal(id) {
            const box = canvas.nodeBoxOf(id);
            if (!box) return false;
            const r = rootBox.get();
            const left = view.x + box.x * view.zoom, top = view.y + box.y * view.zoom;
            const right = left + geometry.nodeWidth * view.zoom, bottom = top + box.h * view.zoom;
            if (left >= 0 && top >= 0 && right <= r.width && bottom <= r.height) return false;
            canvas.centerOnPoint(box.x + geometry.nodeWidth / 2, box.y + box.h / 2);
            return true;
        },
        dispose() {
            minimap.dispose();
            scene.dispose();
            rootBox.dispose();
            clearTimeout(saveTimer);
        },
    };
    return canvas;
}
