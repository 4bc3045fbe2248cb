/**
 * Constructed stylesheets for our own shadow roots: a page's Content-Security-Policy governs <style>
 * elements and inline styles, not adoptedStyleSheets, so the card is styled even on strict pages.
 * (The page-level highlight styles are declared in the manifest instead: see highlights.css.)
 */

/** Adds a constructed stylesheet to `target`; returns a function that takes it away again. */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
