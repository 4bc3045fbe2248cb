/** Shadow trees for the content script's unit tests, built from markup as `setBody` builds pages. */

/** Attaches a shadow root (open unless told) to `host`, holding the parsed `html`; returns the root. */
export function attachShadowWith(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  root.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return root;
}
