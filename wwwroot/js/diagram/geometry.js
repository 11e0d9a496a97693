// Node and link geometry: the same formulas as the server's DiagramNode and LinkGeometry.
export const NODE_WIDTH = 220;

/** The path of a link from the source's handoff port (upper right) or tool port (lower right) to the target's left middle. */
export function linkPath(source, target, handoff) {
    const sx = source.x + NODE_WIDTH;
    const sy = source.y + (handoff ? 26 : source.h - 22);
    const tx = target.x;
    const ty = target.y + target.h / 2;
    const bend = Math.max(40, Math.abs(tx - sx) / 2);
    return `M ${sx} ${sy} C ${sx + bend} ${sy}, ${tx - bend} ${ty}, ${tx} ${ty}`;
}

/** A node element's box in canvas units. */
export const nodeBox = (el) => ({ x: parseFloat(el.style.left), y: parseFloat(el.style.top), h: parseFloat(el.dataset.h) });
