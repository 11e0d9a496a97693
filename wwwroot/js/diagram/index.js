// The browser half of the diagram editor. Gestures run here, with pointer capture, as small behaviours; the
// server hears once per finished gesture (commit move, connect, add, select), never per pointer move.
import { createCanvas } from './canvas.js';
import { nodeDrag } from './node-drag.js';
import { linkDraw } from './link-draw.js';
import { linkSelect } from './link-select.js';
import { marquee } from './marquee.js';
import { pan } from './pan.js';
import { minimap } from './minimap.js';
import { wheelZoom } from './wheel-zoom.js';
import { keyboard } from './keyboard.js';
import { nodeFocus } from './node-focus.js';
import { paletteDrop } from './palette-drop.js';
import { viewReport } from './view-report.js';

export { linkPath } from './geometry.js';

/**
 * Opens a canvas in one call from the server: attaches it, gives it the geometry of every node (options.nodes, rows as
 * setNodes takes them) and shows its view (openView). Returns the handle for later calls and the visible area. One
 * round trip where three calls would wait for one each while the design opens.
 */
export function open(root, dotnet, options) {
    const handle = attach(root, dotnet, options);
    handle.setNodes(options.nodes, []);
    const view = handle.openView(options.fitIfNew);
    return { handle: DotNet.createJSObjectReference(handle), view };
}

function attach(root, dotnet, options) {
    const readOnly = !!(options && options.readOnly);
    const canvas = createCanvas(root, dotnet, options && options.viewKey, options.geometry);
    // The first behaviour that claims a pointer-down owns the gesture until the pointer is released. A read-only
    // canvas (the playground's) pans, zooms and selects, and changes nothing.
    const behaviours = readOnly
        ? [minimap(canvas), nodeDrag(canvas, { readOnly }), linkSelect(canvas), pan(canvas)]
        : [minimap(canvas), linkDraw(canvas), nodeDrag(canvas), linkSelect(canvas), marquee(canvas), pan(canvas)];
    const onWheel = wheelZoom(canvas);
    const focus = nodeFocus(canvas, { readOnly });
    const onKeyDown = readOnly ? () => { } : keyboard(canvas, focus);
    const drop = paletteDrop(canvas);
    // Both canvases render what is in view, so the server hears where the view settles (after a pan, a zoom, a resize,
    // or the playground revealing the running agent, which the server draws wherever it is).
    const report = viewReport(canvas);
    canvas.viewChanged = report.changed;
    canvas.reportViewNow = report.now;
    let gesture = null;

    function onPointerDown(e) {
        if (e.button !== 0) return;
        focus.focusCanvas();
        for (const behaviour of behaviours) {
            gesture = behaviour.start(e);
            if (gesture) break;
        }

        if (gesture) {
            root.setPointerCapture(e.pointerId);
            e.preventDefault();
        }
    }

    const onPointerMove = (e) => gesture && gesture.move(e);
    function onPointerUp(e) {
        if (!gesture) return;
        const ending = gesture;
        gesture = null;
        if (root.hasPointerCapture(e.pointerId)) root.releasePointerCapture(e.pointerId);
        ending.end(e);
    }

    const listeners = [
        ['pointerdown', onPointerDown], ['pointermove', onPointerMove], ['pointerup', onPointerUp], ['pointercancel', onPointerUp],
        ['wheel', onWheel, { passive: false }], ['keydown', onKeyDown], ...(readOnly ? [] : [['dragover', drop.dragover], ['drop', drop.drop]]),
    ];
    for (const [type, listener, options] of listeners) root.addEventListener(type, listener, options);
    const restored = canvas.restoreView();
    if (!restored) canvas.applyView();

    return {
        /** The server's geometry of every node (NodeGeometryFeed): rows to add or update, ids to remove. */
        setNodes(upserts, removals) {
            canvas.nodes.apply(upserts, removals);
            canvas.minimap.nodesChanged();
        },
        /** Shows the remembered view, or fits the design when there is none; returns the visible area for the server to render. */
        openView(fitIfNew) {
            if (!restored && fitIfNew) canvas.fit();
            const area = canvas.visibleArea();
            report.known(area);
            return area;
        },
        fit: () => canvas.fit(),
        zoomBy(factor) {
            const r = canvas.rootRect();
            canvas.zoomAround(r.width / 2, r.height / 2, canvas.view.zoom * factor);
        },
        /** Brings a node into view if it is outside it (the running agent); never while the user drags or pans. */
        reveal: (id) => !gesture && canvas.reveal(id),
        focusNode: (id) => focus.focusNode(id),
        /** The centre of what the canvas shows, in canvas units: where palette clicks add nodes. */
        viewCentre() {
            const r = canvas.rootRect();
            const p = canvas.toCanvas(r.left + r.width / 2, r.top + r.height / 2);
            return [p.x, p.y];
        },
        centerOn(id) {
            const box = canvas.nodeBoxOf(id);
            if (box) canvas.centerOnPoint(box.x + canvas.geometry.nodeWidth / 2, box.y + box.h / 2);
        },
        dispose() {
            for (const [type, listener] of listeners) root.removeEventListener(type, listener);
            focus.dispose();
            report.dispose();
            canvas.dispose();
        },
    };
}
