/**
 * Moving through the page's claims: revealing one (scrolled into view, briefly marked) and stepping to the
 * next or previous one from the keyboard command, with its card opened once the scroll has ended.
 */
import type { CardController } from './card/card-controller';
import { inPageOrder, type FoundClaim } from './found-claim';
import type { Highlighter } from './highlighter';
import { scrollIntoContainers, whenScrolled, windowScrollFor } from './scroll-containers';
import { after, type Timer } from './timers';

/** How long a revealed claim stays marked. */
export const FOCUS_MS = 1_500;

/**
 * How to scroll to a claim: smoothly, unless the page is hidden (Firefox drops a smooth scroll asked of a hidden
 * tab, so "Show on page" from the full view would leave the claim out of sight) or the reader asked the system
 * for less motion.
 */
export function scrollBehavior(doc: Document): ScrollBehavior {
  if (doc.visibilityState === 'hidden') return 'instant';
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
}

/** What the stepper needs from the content script. */
export interface StepperDeps {
  doc: Document;
  /** The claims with context now, in no particular order. */
  claims: () => FoundClaim[];
  /** The highlighter, or null while Claim Lens is off on this page. */
  highlighter: () => Highlighter | null;
  cards: CardController;
  /** False while off or after teardown: a late timer must not open a card then. */
  active: () => boolean;
}

/** Reveals claims and steps through them; remembers the last one stepped to. */
export class ClaimStepper {
  private stepped: string | null = null;
  private focusTimer: Timer | null = null;
  /** Cancels the wait for the scroll to end before a card opens. */
  private stopWaiting: (() => void) | null = null;

  constructor(private readonly deps: StepperDeps) {}

  private byId(id: string): FoundClaim | null {
    return this.deps.claims().find((claim) => claim.id === id) ?? null;
  }

  /** Scrolls a claim into the middle of the view and marks it briefly; false when it cannot be shown. */
  reveal(id: string): boolean {
    return this.scrollTo(id) !== null;
  }

  /**
   * Reveals a claim; returns what was asked to scroll (the window, boxes of the page), or null, with the window left
   * where it was and nothing marked, when the claim is gone or no scroll can show it (hidden, 0×0, off the page, cut
   * off by a box that does not scroll).
   */
  private scrollTo(id: string): EventTarget[] | null {
    this.wait(null);
    const claim = this.byId(id);
    const highlighter = this.deps.highlighter();
    const view = this.deps.doc.defaultView;
    if (!claim || !highlighter || !view) return null;
    const boxes = scrollIntoContainers(claim.range);
    const scroll = windowScrollFor(claim.range);
    if (!scroll) return null;
    view.scrollBy?.({ top: scroll.top, left: scroll.left, behavior: scrollBehavior(this.deps.doc) });
    highlighter.focus(claim);
    this.focusTimer?.cancel();
    this.focusTimer = after(FOCUS_MS, () => {
      this.focusTimer = null;
      this.deps.highlighter()?.focus(null);
    });
    return scroll.moves ? [view, ...boxes] : boxes;
  }

  /** Moves to the next or previous claim, reveals it and opens its card with keyboard focus. */
  step(direction: 1 | -1): boolean {
    const claims = inPageOrder(this.deps.claims());
    if (claims.length === 0 || !this.deps.active()) return false;
    const cards = this.deps.cards;
    const currentId = cards.openClaim?.id ?? this.stepped;
    let index = currentId === null ? -1 : claims.findIndex((claim) => claim.id === currentId);
    if (index < 0) {
      // Nothing chosen yet: start from what is on screen.
      const below = claims.findIndex((claim) => claim.range.getBoundingClientRect().top >= 0);
      index = direction === 1 ? (below < 0 ? claims.length : below) - 1 : below < 0 ? claims.length : below;
    }
    // A claim no scroll can show is passed over for the next that can be shown, once round the page at most.
    for (let tried = 1; tried <= claims.length; tried++) {
      const next = claims[(((index + tried * direction) % claims.length) + claims.length) % claims.length]!;
      if (!this.show(next.id, true)) continue;
      this.stepped = next.id;
      return true;
    }
    return false;
  }

  /**
   * Reveals a claim and opens its card once the scroll has ended: "Show on page" asks to see the claim with what
   * the corpus says of it. The card takes keyboard focus only when asked to and the page has it: while the
   * toolbar popup is open, the reader's keys belong to the popup. False, with no card, when the claim cannot be
   * shown; no card either when it is out of view once the scroll ended, or the reader scrolled or typed meanwhile.
   */
  show(id: string, focus: boolean): boolean {
    const cards = this.deps.cards;
    cards.close();
    const targets = this.scrollTo(id);
    const view = this.deps.doc.defaultView;
    if (!targets || !view) return false;
    this.wait(
      whenScrolled(view, targets, () => {
        this.stopWaiting = null;
        const claim = this.byId(id);
        if (this.deps.active() && claim) cards.open(claim, { focus: focus && this.deps.doc.hasFocus() });
      }),
    );
    return true;
  }

  /** Cancels the card a reveal was waiting to open, and waits on `next` instead. */
  private wait(next: (() => void) | null): void {
    this.stopWaiting?.();
    this.stopWaiting = next;
  }

  /** Forgets the last step (a new page of a single-page app starts from what is on screen). */
  reset(): void {
    this.stepped = null;
  }

  /** Cancels pending timers. */
  stop(): void {
    this.focusTimer?.cancel();
    this.focusTimer = null;
    this.wait(null);
  }
}
