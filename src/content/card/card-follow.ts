/**
 * Keeping the open card true to its claim while the page changes around it. Scroll and resize events say nothing
 * of a live blog's post or a late ad put in above the claim: the card stayed where it was and came to cover its
 * claim. And a rescan is slow to say that the claim's words changed: a paragraph removed collapses the claim's
 * live range into its parent, which stays on the page, and the card kept reading "More than 280,000" for seconds
 * after the page said 250,000. So while a card is open, and only then, its claim is looked at once a frame: its
 * words, and where the browser draws them.
 */
import type { FoundClaim } from '../found-claim';
import type { Box } from './claim-in-view';

/** What a look at the claim found: its words changed or left, its lines moved, or nothing (null). */
export type ClaimChange = { changed: true } | { moved: { dx: number; dy: number } } | null;

/** The range's lines, as plain boxes. */
function linesOf(range: Range): Box[] {
  return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
}

/** True when two lists of lines are the same boxes, to a tenth of a pixel (subpixel layout jitters no further). */
function sameLines(a: readonly Box[], b: readonly Box[]): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) < 0.1;
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        near(r.left, b[i]!.left) &&
        near(r.top, b[i]!.top) &&
        near(r.right, b[i]!.right) &&
        near(r.bottom, b[i]!.bottom),
    )
  );
}

/**
 * True when `range` no longer reads `text`: collapsed (its words removed, or its text node's data replaced, which
 * puts both ends at one point) or reading other words (a figure edited in place).
 */
export function claimChanged(range: Range, text: string): boolean {
  return range.collapsed || !range.startContainer.isConnected || range.toString() !== text;
}

/** True when `next` is `claim` found again: the same words, at the same place in the same block. */
export function successor(claim: FoundClaim, next: FoundClaim): boolean {
  if (claim.claim.kind !== next.claim.kind || claim.claim.text !== next.claim.text) return false;
  const [a, b] = [claim.range, next.range];
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset;
}

/**
 * Watches one claim's range from frame to frame while its card is open, calling `onFrame` at each. Nothing runs
 * while it watches nothing: a page with no card open pays nothing for this.
 */
export class ClaimWatch {
  private range: Range | null = null;
  private words = '';
  private lines: Box[] = [];
  private frame: number | null = null;

  constructor(
    private readonly view: Window | null,
    private readonly onFrame: () => void,
  ) {}

  /** The claim's words as they read when the watch began. */
  get text(): string {
    return this.words;
  }

  /** The claim's first line where it was last seen drawn, or null when it had none. */
  get lastLine(): Box | null {
    return this.lines[0] ?? null;
  }

  /**
   * Starts watching `range` as it reads and is drawn now. The range it watches already (its card drawn again, the
   * outlets come) keeps the words it read at first: edited meanwhile, it is still found changed.
   */
  watch(range: Range): void {
    if (this.range !== range) this.words = range.toString();
    this.range = range;
    this.lines = linesOf(range);
    this.schedule();
  }

  /** Stops watching; no frame is asked for until the next watch. */
  stop(): void {
    this.range = null;
    if (this.frame !== null) this.view?.cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  /** What changed since the last look (the watch's start, or the previous frame). */
  look(): ClaimChange {
    const range = this.range;
    if (!range) return null;
    if (claimChanged(range, this.words)) return { changed: true };
    const lines = linesOf(range);
    if (sameLines(lines, this.lines)) return null;
    const [before, after] = [this.lines[0], lines[0]];
    this.lines = lines;
    // A claim that lost its box (hidden) moved nowhere: the card's placement finds it out of view.
    return {
      moved:
        before && after ? { dx: after.left - before.left, dy: after.top - before.top } : { dx: 0, dy: 0 },
    };
  }

  private schedule(): void {
    const view = this.view;
    if (this.frame !== null || !view || typeof view.requestAnimationFrame !== 'function') return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = null;
      if (!this.range) return;
      // Asked before the look, so that a look that stops the watch (the card closed) cancels it.
      this.schedule();
      this.onFrame();
    });
  }
}

/**
 * Where a card whose claim's words were edited stood (the middle of the claim's first line), for RESCAN_GRACE_MS:
 * the claim the rescan finds there (the figure, edited) may have the card back, with its pointer line and focus.
 */
export class LostPlace<Near> {
  private place: { x: number; y: number; near: Near; focus: boolean; until: number } | null = null;

  constructor(private readonly graceMs: number) {}

  /** Remembers the card's place, unless its claim was not drawn. */
  remember(line: Box | null, near: Near, focus: boolean): void {
    if (!line) return;
    const [x, y] = [(line.left + line.right) / 2, (line.top + line.bottom) / 2];
    this.place = { x, y, near, focus, until: performance.now() + this.graceMs };
  }

  /** Forgets it: the reader moved on, or a card opened. */
  clear(): void {
    this.place = null;
  }

  /** The claim `at` finds at the place, with how its card was opened; null when none, or the grace is over. */
  find(
    at: (x: number, y: number) => FoundClaim | null,
  ): { claim: FoundClaim; near: Near; focus: boolean } | null {
    const place = this.place;
    if (!place) return null;
    if (performance.now() > place.until) {
      this.place = null;
      return null;
    }
    const claim = at(place.x, place.y);
    return claim ? { claim, near: place.near, focus: place.focus } : null;
  }
}
