/**
 * The day each claim of a text was written on. A dateline ("Published April 8 2017", "… AFP Wednesday 29 Oct 2014
 * Syrian aircraft …") starts a report of its day, so the claims after it are read as published then, whatever day
 * the text as a whole was given: a corpus's recorded date may be weeks off, and a reader's today says nothing.
 * extractClaims counts the relative dates after a dateline from its day; this tells the matcher the same.
 */
import { datelineReference } from './extract/datelines';
import type { DateValue } from './types';

/** The day a claim was written on, and whether it is a day the text gives (true) or a reader's today (false). */
export interface WrittenDay {
  day: string;
  published: boolean;
}

/**
 * The datelines of one text, fed by extractClaims' `onDateline`, in text order. One instance may read text after
 * text (see `reset`): a page sends thousands of blocks, and few have a dateline.
 */
export class DatelineDays {
  private readonly starts: number[] = [];
  private readonly days: string[] = [];
  private readonly given: WrittenDay;

  /** `day` is what the text was given (see WrittenDay); it holds up to the first dateline. */
  constructor(day: string, published: boolean) {
    this.given = { day, published };
  }

  /** Forgets the datelines read, for the next text given the same day. */
  reset(): void {
    this.starts.length = 0;
    this.days.length = 0;
  }

  /** For extractClaims' `onDateline`. A dateline of a day after today dates nothing (see datelineReference). */
  readonly onDateline = (value: DateValue, start: number): void => {
    const day = datelineReference(value);
    if (day === null) return;
    this.starts.push(start);
    this.days.push(day);
  };

  /**
   * The day a claim starting at `start` was written on: the last dateline's before it, else the given day. A binary
   * search: a hostile text may hold as many datelines as claims.
   */
  at(start: number): WrittenDay {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] ?? Infinity) < start) low = mid + 1;
      else high = mid;
    }
    const day = this.days[low - 1];
    return day === undefined ? this.given : { day, published: true };
  }

  /** The day of the text's last dateline, if it has one: what a text going on after it was written on. */
  last(): string | undefined {
    return this.days[this.days.length - 1];
  }
}
