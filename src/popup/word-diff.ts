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
 * and quotation marks are set (see sameMarks), and the marks and stops around each wording (see EDGES) are ignored.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  return mergeSame(wordParts(from.replace(EDGES, ''), to.replace(EDGES, '')), sameMarks);
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
