// The canvas's box on the screen, read once and kept: converting a pointer to canvas units on every move must not
// make the browser lay the page out. The box is read again after the canvas resizes, the page scrolls or the window
// changes size, and at the start of each gesture (one read per gesture), which covers the page moving the canvas.
export function createRootBox(root) {
    let box = null;
    const forget = () => { box = null; };
    const resized = new ResizeObserver(forget);
    resized.observe(root);
    // A gesture reads the box as it starts, before its moves need it: the page is laid out then, so the read is cheap.
    const refresh = () => { box = root.getBoundingClientRect(); };
    const listeners = [[window, 'resize', forget], [document, 'scroll', forget], [root, 'pointerenter', forget], [root, 'pointerdown', refresh]];
    // Capturing: the canvas's own pointerdown handler runs after the box is read, and scrolls of any ancestor count.
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, { capture: true, passive: true });
    return {
        /** The canvas's client rectangle (left, top, width, height), as of the last resize, scroll or gesture start. */
        get: () => box || (box = root.getBoundingClientRect()),
        dispose() {
            resized.disconnect();
            for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, { capture: true });
        },
    };
}
