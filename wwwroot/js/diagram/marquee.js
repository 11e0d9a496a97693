// Shift+drag on the empty canvas draws a rectangle; the nodes it touches become the selection.
import { nodeBox } from './geometry.js';

export function marquee(canvas) {
    return {
        start(e) {
            if (!e.shiftKey || e.target.closest('.diagram-node, .diagram-minimap')) return null;
            const box = document.createElement('div');
            box.className = 'diagram-marquee';
            canvas.root.appendChild(box);
            const start = canvas.toCanvas(e.clientX, e.clientY);
            const startClient = { x: e.clientX, y: e.clientY };
            let end = start;
            return {
                move(e) {
                    const r = canvas.rootRect();
                    Object.assign(box.style, {
                        left: `${Math.min(e.clientX, startClient.x) - r.left}px`, top: `${Math.min(e.clientY, startClient.y) - r.top}px`,
                        width: `${Math.abs(e.clientX - startClient.x)}px`, height: `${Math.abs(e.clientY - startClient.y)}px`,
                    });
                    end = canvas.toCanvas(e.clientX, e.clientY);
                },
                end() {
                    box.remove();
                    const x1 = Math.min(start.x, end.x), x2 = Math.max(start.x, end.x), y1 = Math.min(start.y, end.y), y2 = Math.max(start.y, end.y);
                    const ids = [...canvas.root.querySelectorAll('.diagram-node')].filter(el => {
                        const b = nodeBox(el);
                        return b.x < x2 && b.x + canvas.geometry.nodeWidth > x1 && b.y < y2 && b.y + b.h > y1;
                    }).map(el => el.dataset.id);
                    canvas.call('SelectMany', ids);
                },
            };
        },
    };
}
