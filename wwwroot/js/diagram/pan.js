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
                    moved = true;
                    canvas.view.x = origin.x + dx;
                    canvas.view.y = origin.y + dy;
                    canvas.applyView();
                },
                end() {
                    if (!moved) canvas.call('ClearSelection');
                },
            };
        },
    };
}
