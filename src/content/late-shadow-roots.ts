/**
 * Custom elements read while they had no shadow root, looked at again for one now and then: a component whose
 * script comes after the page attaches its root when it upgrades, which no observer reports (a MutationObserver sees
 * no change of the page's own tree), and its text would go unread.
 */
import { after, type Timer } from './timers';

/**
 * The page's first ones are kept: past this many, the rest are not looked at again.
 */
export const MAX_HOSTLESS = 500;
/** First wait before they are looked at; it doubles up to HOSTLESS_MAX_MS. */
export const HOSTLESS_FIRST_MS = 500;
/** The longest wait between two looks. */
export const HOSTLESS_MAX_MS = 8_000;

/** Looks at custom elements read without a shadow root until they have one or leave the page. */
export class LateShadowRoots {
  private readonly hostless = new Set<Element>();
  private timer: Timer | null = null;
  private wait = HOSTLESS_FIRST_MS;

  /** `attached` gets the elements that have a shadow root now, at each look that finds any. */
  constructor(private readonly attached: (elements: Element[]) => void) {}

  /** Notes a custom element read while it had no (open) shadow root. */
  note(element: Element): void {
    if (this.hostless.has(element) || this.hostless.size >= MAX_HOSTLESS) return;
    this.hostless.add(element);
    // Looked at soon, and more often again: a page's components mostly upgrade in its first seconds.
    this.wait = HOSTLESS_FIRST_MS;
    this.timer ??= after(this.wait, () => this.look());
  }

  /** Forgets every element and stops looking. */
  clear(): void {
    this.hostless.clear();
    this.timer?.cancel();
    this.timer = null;
    this.wait = HOSTLESS_FIRST_MS;
  }

  /** One property read per element; at growing intervals while any is left. */
  private look(): void {
    this.timer = null;
    const found: Element[] = [];
    for (const element of this.hostless) {
      if (!element.isConnected) this.hostless.delete(element);
      else if (element.shadowRoot) {
        this.hostless.delete(element);
        found.push(element);
      }
    }
    if (found.length > 0) this.attached(found);
    if (this.hostless.size === 0) return;
    this.wait = Math.min(this.wait * 2, HOSTLESS_MAX_MS);
    this.timer = after(this.wait, () => this.look());
  }
}
