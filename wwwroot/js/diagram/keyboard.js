// Keyboard shortcuts of the canvas. Copy keeps the selection in local storage, so it pastes into another design or tab.
// Moving the focus between nodes is node-focus.js's; this module asks it which node has the focus.
const CLIPBOARD_KEY = 'agentstudio-clipboard';

export function keyboard(canvas, focus) {
    return (e) => {
        if (e.target.closest('input, textarea, [contenteditable]')) return;
        const ctrl = e.ctrlKey || e.metaKey;
        const key = e.key.toLowerCase();
        const node = focus.focusedNode();
        let handled = true;
        if (focus.key(e)) { /* arrows: focus or move */ }
        else if (e.key === 'Delete' || e.key === 'Backspace') {
            canvas.call('DeleteSelection');
            // The focused node is about to go: the focus stays on the canvas, and an arrow key finds the next node.
            if (node && node.classList.contains('selected')) focus.focusCanvas();
        }
        else if (e.key === 'Escape') canvas.call('ClearSelection');
        else if (node && !ctrl && (e.key === 'Enter' || e.key === ' ')) {
            if (!node.classList.contains('selected') || canvas.root.querySelectorAll('.selected').length > 1) canvas.call('SelectElement', node.dataset.id, false);
            if (e.key === 'Enter') openProperties(node.dataset.id);
        }
        else if (node && !ctrl && !e.altKey && key === 'c' && node.dataset.kind === 'agent') canvas.call('RequestConnect', node.dataset.id);
        else if (ctrl && key === 'z' && !e.shiftKey) canvas.call('Undo');
        else if (ctrl && (key === 'y' || (key === 'z' && e.shiftKey))) canvas.call('Redo');
        else if (ctrl && key === 'a') canvas.call('SelectAll');
        else if (ctrl && key === 'c') canvas.dotnet.invokeMethodAsync('CopySelection').then(json => { if (json) localStorage.setItem(CLIPBOARD_KEY, json); }).catch(() => { });
        else if (ctrl && key === 'v') { const json = localStorage.getItem(CLIPBOARD_KEY); if (json) canvas.call('Paste', json); }
        else if (ctrl && key === 'd') canvas.call('DuplicateSelection');
        else handled = false;
        if (handled) e.preventDefault();
    };
}

// Enter on a node: once the property panel shows that node (a render away), its first field takes the focus.
function openProperties(id) {
    let frames = 0;
    const tryFocus = () => {
        const panel = document.querySelector(`[data-testid="property-panel"][data-for="${CSS.escape(id)}"]`);
        const field = panel && panel.querySelector('input:not([type="hidden"]):not([disabled]), textarea:not([disabled])');
        if (field) field.focus();
        else if (++frames < 120) requestAnimationFrame(tryFocus);
    };
    tryFocus();
}
