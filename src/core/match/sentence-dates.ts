/**
 * The dates of a sentence with where each stands: a page claim's, read once per claim, and a corpus passage's,
 * from the claims its index already holds. The time rules of rival counts (named-day.ts, count-period.ts) read
 * them.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { extractClaims } from '../extract-claims';
import type { ClaimContext } from './subject';
import { perIndex } from './terms-cache';

/** A date of a sentence, and where it starts in the sentence. */
export interface DateAt {
  value: DateValue;
  start: number;
}

/** The dates of a page claim's sentence, read against the page's date (or today), once per claim. */
export function pageSentenceDates(ctx: ClaimContext): readonly DateAt[] {
  if (!ctx.dates) {
    const dates: DateAt[] = [];
    for (const c of extractClaims(ctx.claim.sentence, ctx.published ? { referenceDate: ctx.published } : {}))
      if (c.value.type === 'date') dates.push({ value: c.value, start: c.start });
    ctx.dates = dates;
  }
  return ctx.dates;
}

/** The dates of a corpus passage, in order, kept per passage. */
export const passageDates = perIndex((index: CorpusIndex, passageIndex: number): readonly DateAt[] => {
  const dates: DateAt[] = [];
  for (const c of index.passages[passageIndex]?.claims ?? []) {
    const claim = index.claims[c];
    if (claim?.value.type === 'date') dates.push({ value: claim.value, start: claim.start });
  }
  return dates;
});
