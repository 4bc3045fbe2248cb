/**
 * Word-level differences between two wordings of one quote, computed only when a reader expands a claim
 * (never at first render) so the popup opens fast.
 */
import { diffWords } from 'diff';
import type { DiffPart, SourceMatch } from '../core/types';

/** Diff from `from` to `to`: `added` parts are only in `to`, `removed` parts only in `from`. Case is ignored. */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to, { ignoreCase: true }).map((part) => {
    const out: DiffPart = { value: part.value };
    if (part.added) out.added = true;
    if (part.removed) out.removed = true;
    return out;
  });
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
