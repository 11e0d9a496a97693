// Keyboard focus over the nodes, as in a composite widget: the canvas is one tab stop. Tabbing in focuses the
// selected node (else the entry agent, else the first node); arrow keys move the focus to the nearest node in that
// direction and select it; Shift+arrows move the focused node by one grid step. While a node has the focus the
// canvas itself leaves the tab order, so Shift+Tab leaves the canvas instead of landing on it.
// The canvas draws only the nodes in view: the nearest node is found in the node data (canvas.nodes), and a node that
// is not drawn is panned to, selected (the server draws it) and focused once it is in the page.
import { nodeBox } from './geometry.js';

const DIRECTIONS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** options.readOnly: the playground's canvas, where Tab must not select a node (selection is the editor's). */
export function nodeFocus(canvas, options) {
    const root = canvas.root;
    const readOnly = !!(options && options.readOnly);
    // Set while the canvas takes the focus for a click or a deletion: only Tab should move it onto a node.
    let quiet = false;
    // The last Shift+arrow move sent to the server: { id, x, y, time }.
    let lastNudge = null;

    const focusedNode = () => { const el = document.activeElement; return el && root.contains(el) && el.classList.contains('diagram-node') ? el : null; };
    // The id of the node Tab starts from: the selected one, else the entry agent (drawn or not), else the first drawn.
    function startId() {
        const el = root.querySelector('.diagram-node.selected') || root.querySelector('.diagram-node[data-entry="true"]');
        if (el) return el.dataset.id;
        const entry = canvas.nodes.entry();
        if (entry) return entry.id;
        const first = root.querySelector('.diagram-node');
        return first && first.dataset.id;
    }
    const centreOfBox = (b) => ({ x: b.x + canvas.geometry.nodeWidth / 2, y: b.y + b.h / 2 });
    const centre = (el) => centreOfBox(nodeBox(el));

    // Computed from the node's box and the view, not measured: a held arrow key lays nothing out.
    const scrollIntoView = (el) => canvas.reveal(el.dataset.id);

    function focus(el, select) {
        el.focus({ preventScroll: true });
        scrollIntoView(el);
        // One server call, and only when the selection is not already this node alone.
        const alone = el.classList.contains('selected') && root.querySelectorAll('.diagram-node.selected, path.diagram-link.selected').length === 1;
        if (select && !alone) canvas.call('SelectElement', el.dataset.id, false);
    }

    // Focuses the node with this id; one that is not drawn is panned to and selected first, and focused once drawn.
    function focusId(id, select) {
        const el = canvas.nodeEl(id);
        if (el) { focus(el, select); return; }
        const box = canvas.nodes.get(id);
        if (!box) return;
        const c = centreOfBox(box);
        canvas.centerOnPoint(c.x, c.y);
        if (select) canvas.call('SelectElement', id, false);
        canvas.reportViewNow();
        whenDrawn(id, (drawn) => drawn.focus({ preventScroll: true }));
    }

    // Calls back once the node is in the page (a server render away), or never if it does not come within a few seconds.
    function whenDrawn(id, callback) {
        const observer = new MutationObserver(() => {
            const el = canvas.nodeEl(id);
            if (!el) return;
            observer.disconnect();
            clearTimeout(giveUp);
            callback(el);
        });
        observer.observe(root, { childList: true, subtree: true });
        const giveUp = setTimeout(() => observer.disconnect(), 5000);
    }

    // The nearest node whose centre lies in the direction, with sideways distance counting double; from the node data,
    // so that nodes off screen (not drawn) count too. Returns its id.
    function nearest(from, [dx, dy]) {
        const a = centre(from), fromId = from.dataset.id;
        let best = null, bestScore = Infinity;
        for (const node of canvas.nodes.all()) {
            if (node.id === fromId) continue;
            const b = centreOfBox(node);
            const along = (b.x - a.x) * dx + (b.y - a.y) * dy;
            const across = Math.abs((b.x - a.x) * dy) + Math.abs((b.y - a.y) * dx);
            if (along <= 0 || across > along * 3) continue;
            const score = along + 2 * across;
            if (score < bestScore) { best = node.id; bestScore = score; }
        }
        return best;
    }

    function onFocusIn(e) {
        if (e.target === root && !quiet && !readOnly) {
            const target = startId();
            if (target) focusId(target, true);
        }
        if (e.target !== root) root.tabIndex = -1;
    }

    function onFocusOut(e) {
        if (!root.contains(e.relatedTarget)) root.tabIndex = 0;
    }

    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);

    return {
        /** Focuses the canvas itself without moving the focus onto a node (a click, a deleted node). */
        focusCanvas() {
            lastNudge = null;
            quiet = true;
            try { root.focus({ preventScroll: true }); } finally { quiet = false; }
        },
        /**
         * Focuses a node after a dialog opened from it closed. The dialog leaves the page a render later (later still
         * on a busy server) and drops the focus then, so the node takes it once no dialog is left.
         */
        focusNode(id) {
            // Frames to wait for the dialog to go, then frames to keep the focus from falling back to the page.
            let waiting = 600, keeping = 20;
            const settle = () => {
                const el = canvas.nodeEl(id);
                if (!el) return;
                const dialogOpen = !!document.querySelector('.mud-dialog-container, .mud-dialog');
                const lost = !document.activeElement || document.activeElement === document.body;
                if (!dialogOpen && (lost || root.contains(document.activeElement))) {
                    if (document.activeElement !== el) focus(el, false);
                    keeping--;
                }
                if ((dialogOpen ? --waiting : keeping) > 0) requestAnimationFrame(settle);
            };
            settle();
        },
        focusedNode,
        /** Handles a navigation key; true when it did something. */
        key(e) {
            const direction = DIRECTIONS[e.key];
            const modifierOnly = ['Shift', 'Control', 'Alt', 'Meta'].includes(e.key);
            if (!modifierOnly && (!direction || e.ctrlKey || e.metaKey || e.altKey || !e.shiftKey)) lastNudge = null;
            if (!direction || e.ctrlKey || e.metaKey || e.altKey) return false;
            const current = focusedNode();
            if (!current) {
                const target = startId();
                if (target) focusId(target, true);
                return true;
            }
            if (e.shiftKey) {
                // A held key moves faster than the server renders: until it has caught up, a render can put the node
                // back one step, so the next step counts on from the position last sent, not from the page.
                const recent = lastNudge && lastNudge.id === current.dataset.id && performance.now() - lastNudge.time < 1500;
                const b = recent ? lastNudge : nodeBox(current), step = canvas.geometry.gridSpacing;
                const x = b.x + direction[0] * step, y = b.y + direction[1] * step;
                // Moved here at once, like a drag, so that a held key never waits for the server between steps.
                current.style.left = `${x}px`;
                current.style.top = `${y}px`;
                canvas.redrawLinks(current.dataset.id);
                scrollIntoView(current);
                lastNudge = { id: current.dataset.id, x, y, time: performance.now() };
                canvas.call('NudgeNode', current.dataset.id, x, y);
                return true;
            }
            const next = nearest(current, direction);
            if (next) focusId(next, true);
            return true;
        },
        dispose() {
            root.removeEventListener('focusin', onFocusIn);
            root.removeEventListener('focusout', onFocusOut);
        },
    };
}
