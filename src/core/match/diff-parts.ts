/**
 * Word diffs as the card and the popup show them: jsdiff's parts, with a word removed and the same word added in
 * another form taken back out of the changes. Kept apart from quote-diff.ts so the popup can diff two wordings
 * without loading the quote comparer.
 */
import { diffWords } from 'diff';
import type { DiffPart } from '../types';

/** jsdiff's word diff from `from` to `to`, ignoring case, as DiffParts. */
export function wordParts(from: string, to: string): DiffPart[] {
  return diffWords(from, to, { ignoreCase: true }).map((part) => {
    const out: DiffPart = { value: part.value };
    if (part.added) out.added = true;
    if (part.removed) out.removed = true;
    return out;
  });
}

/**
 * `parts` with every removed part followed by an added one that `same` says is the same words made one unchanged
 * part, in the added side's form (jsdiff gives the newer text for words in common). Changes `parts` in place.
 */
export function mergeSame(parts: DiffPart[], same: (removed: string, added: string) => boolean): DiffPart[] {
  for (let i = 0; i + 1 < parts.length; i++) {
    const removed = parts[i];
    const added = parts[i + 1];
    if (removed?.removed && added?.added && same(removed.value, added.value)) {
      parts.splice(i, 2, { value: added.value });
    }
  }
  return parts;
}

/**
 * Apostrophes and quotation marks as a keyboard types them: ’ ‘ ‛ ′ ʼ are ', “ ” „ ‟ ″ « » are ". What the popup
 * groups repeated claims by too (normalisedWording).
 */
export function typedMarks(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201b\u2032\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"');
}

/** True when two stretches differ only in how their apostrophes and quotation marks are set ("'", "’"). */
export function sameMarks(a: string, b: string): boolean {
  return a !== b && typedMarks(a) === typedMarks(b);
}
