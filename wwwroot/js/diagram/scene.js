// The canvas's elements by id: each node's element and the link elements that end on each node.
// A gesture looks up what it moves here instead of searching the page on every pointer move. The index is built on
// first use and again after Blazor adds, removes or re-points elements: a MutationObserver marks it stale (locally;
// nothing reaches the server). Moves and selection change only styles and classes, which keep it valid.

// The attributes that say which node or edge an element belongs to. Blazor reuses a link's elements for another link
// when one before it goes, so these change in place; styles and classes (moves, selection) keep the index.
const IDENTITY = ['data-id', 'data-edge', 'data-source', 'data-target', 'data-kind'];

/**
 * A link as the elements that draw it: its path, its wide transparent hit path and its label (any may be missing but
 * the path), with its ends' node ids and whether it is a handoff (which port it leaves from).
 */
function linkRecord(edge) {
    return { edge, source: null, target: null, handoff: false, path: null, hit: null, label: null };
}

/** root: the canvas element; the index covers its .diagram-viewport (nodes and links). */
export function createScene(root) {
    const viewport = root.querySelector('.diagram-viewport');
    let nodes = null, linksByNode = null;
    // Only the viewport is watched: the announcers and the minimap change with every edit and hold no node or link.
    // The drag layer is not: a drag adds and removes copies of links there, which are none of the design's.
    const dragLayer = viewport.querySelector('.diagram-drag-layer');
    const observer = new MutationObserver((records) => { if (records.some(r => r.target !== dragLayer)) nodes = null; });
    observer.observe(viewport, { childList: true, subtree: true, attributes: true, attributeFilter: IDENTITY });

    function build() {
        observer.takeRecords();
        nodes = new Map();
        linksByNode = new Map();
        for (const el of viewport.querySelectorAll('.diagram-node')) nodes.set(el.dataset.id, el);
        const byEdge = new Map();
        for (const el of viewport.querySelectorAll('svg.diagram-links [data-edge]')) {
            const edge = el.dataset.edge;
            let link = byEdge.get(edge);
            if (!link) byEdge.set(edge, link = linkRecord(edge));
            if (el.classList.contains('diagram-link-hit')) link.hit = el;
            else if (el.classList.contains('diagram-link')) {
                link.path = el;
                link.source = el.dataset.source;
                link.target = el.dataset.target;
                link.handoff = el.dataset.kind === 'handoff';
            }
        }
        for (const link of byEdge.values()) {
            if (!link.path) continue;
            // The label is the text drawn right after its link's path (DiagramCanvas.razor; none in an overview).
            const next = link.path.nextElementSibling;
            if (next && next.classList.contains('diagram-link-label')) link.label = next;
            for (const id of new Set([link.source, link.target])) {
                const list = linksByNode.get(id);
                if (list) list.push(link);
                else linksByNode.set(id, [link]);
            }
        }
    }

    const fresh = () => { if (!nodes) build(); };
    return {
        /** A node's element, or null when it is not on the canvas. */
        node(id) { fresh(); return nodes.get(id) || null; },
        /** Every node element, in document order. */
        nodes() { fresh(); return [...nodes.values()]; },
        /** The links that start or end at a node (see linkRecord). */
        linksOf(id) { fresh(); return linksByNode.get(id) || []; },
        dispose: () => observer.disconnect(),
    };
}
