// Syntax highlighting and copying for the code the "Export as code" dialog shows (highlight.js, vendored in lib/).
import hljs from '../lib/highlightjs/es/core.min.js';
import csharp from '../lib/highlightjs/es/languages/csharp.min.js';
import json from '../lib/highlightjs/es/languages/json.min.js';
import markdown from '../lib/highlightjs/es/languages/markdown.min.js';
import plaintext from '../lib/highlightjs/es/languages/plaintext.min.js';
import python from '../lib/highlightjs/es/languages/python.min.js';
import typescript from '../lib/highlightjs/es/languages/typescript.min.js';
import xml from '../lib/highlightjs/es/languages/xml.min.js';

// The languages GeneratedFile.Language names, registered once per page.
for (const [name, grammar] of Object.entries({ csharp, json, markdown, plaintext, python, typescript, xml })) {
  hljs.registerLanguage(name, grammar);
}

/**
 * Highlights every code element under root that is not highlighted yet. Blazor renders the file's text into the
 * element; this replaces it with highlight.js's escaped markup once (the text never changes under the same element).
 */
export function highlightWithin(root) {
  if (!root) {
    return;
  }

  for (const code of root.querySelectorAll('code[data-language]:not([data-highlighted])')) {
    const language = hljs.getLanguage(code.dataset.language) ? code.dataset.language : 'plaintext';
    code.innerHTML = hljs.highlight(code.textContent, { language, ignoreIllegals: true }).value;
    code.classList.add('hljs');
    code.dataset.highlighted = 'yes';
  }
}

/** Copies a code element's text (not its markup) to the clipboard; rejects when the browser refuses. */
export async function copyText(code) {
  await navigator.clipboard.writeText(code.textContent);
}
