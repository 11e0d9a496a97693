// The wheel zooms around the pointer, in the browser only.
export function wheelZoom(canvas) {
    return (e) => {
        e.preventDefault();
        const r = canvas.rootRect();
        canvas.zoomAround(e.clientX - r.left, e.clientY - r.top, canvas.view.zoom * Math.exp(-e.deltaY * 0.0015));
    };
}
