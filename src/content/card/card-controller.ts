/**
 * When the card opens and closes: on hover over a claim (after a short dwell, so a pointer crossing the
 * text does not flash cards), from a keyboard step, and closing on leave, Escape or scrolling away.
 */
import type { DocumentInfo } from '../../core/types';
import type { FoundClaim } from '../found-claim';
import { claimAtPoint, type HitIndex } from '../hit-index';
import { CardHost } from './card-host';
import { after, type Timer } from '../timers';

/** Dwell before a hovered claim opens its card. */
export const OPEN_DELAY_MS = 100;
/** Grace before a card closes after the pointer leaves, so it can travel from claim to card. */
export const CLOSE_DELAY_MS = 300;
/** Pointer positions are looked at no more often than this. */
export const MOVE_THROTTLE_MS = 40;
/**
 * How long an open card waits for its claim to be found again once its paragraph changed (a "1 minute ago" ticking
 * beside it, a live counter): the claim is dropped when the rescan starts and back when the worker answers.
 */
export const RESCAN_GRACE_MS = 2_000;

/** What the controller needs from the rest of the content script. */
export interface CardControllerDeps {
  doc: Document;
  /** The current hit index over highlighted claims. */
  hitIndex: () => HitIndex | null;
  /** Document metadata, fetched once from the worker. */
  documents: () => Promise<ReadonlyMap<string, DocumentInfo>>;
  openFullView: (claimId: string) => void;
  /** True when the page gives its own date, which then dates its claims' yearless days (see CardView.pageDated). */
  pageDated: () => boolean;
  /** Aborting it removes every listener. */
  signal: AbortSignal;
}

/** Opens and closes the hover card. */
export class CardController {
  readonly host: CardHost;
  private current: FoundClaim | null = null;
  private near: { x: number; y: number } | null = null;
  private documents: ReadonlyMap<string, DocumentInfo> | null = null;
  /** True while the documents' metadata is being fetched. */
  private fetching = false;
  /** True once fetching the documents' metadata failed. */
  private fetchFailed = false;
  private pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private moveTimer: Timer | null = null;
  private openTimer: Timer | null = null;
  private closeTimer: Timer | null = null;
  /** Closes the card when its claim is not found again in time (see follow). */
  private goneTimer: Timer | null = null;
  private pending: FoundClaim | null = null;
  private returnFocus: Element | null = null;
  /** True while the open card has had keyboard focus: focus leaving it for the page then closes it. */
  private focused = false;

  constructor(private readonly deps: CardControllerDeps) {
    this.host = new CardHost(deps.doc);
    const options = { signal: deps.signal, passive: true, capture: true };
    const view = deps.doc.defaultView;
    deps.doc.addEventListener('pointermove', (event) => this.onMove(event), options);
    // Only the pointer leaving the window: captured, this also hears every element the pointer leaves, and a
    // card that comes up under a resting pointer makes the page's elements report a leave with no move after.
    const root = deps.doc.documentElement;
    root.addEventListener('pointerleave', (event) => event.target === root && this.scheduleClose(), options);
    deps.doc.addEventListener('keydown', (event) => this.onKey(event), {
      signal: deps.signal,
      capture: true,
    });
    // Focus moving on to the page (Tab past the card's last control, a click elsewhere) leaves the card behind.
    deps.doc.addEventListener('focusin', (event) => this.onFocusIn(event), {
      signal: deps.signal,
      capture: true,
    });
    view?.addEventListener('scroll', () => this.onScroll(), options);
    view?.addEventListener('resize', () => this.onScroll(), options);
  }

  /** The claim whose card is open. */
  get openClaim(): FoundClaim | null {
    return this.current;
  }

