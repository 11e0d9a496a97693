// The links that follow nodes moved in the browser (a drag, a Shift+arrow nudge). They are found once, when the move
// starts, with the boxes of their ends that stay put; each redraw then writes only their own paths and labels, with
// no search of the page and no layout read.
//
// A drag lifts them first: copies of the moving links are drawn on the canvas's drag layer (an SVG of its own,
// composited apart from the rest), and the originals are hidden until the drop. Without that, every frame of a drag
// repaints the part of the big links layer the links cross, and in a zoomed-out view of a big design that part holds
// most of the design: in Chromium's software raster that cost a tenth of a second per frame at 500 nodes.
import { labelPoint, linkPath } from './geometry.js';

// Label coordinates as the server writes them ("0.#"), so a render after the commit finds them unchanged.
const tenth = (v) => String(Math.round(v * 10) / 10);
// What the originals carry while their copies move: hidden, though still laid out where they were.
const HIDDEN = 'drag-hidden';

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
    // While lifted: for each drawn link, the copies that move in its place ({ path, label }), and the group on the
    // drag layer that holds them all (added and removed as one, one change for the page's observers).
    let copies = null, group = null;

    function draw(link, path, hit, label) {
        const source = boxOf(link.source), target = boxOf(link.target);
        const d = linkPath(canvas.geometry, source, target, link.handoff);
        path.setAttribute('d', d);
        if (hit) hit.setAttribute('d', d);
        if (label) {
            const p = labelPoint(canvas.geometry, source, target, link.handoff);
            label.setAttribute('x', tenth(p.x));
            label.setAttribute('y', tenth(p.y));
        }
    }

    return {
        /** Writes the links where their ends are now: the copies while lifted, else the links themselves. */
        redraw() {
            drawn.forEach((link, i) => {
                if (copies) draw(link, copies[i].path, null, copies[i].label);
                else draw(link, link.path, link.hit, link.label);
            });
        },
        /** Moves the links to the drag layer: copies drawn there from now on, the originals hidden. */
        lift() {
            const layer = canvas.dragLayer;
            if (copies || !layer || drawn.length === 0) return;
            copies = drawn.map(link => ({ path: copyOf(link.path, link.edge, false), label: link.label && copyOf(link.label, link.edge, true) }));
            group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
            for (const { path, label } of copies) {
                group.appendChild(path);
                if (label) group.appendChild(label);
            }
            layer.appendChild(group);
            layer.classList.add('lifted');
            for (const link of drawn) for (const el of [link.path, link.hit, link.label]) if (el) el.classList.add(HIDDEN);
        },
        /** Puts the links back: the originals drawn where their ends are now and shown, the copies removed. */
        drop() {
            if (!copies) return;
            group.remove();
            copies = group = null;
            canvas.dragLayer.classList.remove('lifted');
            for (const link of drawn) {
                draw(link, link.path, link.hit, link.label);
                for (const el of [link.path, link.hit, link.label]) if (el) el.classList.remove(HIDDEN);
            }
        },
    };
}

// A copy that looks the same (classes, marker, label text) but is no link of the design: no id, no test id, no
// tooltip, so that the scene, the tests and assistive technology see the original alone. data-copy-of names the
// link it stands in for.
function copyOf(el, edge, withText) {
    const copy = el.cloneNode(withText);
    for (const name of ['data-edge', 'data-testid', 'data-source', 'data-target', 'data-kind']) copy.removeAttribute(name);
    copy.dataset.copyOf = edge;
    copy.classList.remove(HIDDEN);
    copy.setAttribute('aria-hidden', 'true');
    return copy;
}
