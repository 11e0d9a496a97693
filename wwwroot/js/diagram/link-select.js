// Clicking a link selects its edge.
export function linkSelect(canvas) {
    return {
        start(e) {
            const link = e.target.closest('.diagram-link-hit');
            if (!link) return null;
            canvas.call('SelectElement', link.dataset.edge, e.shiftKey);
            return { move() { }, end() { } };
        },
    };
}
