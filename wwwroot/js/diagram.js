// The browser half of the diagram editor. Gestures run here, with pointer capture: dragging nodes (their links
// follow locally), panning, wheel zoom, drawing a link from a port, dropping palette items. The server hears
// once per finished gesture (commit move, connect, add, select), never per pointer move.

const NODE_WIDTH = 220;
const CLIPBOARD_KEY = 'agentstudio-clipboard';

/** The anchor points of a link, the same formula as the server's LinkGeometry. */
export function linkPath(source, target, handoff) {
    const sx = source.x + NODE_WIDTH;
    const sy = source.y + (handoff ? 26 : source.h - 22);
    const tx = target.x;
    const ty = target.y + target.h / 2;
    const bend = Math.max(40, Math.abs(tx - sx) / 2);
    return `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
}

export function attach(root, dotnet) {
    const viewport = root.querySelector('.diagram-viewport');
    const view = { x: 0, y: 0, zoom: 1 };
    let gesture = null;

    const nodeBox = (el) => ({ x: parseFloat(el.style.left), y: parseFloat(el.style.top), h: parseFloat(el.dataset.h) });
    const nodeEl = (id) => root.querySelector(`.diagram-node[data-id="${CSS.escape(id)}"]`);
    const applyView = () => {
        viewport.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`;
        root.dataset.zoom = view.zoom.toFixed(2);
        // The minimap's frame of the visible area moves here, locally: no server round trip per pan or zoom.
        const frame = root.querySelector('.minimap-view');
        if (frame) {
            const r = root.getBoundingClientRect();
            frame.setAttribute('x', -view.x / view.zoom);
            frame.setAttribute('y', -view.y / view.zoom);
            frame.setAttribute('width', r.width / view.zoom);
            frame.setAttribute('height', r.height / view.zoom);
        }
    };
    const toCanvas = (clientX, clientY) => {
        const r = root.getBoundingClientRect();
        return { x: (clientX - r.left - view.x) / view.zoom, y: (clientY - r.top - view.y) / view.zoom };
    };
    const redrawLinks = (id) => {
        for (const path of root.querySelectorAll(`path.diagram-link[data-source="${CSS.escape(id)}"], path.diagram-link[data-target="${CSS.escape(id)}"]`)) {
            const s = nodeEl(path.dataset.source), t = nodeEl(path.dataset.target);
            if (s && t) {
                const d = linkPath(nodeBox(s), nodeBox(t), path.dataset.kind === 'handoff');
                path.setAttribute('d', d);
                const hit = root.querySelector(`path.diagram-link-hit[data-edge="${CSS.escape(path.dataset.edge)}"]`);
                if (hit) hit.setAttribute('d', d);
            }
        }
    };
    const call = (method, ...args) => dotnet.invokeMethodAsync(method, ...args).catch(() => { /* circuit gone: the page shows the reconnect UI */ });

    function onPointerDown(e) {
        if (e.button !== 0) return;
        const port = e.target.closest('.diagram-port');
        const node = e.target.closest('.diagram-node');
        const link = e.target.closest('.diagram-link-hit');
        const minimap = e.target.closest('.diagram-minimap');
        root.focus({ preventScroll: true });
        if (minimap) {
            // Clicking the minimap centres the view on that point of the canvas.
            const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(minimap.getScreenCTM().inverse());
            const r = root.getBoundingClientRect();
            view.x = r.width / 2 - p.x * view.zoom;
            view.y = r.height / 2 - p.y * view.zoom;
            applyView();
            e.preventDefault();
            return;
        }
        if (port && node) {
            const temp = document.createElementNS('http://www.w3.org/2000/svg', 'path');
            temp.setAttribute('class', `diagram-link diagram-link-pending ${port.dataset.port}`);
            root.querySelector('svg.diagram-links').appendChild(temp);
            gesture = { kind: 'link', from: node.dataset.id, handoff: port.dataset.port === 'handoff', temp };
        } else if (node) {
            if (e.target.closest('input, textarea, button')) return;
            // Dragging a selected node drags the whole selection with it.
            const group = node.classList.contains('selected') ? [...root.querySelectorAll('.diagram-node.selected')] : [node];
            gesture = { kind: 'move', id: node.dataset.id, group: group.map(el => ({ el, origin: nodeBox(el) })), start: toCanvas(e.clientX, e.clientY), moved: false, additive: e.shiftKey || e.ctrlKey || e.metaKey };
        } else if (link) {
            call('SelectElement', link.dataset.edge, e.shiftKey);
            return;
        } else if (e.shiftKey) {
            const box = document.createElement('div');
            box.className = 'diagram-marquee';
            root.appendChild(box);
            gesture = { kind: 'marquee', start: toCanvas(e.clientX, e.clientY), startClient: { x: e.clientX, y: e.clientY }, box };
        } else {
            gesture = { kind: 'pan', startX: e.clientX, startY: e.clientY, origin: { x: view.x, y: view.y }, moved: false };
        }
        root.setPointerCapture(e.pointerId);
        e.preventDefault();
    }

    function onPointerMove(e) {
        if (!gesture) return;
        if (gesture.kind === 'move') {
            const p = toCanvas(e.clientX, e.clientY);
            const dx = p.x - gesture.start.x, dy = p.y - gesture.start.y;
            if (!gesture.moved && Math.hypot(dx, dy) < 3) return;
            gesture.moved = true;
            for (const { el, origin } of gesture.group) {
                el.style.left = `${origin.x + dx}px`;
                el.style.top = `${origin.y + dy}px`;
                el.classList.add('dragging');
                redrawLinks(el.dataset.id);
            }
        } else if (gesture.kind === 'pan') {
            const dx = e.clientX - gesture.startX, dy = e.clientY - gesture.startY;
            if (!gesture.moved && Math.hypot(dx, dy) < 3) return;
            gesture.moved = true;
            view.x = gesture.origin.x + dx;
            view.y = gesture.origin.y + dy;
            applyView();
        } else if (gesture.kind === 'marquee') {
            const r = root.getBoundingClientRect();
            const left = Math.min(e.clientX, gesture.startClient.x) - r.left, top = Math.min(e.clientY, gesture.startClient.y) - r.top;
            Object.assign(gesture.box.style, { left: `${left}px`, top: `${top}px`, width: `${Math.abs(e.clientX - gesture.startClient.x)}px`, height: `${Math.abs(e.clientY - gesture.startClient.y)}px` });
            gesture.end = toCanvas(e.clientX, e.clientY);
        } else if (gesture.kind === 'link') {
            const s = nodeBox(nodeEl(gesture.from));
            const p = toCanvas(e.clientX, e.clientY);
            gesture.temp.setAttribute('d', linkPath(s, { x: p.x, y: p.y, h: 0 }, gesture.handoff));
        }
    }

    function onPointerUp(e) {
        if (!gesture) return;
        const g = gesture;
        gesture = null;
        if (root.hasPointerCapture(e.pointerId)) root.releasePointerCapture(e.pointerId);
        if (g.kind === 'move') {
            g.group.forEach(({ el }) => el.classList.remove('dragging'));
            if (!g.moved) call('SelectElement', g.id, g.additive);
            else if (g.group.length === 1) call('CommitMove', g.id, parseFloat(g.group[0].el.style.left), parseFloat(g.group[0].el.style.top));
            else call('CommitMoveMany', JSON.stringify(g.group.map(({ el }) => ({ id: el.dataset.id, x: parseFloat(el.style.left), y: parseFloat(el.style.top) }))));
        } else if (g.kind === 'marquee') {
            g.box.remove();
            const end = g.end || g.start;
            const x1 = Math.min(g.start.x, end.x), x2 = Math.max(g.start.x, end.x), y1 = Math.min(g.start.y, end.y), y2 = Math.max(g.start.y, end.y);
            const ids = [...root.querySelectorAll('.diagram-node')].filter(el => {
                const b = nodeBox(el);
                return b.x < x2 && b.x + NODE_WIDTH > x1 && b.y < y2 && b.y + b.h > y1;
            }).map(el => el.dataset.id);
            call('SelectMany', ids);
        } else if (g.kind === 'pan') {
            if (!g.moved) call('ClearSelection');
        } else if (g.kind === 'link') {
            g.temp.remove();
            const under = document.elementFromPoint(e.clientX, e.clientY);
            const target = under && under.closest('.diagram-node');
            if (target) call('CommitConnect', g.handoff, g.from, target.dataset.id);
        }
    }

    function onWheel(e) {
        e.preventDefault();
        const r = root.getBoundingClientRect();
        const px = e.clientX - r.left, py = e.clientY - r.top;
        const zoom = Math.min(2.5, Math.max(0.2, view.zoom * Math.exp(-e.deltaY * 0.0015)));
        view.x = px - (px - view.x) * (zoom / view.zoom);
        view.y = py - (py - view.y) * (zoom / view.zoom);
        view.zoom = zoom;
        applyView();
    }

    function onKeyDown(e) {
        if (e.target.closest('input, textarea, [contenteditable]')) return;
        const ctrl = e.ctrlKey || e.metaKey;
        const key = e.key.toLowerCase();
        let handled = true;
        if (e.key === 'Delete' || e.key === 'Backspace') call('DeleteSelection');
        else if (ctrl && key === 'z' && !e.shiftKey) call('Undo');
        else if (ctrl && (key === 'y' || (key === 'z' && e.shiftKey))) call('Redo');
        else if (ctrl && key === 'a') call('SelectAll');
        else if (ctrl && key === 'c') dotnet.invokeMethodAsync('CopySelection').then(json => { if (json) localStorage.setItem(CLIPBOARD_KEY, json); }).catch(() => { });
        else if (ctrl && key === 'v') { const json = localStorage.getItem(CLIPBOARD_KEY); if (json) call('Paste', json); }
        else if (ctrl && key === 'd') call('DuplicateSelection');
        else handled = false;
        if (handled) e.preventDefault();
    }

    function onDragOver(e) {
        if (e.dataTransfer && [...e.dataTransfer.types].includes('application/x-agentstudio-palette')) e.preventDefault();
    }

    function onDrop(e) {
        const kind = e.dataTransfer && e.dataTransfer.getData('application/x-agentstudio-palette');
        if (!kind) return;
        e.preventDefault();
        const p = toCanvas(e.clientX, e.clientY);
        call('CommitAdd', kind, p.x - NODE_WIDTH / 2, p.y - 30);
    }

    root.addEventListener('pointerdown', onPointerDown);
    root.addEventListener('pointermove', onPointerMove);
    root.addEventListener('pointerup', onPointerUp);
    root.addEventListener('pointercancel', onPointerUp);
    root.addEventListener('wheel', onWheel, { passive: false });
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('dragover', onDragOver);
    root.addEventListener('drop', onDrop);
    applyView();

    return {
        /** Fits every node into the visible area. */
        fit() {
            const nodes = [...root.querySelectorAll('.diagram-node')].map(nodeBox);
            if (nodes.length === 0) { view.x = 0; view.y = 0; view.zoom = 1; applyView(); return; }
            const minX = Math.min(...nodes.map(n => n.x)), minY = Math.min(...nodes.map(n => n.y));
            const maxX = Math.max(...nodes.map(n => n.x + NODE_WIDTH)), maxY = Math.max(...nodes.map(n => n.y + n.h));
            const r = root.getBoundingClientRect();
            view.zoom = Math.min(1.5, Math.max(0.2, Math.min((r.width - 80) / (maxX - minX), (r.height - 80) / (maxY - minY))));
            view.x = (r.width - (maxX - minX) * view.zoom) / 2 - minX * view.zoom;
            view.y = (r.height - (maxY - minY) * view.zoom) / 2 - minY * view.zoom;
            applyView();
        },
        zoomBy(factor) {
            const r = root.getBoundingClientRect();
            const zoom = Math.min(2.5, Math.max(0.2, view.zoom * factor));
            view.x = r.width / 2 - (r.width / 2 - view.x) * (zoom / view.zoom);
            view.y = r.height / 2 - (r.height / 2 - view.y) * (zoom / view.zoom);
            view.zoom = zoom;
            applyView();
        },
        centerOn(id) {
            const el = nodeEl(id);
            if (!el) return;
            const b = nodeBox(el), r = root.getBoundingClientRect();
            view.x = r.width / 2 - (b.x + NODE_WIDTH / 2) * view.zoom;
            view.y = r.height / 2 - (b.y + b.h / 2) * view.zoom;
            applyView();
        },
        dispose() {
            root.removeEventListener('pointerdown', onPointerDown);
            root.removeEventListener('pointermove', onPointerMove);
            root.removeEventListener('pointerup', onPointerUp);
            root.removeEventListener('pointercancel', onPointerUp);
            root.removeEventListener('wheel', onWheel);
            root.removeEventListener('keydown', onKeyDown);
            root.removeEventListener('dragover', onDragOver);
            root.removeEventListener('drop', onDrop);
        },
    };
}

/** Palette items put their kind on the drag, for the canvas's drop handler. */
export function startPaletteDrag(event, kind) {
    event.dataTransfer.setData('application/x-agentstudio-palette', kind);
    event.dataTransfer.effectAllowed = 'copy';
}
