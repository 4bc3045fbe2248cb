/**
 * The dates and figures of a sentence with where each stands: a page claim's, read once per claim, and a corpus
 * passage's dates, from the claims its index already holds. The time rules of rival counts (named-day.ts,
 * count-period.ts) read the dates, the counterpart rule (counterpart.ts) the page sentence's figures.
 */
import type { CorpusIndex } from '../corpus/model';
import type { DateValue } from '../types';
import { extractClaims } from '../extract-claims';
import type { FigureAt } from './figure-places';
import type { ClaimContext } from './subject';
import { perIndex } from './terms-cache';

/** A date of a sentence, and where it starts in the sentence. */
export interface DateAt {
  value: DateValue;
  start: number;
}

/** Reads the page claim's sentence once, against the page's date (or today), into `ctx.dates` and `ctx.figures`. */
function readPageSentence(ctx: ClaimContext): void {
  const dates: DateAt[] = [];
  const figures: FigureAt[] = [];
  for (const c of extractClaims(ctx.claim.sentence, ctx.published ? { referenceDate: ctx.published } : {})) {
    if (c.value.type === 'date') dates.push({ value: c.value, start: c.start });
    else if (c.value.type === 'quantity') figures.push({ value: c.value, start: c.start, end: c.end });
  }
  ctx.dates = dates;
  ctx.figures = figures;
}

/** The dates of a page claim's sentence, read against the page's date (or today), once per claim. */
export function pageSentenceDates(ctx: ClaimContext): readonly DateAt[] {
  if (!ctx.dates) readPageSentence(ctx);
  return ctx.dates ?? [];
}

/** The figures of a page claim's sentence (the claim's own among them), once per claim. */
export function pageSentenceFigures(ctx: ClaimContext): readonly FigureAt[] {
  if (!ctx.figures) readPageSentence(ctx);
  return ctx.figures ?? [];
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
