/**
 * When the card opens and closes: on hover over a claim (after a short dwell, so a pointer crossing the text does
 * not flash cards), from a keyboard step; closing on leave, Escape, and its claim leaving the view or changing.
 */
import type { DocumentInfo } from '../../core/types';
import type { FoundClaim } from '../found-claim';
import { claimAtPoint, type HitIndex } from '../hit-index';
import { CardHost } from './card-host';
import { claimChanged, ClaimWatch, LostPlace, successor } from './card-follow';
import { CardDocuments } from './card-documents';
import { listenToPage } from './card-input';
import { RenewableListeners } from '../renewable-listeners';
import { after, type Timer } from '../timers';
import { CLOSE_DELAY_MS, MOVE_THROTTLE_MS, OPEN_DELAY_MS, RESCAN_GRACE_MS } from './card-timing';

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
  private readonly documents: CardDocuments;
  /** Where the pointer was last seen, and over what (undefined: the page moved under it since). */
  private pointer: { x: number; y: number; target: EventTarget | null | undefined } | null = null;
  /** The open card was opened by hover, or the pointer moved since: where it rests then decides if it stays. */
  private pointerLed = false;
  private moveTimer: Timer | null = null;
  private openTimer: Timer | null = null;
  private closeTimer: Timer | null = null;
  /** Closes the card when its claim is not found again in time (see follow). */
  private goneTimer: Timer | null = null;
  private pending: FoundClaim | null = null;
  private returnFocus: Element | null = null;
  /** True while the open card has had keyboard focus: focus leaving it for the page then closes it. */
  private focused = false;
  /** Looks at the open card's claim each frame: the page may move or edit it without a scroll or a rescan. */
  private readonly watch: ClaimWatch;
  /** Where a card whose claim was edited stood, until a claim found there has it back or the reader moves on. */
  private readonly lost = new LostPlace<CardController['near']>(RESCAN_GRACE_MS);
  private readonly listeners: RenewableListeners;

  constructor(private readonly deps: CardControllerDeps) {
    this.host = new CardHost(deps.doc);
    const view = deps.doc.defaultView;
    this.watch = new ClaimWatch(view, () => this.onFrame());
    this.documents = new CardDocuments(deps.documents, () => this.current && this.render());
    const [move, leave] = [this.onMove.bind(this), this.scheduleClose.bind(this)];
    const inputs = { move, leave, escape: () => this.close(), focusIn: this.onFocusIn.bind(this) };
    this.listeners = new RenewableListeners(deps.signal, (signal) =>
      listenToPage(deps.doc, inputs, () => this.onFrame(true), signal),
    );
  }

  /** Listens to the reader again, after `document.open()` erased the listeners (see RenewableListeners). */
  relisten(): void {
    this.listeners.renew();
  }

  /** The claim whose card is open. */
  get openClaim(): FoundClaim | null {
    return this.current;
  }

  private onMove(x: number, y: number, target: EventTarget | null): void {
    this.lost.clear();
    this.pointerLed = true;
    this.pointer = { x, y, target };
    this.checkSoon();
  }

  /** Looks at what the pointer is over once the throttle allows. */
  private checkSoon(): void {
    if (this.moveTimer !== null) return;
    this.moveTimer = after(MOVE_THROTTLE_MS, () => {
      this.moveTimer = null;
      this.check();
    });
  }

  private check(): void {
    const pointer = this.pointer;
    if (!pointer) return;
    pointer.target ??= this.deps.doc.elementFromPoint(pointer.x, pointer.y);
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

  private onFocusIn(target: EventTarget | null): void {
    if (!this.current) return;
    if (this.host.contains(target)) this.focused = true;
    else if (this.focused) this.close();
  }

  /**
   * Puts the card beside its claim again when the claim moved (or, `viewMoved`, the view did: a scroll, a resize),
   * as far as the claim moved from where the pointer was; closes it when the claim is out of view, and at once when
   * its words changed.
   */
  private onFrame(viewMoved = false): void {
    if (viewMoved) this.lost.clear();
    const current = this.current;
    if (!current) return;
    const seen = this.watch.look();
    if (seen && 'changed' in seen) return this.lose();
    if (!seen && !viewMoved) return;
    if (seen && this.near) this.near = { x: this.near.x + seen.moved.dx, y: this.near.y + seen.moved.dy };
    if (!this.host.place(current, this.near)) return this.close();
    if (seen && this.pointerLed && this.pointer) {
      // The claim moved from under a resting pointer, and the card with it: what the pointer is over now decides,
      // as a move there would (it may be neither, and the card then closes as when the pointer leaves).
      this.pointer.target = undefined;
      this.checkSoon();
    }
  }

  /**
   * Closes a card whose claim's words were edited or removed: it must not go on explaining words the page no
   * longer says. A claim the rescan finds at the same place within RESCAN_GRACE_MS (the figure, edited) opens it
   * again (see follow), unless the reader moved on meanwhile: pointer, scroll, Escape.
   */
  private lose(): void {
    const [line, near, focus] = [this.watch.lastLine, this.near, this.host.hasFocus()];
    this.close();
    this.lost.remember(line, near, focus);
  }

  /** Opens the card for the claim found where the edited claim's card stood (see lose). */
  private findLost(): void {
    const index = this.deps.hitIndex();
    const found = index && this.lost.find((x, y) => claimAtPoint(this.deps.doc, index, x, y));
    if (found) this.open(found.claim, { near: found.near, focus: found.focus });
  }

  /** Cancels the open or close timer, or (`gone`) stops waiting for the card's claim to be found again. */
  private cancel(which: 'open' | 'close' | 'gone'): void {
    if (which === 'open') {
      this.openTimer?.cancel();
      this.openTimer = null;
      this.pending = null;
    } else if (which === 'close') {
      this.closeTimer?.cancel();
      this.closeTimer = null;
    } else {
      this.goneTimer?.cancel();
      this.goneTimer = null;
    }
  }

  private scheduleClose(): void {
    this.cancel('open');
    if (!this.current || this.closeTimer !== null) return;
    this.closeTimer = after(CLOSE_DELAY_MS, () => {
      this.closeTimer = null;
      this.close();
    });
  }

  /**
   * Opens the card for `claim`; with `focus` (keyboard), focus moves into it and returns on close. False, and no
   * card, when the claim is out of view (hidden, 0×0, off the page, scrolled away): a card must point at its claim.
   */
  open(
    claim: FoundClaim,
    options: { near?: { x: number; y: number } | null; focus?: boolean } = {},
  ): boolean {
    this.cancel('close');
    this.cancel('open');
    this.cancel('gone');
    this.lost.clear();
    this.current = claim;
    this.near = options.near ?? null;
    this.pointerLed = this.near !== null && !options.focus;
    if (!this.render()) return false;
    if (options.focus) {
      const active = this.deps.doc.activeElement;
      if (!this.host.hasFocus()) this.returnFocus = active;
      this.host.focus();
      this.focused = true;
    }
    this.prefetch(true);
    return true;
  }

  /** Fetches the corpus documents' metadata before a card needs it (see CardDocuments.prefetch). */
  prefetch(opening = false): void {
    this.documents.prefetch(opening);
  }

  /** Shows the card for the current claim; closes it, false, when it cannot be placed next to its claim. */
  private render(): boolean {
    const claim = this.current;
    if (!claim) return false;
    const shown = this.host.show({
      claim,
      documents: this.documents.value,
      near: this.near,
      pageDated: this.deps.pageDated(),
      onOpenFullView: () => this.deps.openFullView(claim.id),
      onClose: () => this.close(),
    });
    if (shown) this.watch.watch(claim.range);
    else this.close();
    return shown;
  }

  /** Closes the card, giving focus back where it was if the card had it. */
  close(): void {
    this.cancel('close');
    this.cancel('open');
    this.cancel('gone');
    this.lost.clear();
    if (!this.current) return;
    this.watch.stop();
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
   * RESCAN_GRACE_MS: a paragraph whose "1 minute ago" ticks is read again, and its claims are briefly gone. Its
   * claim's words edited or removed, it closes at once (see lose); a claim found in their place may have it back.
   */
  follow(claims: readonly FoundClaim[]): void {
    if (this.current && claimChanged(this.current.range, this.watch.text)) this.lose();
    const current = this.current;
    if (!current) return this.findLost();
    const now =
      claims.find((claim) => claim.id === current.id) ?? claims.find((claim) => successor(current, claim));
    if (!now) {
      this.goneTimer ??= after(RESCAN_GRACE_MS, () => {
        this.goneTimer = null;
        this.close();
      });
      return;
    }
    this.cancel('gone');
    if (now === current) return;
    this.current = now;
    this.render();
  }

  /** Removes the card and every timer. */
  destroy(): void {
    this.close();
    this.moveTimer?.cancel();
    this.moveTimer = null;
    this.host.destroy();
  }
}
