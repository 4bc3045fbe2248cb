/**
 * The highlight rules in the page's shadow roots that hold highlighted claims. The document's rules (highlights.css,
 * declared in the manifest) style no element of a shadow tree, nor its text's highlights: a claim highlighted
 * there is registered but not painted until its shadow root adopts the same rules. One constructed sheet, shared by
 * every root (a page's Content-Security-Policy does not govern adopted sheets), taken away again on teardown.
 */
import HIGHLIGHT_CSS from './highlights.css?inline';
import { adoptSheet } from './adopt-styles';

/** The shadow root `node` is in, or null for the document's own tree (or a detached node). */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root.nodeType === 11 && (root as Partial<ShadowRoot>).host ? (root as ShadowRoot) : null;
}

/** Adopts the highlight rules into shadow roots, and takes them away again. */
export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  /** Each root given the sheet, with what takes it away. */
  private readonly roots = new Map<ShadowRoot, () => void>();

  constructor(private readonly css: string = HIGHLIGHT_CSS) {}

  /** Gives the shadow root `node` is in (if any) the highlight rules, once. */
  cover(node: Node): void {
    const root = shadowRootOf(node);
    if (!root || this.roots.has(root)) return;
    try {
      if (!this.sheet) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(this.css);
        this.sheet = sheet;
      }
      this.roots.set(root, adoptSheet(root, this.sheet));
    } catch {
      // No constructable stylesheets (or a root that refuses them): the claim is listed, just not painted.
    }
  }

  /** Gives the sheet back to the roots whose page replaced their adopted sheets (as a component re-rendering does). */
  restore(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    for (const [root, remove] of this.roots) {
      try {
        if (!root.host.isConnected) {
          remove();
          this.roots.delete(root);
        } else if (!root.adoptedStyleSheets.includes(sheet)) this.roots.set(root, adoptSheet(root, sheet));
      } catch {
        this.roots.delete(root);
      }
    }
  }

  /** Takes the sheet away from every root it was given to. */
  clear(): void {
    for (const remove of this.roots.values()) {
      try {
        remove();
      } catch {
        // The page took the root's sheets away itself: nothing of ours is left there.
      }
    }
    this.roots.clear();
  }
}
