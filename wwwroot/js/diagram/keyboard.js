// Keyboard shortcuts of the canvas. Copy keeps the selection in local storage, so it pastes into another design or tab.
const CLIPBOARD_KEY = 'agentstudio-clipboard';

export function keyboard(canvas) {
    return (e) => {
        if (e.target.closest('input, textarea, [contenteditable]')) return;
        const ctrl = e.ctrlKey || e.metaKey;
        const key = e.key.toLowerCase();
        let handled = true;
        if (e.key === 'Delete' || e.key === 'Backspace') canvas.call('DeleteSelection');
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
