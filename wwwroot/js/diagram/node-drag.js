// Dragging nodes: the browser moves them and their links; the server hears once, on release.
import { nodeBox } from './geometry.js';

export function nodeDrag(canvas, options) {
    const readOnly = !!(options && options.readOnly);
    return {
        start(e) {
            const node = e.target.closest('.diagram-node');
            if (!node || e.target.closest('input, textarea, button')) return null;
            // Dragging a selected node drags the whole selection with it.
            const els = node.classList.contains('selected') ? [...canvas.root.querySelectorAll('.diagram-node.selected')] : [node];
            const group = els.map(el => ({ el, origin: nodeBox(el) }));
            const start = canvas.toCanvas(e.clientX, e.clientY);
            let moved = false;
            return {
                move(e) {
                    const p = canvas.toCanvas(e.clientX, e.clientY);
                    const dx = p.x - start.x, dy = p.y - start.y;
                    if (readOnly || (!moved && Math.hypot(dx, dy) < 3)) return;
                    moved = true;
                    for (const { el, origin } of group) {
                        el.style.left = `${origin.x + dx}px`;
                        el.style.top = `${origin.y + dy}px`;
                        el.classList.add('dragging');
                        canvas.redrawLinks(el.dataset.id);
                    }
                },
                end() {
                    group.forEach(({ el }) => el.classList.remove('dragging'));
                    if (!moved) canvas.call('SelectElement', node.dataset.id, e.shiftKey || e.ctrlKey || e.metaKey);
                    else if (group.length === 1) canvas.call('CommitMove', node.dataset.id, parseFloat(node.style.left), parseFloat(node.style.top));
                    else canvas.call('CommitMoveMany', JSON.stringify(group.map(({ el }) => ({ id: el.dataset.id, x: parseFloat(el.style.left), y: parseFloat(el.style.top) }))));
                },
            };
        },
    };
}
