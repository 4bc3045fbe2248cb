/**
 * What the worker said, or is about to say, about each text the scanner sent: answers are kept by text, so a
 * rescan after a change only sends what changed, and a text already on its way is waited for, not sent twice.
 */
import type { ScannedClaim } from '../core/types';

const CACHE_LIMIT = 5_000;

/** A text on its way to the worker: who waits for its answer, and the request that carries it. */
export interface Asked<W> {
  epoch: number;
  waiting: W[];
  request: Promise<void>;
}

/** The worker's answers per text for one reference date and corpus, and the texts still being asked. */
export class WorkerAnswers<W> {
  /**
   * Keyed by the text itself: a key joined with the date would copy every candidate text of the page once
   * more. A page's reference date rarely changes; when it does, the answers go.
   */
  private readonly answers = new Map<string, ScannedClaim[]>();
  private date = '';
  /**
   * Bumped whenever the answers go (a new reference date, a changed corpus): an answer to a request sent
   * before then is not kept when it arrives, and no window joins such a request.
   */
  private epoch = 0;
  private readonly asking = new Map<string, Asked<W>>();

  /** The current epoch for answers read against `referenceDate`; a new date forgets the old answers. */
  epochFor(referenceDate: string): number {
    if (referenceDate !== this.date) {
      this.forget();
      this.date = referenceDate;
    }
    return this.epoch;
  }

  /** Forgets every answer, and stops new windows from joining requests already out. */
  forget(): void {
    this.epoch++;
    this.answers.clear();
    this.asking.clear();
  }

  /** The kept answer for `text`, if any. */
  answer(text: string): ScannedClaim[] | undefined {
    return this.answers.get(text);
  }

  /** The request already carrying `text` in `epoch`, if any. */
  asked(text: string, epoch: number): Asked<W> | undefined {
    const asked = this.asking.get(text);
    return asked?.epoch === epoch ? asked : undefined;
  }

  /** Records that `request` carries `text` for `waiting`. */
  ask(text: string, asked: Asked<W>): void {
    this.asking.set(text, asked);
  }

  /**
   * Records the answers of a request sent in `epoch` (kept only if the answers did not go since; the oldest go
   * first past the limit) and ends its waits. Only the request's own waits: after the answers went, a newer
   * request may wait for the same text.
   */
  settle(
    batch: ReadonlyMap<string, W[]>,
    answered: ReadonlyMap<string, ScannedClaim[]>,
    epoch: number,
  ): void {
    if (epoch === this.epoch)
      for (const [text, answer] of answered) {
        if (this.answers.size >= CACHE_LIMIT) {
          const oldest = this.answers.keys().next();
          if (!oldest.done) this.answers.delete(oldest.value);
        }
        this.answers.set(text, answer);
      }
    for (const [text, waiting] of batch)
      if (this.asking.get(text)?.waiting === waiting) this.asking.delete(text);
  }
}
