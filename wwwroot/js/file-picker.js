// Opens a file input's picker from another control (the designer's "Replace with a file…" menu item). Browsers show the
// picker only within a user gesture; the menu item's click is one, and this runs a round trip after it.
export function openPicker(input) {
    input.click();
}
