/**
 * Constructed stylesheets for shadow roots: a page's Content-Security-Policy governs <style>
 * elements and inline styles, not adoptedStyleSheets, so the card is styled even on strict pages.
 * (The page-level highlight styles are declared in the manifest instead: see highlights.css; the shadow
 * roots of the page that hold highlighted claims adopt them, see shadow-styles.ts.)
 */

/** Adds `sheet` to `target`'s adopted sheets (once); returns a function that takes it away again. */
export function adoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): () => void {
  if (!target.adoptedStyleSheets.includes(sheet))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Adds a constructed stylesheet to `target`; returns a function that takes it away again. */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return adoptSheet(target, sheet);
}
