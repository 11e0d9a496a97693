// Pressing on the minimap centres the view on that point of the canvas, and dragging on it keeps centring it under
// the pointer. The view moves here, locally; the server hears of it once the view settles (view-report.js).
export function minimap(canvas) {
    const centreAt = (map, e) => {
        const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(map.getScreenCTM().inverse());
        canvas.centerOnPoint(p.x, p.y);
    };
    return {
        start(e) {
            const map = e.target.closest('.diagram-minimap');
            if (!map) return null;
            centreAt(map, e);
            return { move: (moved) => centreAt(map, moved), end() { } };
        },
    };
}