  private onMove(event: PointerEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.moveTimer !== null) return;
    this.moveTimer = after(MOVE_THROTTLE_MS, () => {
      this.moveTimer = null;
      this.check();
    });
  }

  private check(): void {
    const pointer = this.pointer;
    if (!pointer) return;
    // A move onto a card that has closed since is a move onto what lay under it: the target is the event's, and
    // the card may be gone by the time it is looked at.
    if (this.current !== null && this.host.contains(pointer.target)) {
      // A claim crossed on the way in is not what the reader wants: its card would replace this one under them.
      this.cancel('open');
      this.cancel('close');
      return;
    }
    const index = this.deps.hitIndex();
    const claim = index ? claimAtPoint(this.deps.doc, index, pointer.x, pointer.y) : null;
    if (claim && claim === this.current) {
      this.cancel('close');
      return;
    }
    if (claim) {
      // The pointer is on a claim, not leaving: a close timer left from crossing the gap to it would fire
      // before the open and cancel it, and a resting pointer sends no move to open it again.
      this.cancel('close');
      if (this.pending === claim) return;
      this.cancel('open');
      this.pending = claim;
      const near = { x: pointer.x, y: pointer.y };
      this.openTimer = after(OPEN_DELAY_MS, () => {
        this.openTimer = null;
        this.pending = null;
        this.open(claim, { near });
      });
      return;
    }
    this.cancel('open');
    if (this.current && !this.host.hasFocus()) this.scheduleClose();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.current) this.close();
  }

  private onFocusIn(event: FocusEvent): void {
    if (!this.current) return;
    if (this.host.contains(event.target)) this.focused = true;
    else if (this.focused) this.close();
  }

  private onScroll(): void {
    if (this.current && !this.host.place(this.current, null)) this.close();
  }

  private cancel(which: 'open' | 'close'): void {
    if (which === 'open') {
      this.openTimer?.cancel();
      this.openTimer = null;
      this.pending = null;
    } else {
      this.closeTimer?.cancel();
      this.closeTimer = null;
    }
  }

  /** Stops waiting for the open card's claim to be found again (see follow). */
  private cancelGone(): void {
    this.goneTimer?.cancel();
    this.goneTimer = null;
  }

  private scheduleClose(): void {
    this.cancel('open');
    if (!this.current || this.closeTimer !== null) return;
    this.closeTimer = after(CLOSE_DELAY_MS, () => {
      this.closeTimer = null;
      this.close();
    });
  }

  /** Opens the card for `claim`; with `focus` (keyboard), focus moves into it and returns on close. */
  open(claim: FoundClaim, options: { near?: { x: number; y: number } | null; focus?: boolean } = {}): void {
    this.cancel('close');
    this.cancel('open');
    this.cancelGone();
    this.current = claim;
    this.near = options.near ?? null;
    this.render();
    if (options.focus) {
      const active = this.deps.doc.activeElement;
      if (!this.host.hasFocus()) this.returnFocus = active;
      this.host.focus();
      this.focused = true;
    }
    this.prefetch(true);
  }

  /**
   * Fetches the corpus documents' metadata (outlets, dates) before a card needs it, once: a card opened without it
   * grew by its outlets' lines when it came and moved under the reader, a layout shift the page is scored on. After
   * a failure it is asked again only when a card opens (`opening`), not at every change of the page's claims.
   */
  prefetch(opening = false): void {
    if (this.documents !== null || this.fetching || (this.fetchFailed && !opening)) return;
    this.fetching = true;
    void this.deps
      .documents()
      .then((documents) => {
        this.documents = documents;
        if (this.current) this.render();
      })
      .catch(() => void (this.fetchFailed = true)) // without metadata the card names each source by its label
      .finally(() => (this.fetching = false));
  }

  private render(): void {
    const claim = this.current;
    if (!claim) return;
    this.host.show({
      claim,
      documents: this.documents,
      near: this.near,
      pageDated: this.deps.pageDated(),
      onOpenFullView: () => this.deps.openFullView(claim.id),
      onClose: () => this.close(),
    });
  }

  /** Closes the card, giving focus back where it was if the card had it. */
  close(): void {
    this.cancel('close');
    this.cancel('open');
    this.cancelGone();
    if (!this.current) return;
    const hadFocus = this.host.hasFocus();
    this.current = null;
    this.focused = false;
    this.host.hide();
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      if (back?.isConnected && typeof back.focus === 'function') back.focus();
      else (this.deps.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
  }

  /**
   * Follows the page's claims: the open card shows its claim as found now (the same id, or the same words at the
   * same place after the sentence around them changed), and closes when it is not found again within
   * RESCAN_GRACE_MS: a paragraph whose "1 minute ago" ticks is read again, and its claims are briefly gone.
   */
  follow(claims: readonly FoundClaim[]): void {
    const current = this.current;
    if (!current) return;
    const now =
      claims.find((claim) => claim.id === current.id) ?? claims.find((claim) => successor(current, claim));
    if (!now) {
      // Its words left the page: there is nothing to wait for.
      if (!current.range.startContainer.isConnected) {
        this.close();
        return;
      }
      this.goneTimer ??= after(RESCAN_GRACE_MS, () => {
        this.goneTimer = null;
        this.close();
      });
      return;
    }
    this.cancelGone();
    if (now === current) return;
    this.current = now;
    this.render();
  }

  /** Removes the card and every timer. */
  destroy(): void {
    this.cancel('open');
    this.cancel('close');
    this.cancelGone();
    this.moveTimer?.cancel();
    this.moveTimer = null;
    this.current = null;
    this.host.destroy();
  }
}

/** True when `next` is `claim` found again: the same words, at the same place in the same block. */
function successor(claim: FoundClaim, next: FoundClaim): boolean {
  if (claim.claim.kind !== next.claim.kind || claim.claim.text !== next.claim.text) return false;
  const [a, b] = [claim.range, next.range];
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset;
}
