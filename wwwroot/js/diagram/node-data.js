// Every node's geometry, kept current by the server (NodeGeometryFeed): the canvas renders only the nodes in view, so
// fit, reveal, centring and arrow-key navigation read this instead of the page. A node is { id, x, y, h, kind, entry }.
export function createNodeData() {
    const nodes = new Map();
    return {
        /** upserts: [id, x, y, height, kind, entry (1 or 0)] rows; removals: ids. */
        apply(upserts, removals) {
            for (const [id, x, y, h, kind, entry] of upserts) nodes.set(id, { id, x, y, h, kind, entry: entry === 1 });
            for (const id of removals) nodes.delete(id);
        },
        get: (id) => nodes.get(id),
        all: () => nodes.values(),
        entry() {
            for (const node of nodes.values()) if (node.entry) return node;
            return null;
        },
    };
}
