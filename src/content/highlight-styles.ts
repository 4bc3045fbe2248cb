/**
 * The highlight styles, injected as a constructed stylesheet: a page's Content-Security-Policy governs
 * <style> elements and inline styles, not adoptedStyleSheets, so strict pages still show highlights.
 *
 * Agreeing claims get a calm blue-green underline and tint; conflicts a wavy amber-red one, so the two
 * read apart at a glance. Tints are translucent, so they work on light and dark backgrounds alike.
 */

const PALETTE = {
  agrees: { line: '#0f9d8a', tint: 'rgb(15 157 138 / 0.14)', style: 'solid' },
  conflicts: { line: '#e8590c', tint: 'rgb(232 89 12 / 0.16)', style: 'wavy' },
  vaguer: { line: '#3b82c4', tint: 'rgb(59 130 196 / 0.12)', style: 'dashed' },
  'more-precise': { line: '#3b82c4', tint: 'rgb(59 130 196 / 0.12)', style: 'dashed' },
  reworded: { line: '#8b5cf6', tint: 'rgb(139 92 246 / 0.13)', style: 'dotted' },
} as const;

const FOCUS_TINT = 'rgb(255 200 0 / 0.55)';

function rules(selector: (name: string) => string): string {
  const out: string[] = [];
  for (const [name, { line, tint, style }] of Object.entries(PALETTE)) {
    out.push(
      `${selector(name)}{background-color:${tint};text-decoration:underline ${style} ${line};` +
        `text-decoration-thickness:2px;text-underline-offset:2px;text-decoration-skip-ink:none}`,
    );
  }
  return out.join('\n');
}

/** Styles for the CSS Custom Highlight API: `::highlight(claim-lens-<relation>)`. */
export const HIGHLIGHT_CSS =
  rules((name) => `::highlight(claim-lens-${name})`) +
  `\n::highlight(claim-lens-focus){background-color:${FOCUS_TINT}}`;

/** Styles for the fallback wrappers, where the Highlight API is missing. */
export const MARK_CSS =
  'claim-lens-mark{display:inline}\n' +
  rules((name) => `claim-lens-mark[data-relation="${name}"]`) +
  `\nclaim-lens-mark[data-focus]{background-color:${FOCUS_TINT}}`;

/** Adds a constructed stylesheet to `target`; returns a function that takes it away again. */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
