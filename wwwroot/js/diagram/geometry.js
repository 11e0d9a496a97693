// Node and link geometry: the same formula as the server's LinkGeometry. The sizes are not written here: the server
// hands them over when the canvas attaches (canvas.geometry), from their one definition in
// AgentStudio.Core/Editing/CanvasGeometry.cs.

/** The path of a link from the source's handoff port (upper right) or tool port (lower right) to the target's left middle. */
export function linkPath(geometry, source, target, handoff) {
    const sx = source.x + geometry.nodeWidth;
    const sy = source.y + (handoff ? geometry.handoffPortY : source.h - geometry.toolPortFromBottom);
    const tx = target.x;
    const ty = target.y + target.h / 2;
    const bend = Math.max(geometry.minimumLinkBend, Math.abs(tx - sx) / 2);
    return `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
}

/** A node element's box in canvas units. */
export const nodeBox = (el) => ({ x: parseFloat(el.style.left), y: parseFloat(el.style.top), h: parseFloat(el.dataset.h) });
