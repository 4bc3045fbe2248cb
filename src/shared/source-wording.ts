/** A source's own words for a fact, shared by the card (page side) and the popup (extension side). */
import type { SourceMatch } from '../core/types';

/**
 * The words the source itself uses for the fact (the emphasised span of its passage), whitespace collapsed;
 * null when the span's offsets do not fit the passage. The source's own words are shown rather than a
 * value re-printed from the engine's reading of them, which loses qualifiers ("more than") and, for a date,
 * shows a year the document may never have written.
 */
export function sourceWording(match: SourceMatch): string | null {
  const { passage, spanStart, spanEnd } = match;
  const fits =
    Number.isInteger(spanStart) && Number.isInteger(spanEnd) && spanStart >= 0 && spanEnd <= passage.length;
  if (!fits || spanEnd <= spanStart) return null;
  const words = passage.slice(spanStart, spanEnd).replace(/\s+/g, ' ').trim();
  return words === '' ? null : words;
}
