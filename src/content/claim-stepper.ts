/**
 * Moving through the page's claims: revealing one (scrolled into view, briefly marked) and stepping to the
 * next or previous one from the keyboard command, with its card opened once the scroll has ended.
 */
import type { RevealMiss, RevealReply } from '../shared/messages';
import type { CardController } from './card/card-controller';
import { inPageOrder, type FoundClaim } from './found-claim';
import type { Highlighter } from './highlighter';
import { claimGone, unshownMiss } from './reveal-miss';
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
  /** Stops waiting for a hidden page to be shown before the mark's time starts. */
  private stopShownWait: (() => void) | null = null;
  /** Cancels the wait for the scroll to end before a card opens. */
  private stopWaiting: (() => void) | null = null;

  constructor(private readonly deps: StepperDeps) {}

  private byId(id: string): FoundClaim | null {
    return this.deps.claims().find((claim) => claim.id === id) ?? null;
  }

  /** Scrolls a claim into the middle of the view and marks it briefly; says why not when it cannot be shown. */
  reveal(id: string): RevealReply {
    const scrolled = this.scrollTo(id);
    return Array.isArray(scrolled) ? { found: true } : { found: false, reason: scrolled };
  }

  /**
   * Reveals a claim; returns what was asked to scroll (the window, boxes of the page), or, with the window left where
   * it was and nothing marked, why it cannot be shown (see RevealMiss).
   */
  private scrollTo(id: string): EventTarget[] | RevealMiss {
    this.wait(null);
    if (!this.deps.active()) return 'off';
    const claim = this.byId(id);
    const highlighter = this.deps.highlighter();
    const view = this.deps.doc.defaultView;
    if (!claim || !highlighter || !view || claimGone(claim.range)) return 'gone';
    const boxes = scrollIntoContainers(claim.range);
    const scroll = windowScrollFor(claim.range);
    if (!scroll) return unshownMiss(claim.range);
    view.scrollBy?.({ top: scroll.top, left: scroll.left, behavior: scrollBehavior(this.deps.doc) });
    highlighter.focus(claim);
    this.unmarkWhenSeen();
    return scroll.moves ? [view, ...boxes] : boxes;
  }

  /**
   * Takes the mark off once the page has been seen for FOCUS_MS: the full view reveals a claim in its hidden tab
   * before bringing that tab forward (so that a claim that cannot be shown is said where the reader is), and a
   * mark whose time ran out meanwhile would never be seen.
   */
  private unmarkWhenSeen(): void {
    this.focusTimer?.cancel();
    this.stopShownWait?.();
    this.stopShownWait = null;
    const doc = this.deps.doc;
    const start = () => {
      this.focusTimer = after(FOCUS_MS, () => {
        this.focusTimer = null;
        this.deps.highlighter()?.focus(null);
      });
    };
    if (doc.visibilityState !== 'hidden') return start();
    const shown = new AbortController();
    this.stopShownWait = () => shown.abort();
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'hidden') return;
        shown.abort();
        this.stopShownWait = null;
        start();
      },
      { signal: shown.signal },
    );
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
      if (!this.show(next.id, true).found) continue;
      this.stepped = next.id;
      return true;
    }
    return false;
  }

  /**
   * Reveals a claim and opens its card once the scroll has ended: "Show on page" asks to see the claim with what
   * the corpus says of it. The card takes keyboard focus only when asked to and the page has it: while the
   * toolbar popup is open, the reader's keys belong to the popup. Not found, with why and no card, when the claim
   * cannot be shown; no card either when it is out of view once the scroll ended, or the reader scrolled or typed
   * meanwhile.
   */
  show(id: string, focus: boolean): RevealReply {
    const cards = this.deps.cards;
    cards.close();
    const targets = this.scrollTo(id);
    const view = this.deps.doc.defaultView;
    if (!Array.isArray(targets)) return { found: false, reason: targets };
    if (!view) return { found: false, reason: 'gone' };
    this.wait(
      whenScrolled(view, targets, () => {
        this.stopWaiting = null;
        const claim = this.byId(id);
        if (this.deps.active() && claim) cards.open(claim, { focus: focus && this.deps.doc.hasFocus() });
      }),
    );
    return { found: true };
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
    this.stopShownWait?.();
    this.stopShownWait = null;
    this.wait(null);
  }
}
