// The links that follow nodes moved in the browser (a drag, a Shift+arrow nudge). They are found once, when the move
// starts, with the boxes of their ends that stay put; each redraw then writes only their own paths and labels, with
// no search of the page and no layout read.
import { labelPoint, linkPath } from './geometry.js';

// Label coordinates as the server writes them ("0.#"), so a render after the commit finds them unchanged.
const tenth = (v) => String(Math.round(v * 10) / 10);

/**
 * moving: a Map from the id of each moving node to its box ({ x, y, h } in canvas units), which the caller updates in
 * place as the nodes move. Links with an end not on the canvas are left as they are.
 */
export function linksMovingWith(canvas, moving) {
    const links = new Map();
    for (const id of moving.keys()) for (const link of canvas.scene.linksOf(id)) links.set(link.edge, link);
    const still = new Map();
    for (const link of links.values()) {
        for (const id of [link.source, link.target]) {
            if (!moving.has(id) && !still.has(id)) still.set(id, canvas.nodeBoxOf(id));
        }
    }

    const boxOf = (id) => moving.get(id) || still.get(id);
    const drawn = [...links.values()].filter(link => boxOf(link.source) && boxOf(link.target));
    return {
        redraw() {
            for (const link of drawn) {
                const source = boxOf(link.source), target = boxOf(link.target);
                const d = linkPath(canvas.geometry, source, target, link.handoff);
                link.path.setAttribute('d', d);
                if (link.hit) link.hit.setAttribute('d', d);
                if (link.label) {
                    const p = labelPoint(canvas.geometry, source, target, link.handoff);
                    link.label.setAttribute('x', tenth(p.x));
                    link.label.setAttribute('y', tenth(p.y));
                }
            }
        },
    };
}
