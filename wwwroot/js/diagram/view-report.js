// Tells the server which part of the canvas is visible, so that it renders the nodes and links there (and a margin)
// at the detail the zoom allows. Sent once a pan, zoom or resize has settled, never per frame, and only when the
// view differs from the one last sent; at once when a key moves the view to a node that is not drawn yet.
const SETTLE_MS = 120;

export function viewReport(canvas) {
    // Null until the server has the first view (the reply to index.js's open): nothing to report before that.
    let timer = 0, last = null;
    const keyOf = (area) => area.map(v => v.toFixed(1)).join(' ');

    function now() {
        clearTimeout(timer);
        timer = 0;
        if (last === null) return;
        const area = canvas.visibleArea(), key = keyOf(area);
        if (key === last) return;
        last = key;
        canvas.call('ViewChanged', ...area);
    }

    function changed() {
        clearTimeout(timer);
        timer = setTimeout(now, SETTLE_MS);
    }

    const resize = new ResizeObserver(changed);
    resize.observe(canvas.root);
    return {
        changed,
        now,
        /** The server learnt this area another way (the reply to index.js's open): no need to send it again. */
        known(area) { last = keyOf(area); },
        dispose() {
            clearTimeout(timer);
            resize.disconnect();
        },
    };
}
