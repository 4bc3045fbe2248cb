/**
 * Word-level differences between two wordings of one quote, computed only when a reader expands a claim
 * (never at first render) so the popup opens fast.
 */
import { mergeSame, sameMarks, wordParts } from '../core/match/diff-parts';
import type { DiffPart, SourceMatch } from '../core/types';

/**
 * The quote marks and stops around a quotation's words: one outlet prints “…,” where another prints "…." or
 * none, and an outlet that cuts a quote short ends it on a comma. None of that is wording.
 */
const EDGES = /^[\s"“”„‘’'«».,;:!?…-]+|[\s"“”„‘’'«».,;:!?…-]+$/g;

/**
 * Diff from `from` to `to`: `added` parts are only in `to`, `removed` parts only in `from`. Case, how apostrophes
 * and quotation marks are set (see sameMarks), how a number's thousands are grouped (see sameFigure), and the marks
 * and stops around each wording (see EDGES) are ignored.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  return mergeSame(
    wordParts(from.replace(EDGES, ''), to.replace(EDGES, '')),
    (a, b) => sameMarks(a, b) || sameFigure(a, b),
  );
}

/** A whole number written with or without its thousands grouped ("280,000", "280000", "280.000"). */
const WHOLE_NUMBER = /^(?:\d{1,3}(?:[,.]\d{3})+|\d+)$/;

/**
 * True when two stretches are one whole number grouped differently: "280000" in one outlet's text is the
 * "280,000" of another's, which a strike-through would show as a different figure.
 */
export function sameFigure(a: string, b: string): boolean {
  const digits = (text: string) => text.replace(/\D/g, '');
  return a !== b && WHOLE_NUMBER.test(a) && WHOLE_NUMBER.test(b) && digits(a) === digits(b);
}

/** The words a source uses for a quote: its quote value, else the emphasised span of its passage. */
export function quoteWording(match: SourceMatch): string {
  if (match.value.type === 'quote') return match.value.text;
  return match.passage.slice(match.spanStart, match.spanEnd);
}

/** True when a diff has any insertion or deletion (identical wording needs no diff shown). */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.added === true || part.removed === true);
}
