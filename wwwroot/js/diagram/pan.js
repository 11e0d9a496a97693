// Dragging the empty canvas pans it, in the browser only; a click without a drag clears the selection.
export function pan(canvas) {
    return {
        start(e) {
            const origin = { x: canvas.view.x, y: canvas.view.y };
            let moved = false;
            return {
                move(m) {
                    const dx = m.clientX - e.clientX, dy = m.clientY - e.clientY;
                    if (!moved && Math.hypot(dx, dy) < 3) return;
                    if (!moved) {
                        moved = true;
                        // Its own layer while it pans: the browser then moves the drawn canvas instead of repainting every node
                        // each frame. Only while panning: a node drag on that layer repaints it whole (3x slower, measured).
                        canvas.viewport.style.willChange = 'transform';
                    }
                    canvas.view.x = origin.x + dx;
                    canvas.view.y = origin.y + dy;
                    canvas.applyView();
                },
                end() {
                    canvas.viewport.style.willChange = '';
                    if (!moved) canvas.call('ClearSelection');
                },
            };
        },
    };
}
