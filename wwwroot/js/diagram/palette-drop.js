// Palette items dragged onto the canvas (HTML drag and drop) become an add at the drop point.

const TYPE = 'application/x-agentstudio-palette';

export function paletteDrop(canvas) {
    return {
        dragover(e) {
            if (e.dataTransfer && [...e.dataTransfer.types].includes(TYPE)) e.preventDefault();
        },
        drop(e) {
            const kind = e.dataTransfer && e.dataTransfer.getData(TYPE);
            if (!kind) return;
            e.preventDefault();
            const p = canvas.toCanvas(e.clientX, e.clientY);
            // The new node is centred on the drop point (tools and notes have the smaller height; agents sit close enough).
            canvas.call('CommitAdd', kind, p.x - canvas.geometry.nodeWidth / 2, p.y - canvas.geometry.toolOrNoteHeight / 2);
        },
    };
}
