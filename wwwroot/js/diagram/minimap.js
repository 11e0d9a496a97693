// Clicking the minimap centres the view on that point of the canvas.
export function minimap(canvas) {
    return {
        start(e) {
            const map = e.target.closest('.diagram-minimap');
            if (!map) return null;
            const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(map.getScreenCTM().inverse());
            canvas.centerOnPoint(p.x, p.y);
            return { move() { }, end() { } };
        },
    };
}
