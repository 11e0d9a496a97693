// Node and link geometry: the same formula as the server's LinkGeometry. The sizes are not written here: the server
// hands them over when the canvas attaches (canvas.geometry), from their one definition in
// AgentStudio.Core/Editing/CanvasGeometry.cs.

// A link leaves the source's handoff port (upper right) or tool port (lower right) and ends at the target's left middle.
const start = (geometry, source, handoff) =>
    ({ x: source.x + geometry.nodeWidth, y: source.y + (handoff ? geometry.handoffPortY : source.h - geometry.toolPortFromBottom) });
const end = (target) => ({ x: target.x, y: target.y + target.h / 2 });

/** The path of a link from the source's handoff port (upper right) or tool port (lower right) to the target's left middle. */
export function linkPath(geometry, source, target, handoff) {
    const s = start(geometry, source, handoff), t = end(target);
    const bend = Math.max(geometry.minimumLinkBend, Math.abs(t.x - s.x) / 2);
    return `M ${s.x} ${s.y} C ${s.x + bend} ${s.y}, ${t.x - bend} ${t.y}, ${t.x} ${t.y}`;
}

/** Where a link's label sits: above the middle of its ends, as the server's LinkGeometry.LabelPoint. */
export function labelPoint(geometry, source, target, handoff) {
    const s = start(geometry, source, handoff), t = end(target);
    return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 - 6 };
}

/** A node element's box in canvas units. */
export const nodeBox = (el) => ({ x: parseFloat(el.style.left), y: parseFloat(el.style.top), h: parseFloat(el.dataset.h) });
