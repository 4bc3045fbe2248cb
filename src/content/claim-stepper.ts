/**
 * Moving through the page's claims: revealing one (scrolled into view, briefly marked) and stepping to the
 * next or previous one from the keyboard command, with its card opened once the scroll has settled.
 */
import type { CardController } from './card/card-controller';
import { inPageOrder, type FoundClaim } from './found-claim';
import type { Highlighter } from './highlighter';
import { scrollIntoContainers } from './scroll-containers';
import { after, type Timer } from './timers';

/** How long a revealed claim stays marked. */
export const FOCUS_MS = 1_500;
/** How long the smooth scroll of a keyboard step gets before its card opens. */
const STEP_SETTLE_MS = 450;

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
  private stepTimer: Timer | null = null;

  constructor(private readonly deps: StepperDeps) {}

  private byId(id: string): FoundClaim | null {
    return this.deps.claims().find((claim) => claim.id === id) ?? null;
  }

  /** Scrolls a claim into the middle of the view and marks it briefly. */
  reveal(id: string): boolean {
    const claim = this.byId(id);
    const highlighter = this.deps.highlighter();
    if (!claim || !highlighter) return false;
    const view = this.deps.doc.defaultView;
    scrollIntoContainers(claim.range);
    const rect = claim.range.getBoundingClientRect();
    const height = view?.innerHeight ?? 0;
    view?.scrollBy?.({ top: rect.top - height * 0.35, left: 0, behavior: scrollBehavior(this.deps.doc) });
    highlighter.focus(claim);
    this.focusTimer?.cancel();
    this.focusTimer = after(FOCUS_MS, () => {
      this.focusTimer = null;
      this.deps.highlighter()?.focus(null);
    });
    return true;
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
    const next = claims[(index + direction + claims.length) % claims.length]!;
    this.stepped = next.id;
    return this.show(next.id, true);
  }

  /**
   * Reveals a claim and opens its card once the scroll has settled: "Show on page" asks to see the claim with
   * what the corpus says of it. The card takes keyboard focus only when asked to and the page has it: while the
   * toolbar popup is open, the reader's keys belong to the popup.
   */
  show(id: string, focus: boolean): boolean {
    const cards = this.deps.cards;
    cards.close();
    if (!this.reveal(id)) return false;
    this.stepTimer?.cancel();
    this.stepTimer = after(STEP_SETTLE_MS, () => {
      this.stepTimer = null;
      const claim = this.byId(id);
      if (this.deps.active() && claim) cards.open(claim, { focus: focus && this.deps.doc.hasFocus() });
    });
    return true;
  }

  /** Forgets the last step (a new page of a single-page app starts from what is on screen). */
  reset(): void {
    this.stepped = null;
  }

  /** Cancels pending timers. */
  stop(): void {
    this.focusTimer?.cancel();
    this.stepTimer?.cancel();
    this.focusTimer = null;
    this.stepTimer = null;
  }
}
