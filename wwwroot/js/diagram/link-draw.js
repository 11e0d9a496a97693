// Drawing a link from an agent's port: a rubber band follows the pointer; a drop on a node asks the server,
// which checks the connection rules and explains a refusal.
import { linkPath, nodeBox } from './geometry.js';

export function linkDraw(canvas) {
    return {
        start(e) {
            const port = e.target.closest('.diagram-port');
            const node = port && e.target.closest('.diagram-node');
            if (!node) return null;
            const handoff = port.dataset.port === 'handoff';
            const band = document.createElementNS('http://www.w3.org/2000/svg', 'path');
            band.setAttribute('class', `diagram-link diagram-link-pending ${port.dataset.port}`);
            canvas.root.querySelector('svg.diagram-links').appendChild(band);
            return {
                move(e) {
                    const p = canvas.toCanvas(e.clientX, e.clientY);
                    band.setAttribute('d', linkPath(canvas.geometry, nodeBox(node), { x: p.x, y: p.y, h: 0 }, handoff));
                },
                end(e) {
                    band.remove();
                    const under = document.elementFromPoint(e.clientX, e.clientY);
                    const target = under && under.closest('.diagram-node');
                    if (target) canvas.call('CommitConnect', handoff, node.dataset.id, target.dataset.id);
                },
            };
        },
    };
}
