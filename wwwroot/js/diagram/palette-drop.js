// Palette items dragged onto the canvas (HTML drag and drop) become an add at the drop point.
import { NODE_WIDTH } from './geometry.js';

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
            canvas.call('CommitAdd', kind, p.x - NODE_WIDTH / 2, p.y - 30);
        },
    };
}
