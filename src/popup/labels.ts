/**
 * The words the popup and options page use for the engine's data: kinds, sources and dates. The words for
 * relations live in src/shared/relation-words.ts, shared with the hover card, so the two never disagree.
 */
import { formatCount } from '../core/text/format-count';
import type { ClaimKind } from '../core/types';

/**
 * Longest title or outlet the popup keeps for a page it adds, in characters: a headline is far shorter, and the
 * corpus takes up to USER_DOCUMENT_LIMITS.field.
 */
export const MAX_LABEL_CHARS = 300;

/** What a page added with neither a title nor an outlet is named in the corpus. */
export const UNTITLED_PAGE = 'untitled page';

/** Human names of the claim kinds. */
export const KIND_LABEL: Record<ClaimKind, string> = {
  quantity: 'Figure',
  date: 'Date',
  quote: 'Quote',
};

/** An ISO date as a reader writes it ("16 June 2016"), or "undated". Parsed as UTC so no time zone shifts it. */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return 'undated';
  return new Date(time).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "1 claim" / "9 claims" / "4,750 documents": a corpus of the user's reaches thousands. */
export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** Runs of white space as one space, trimmed: page text as a label shows it. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A label cut to MAX_LABEL_CHARS with an ellipsis. */
export function clipLabel(text: string): string {
  return text.length <= MAX_LABEL_CHARS ? text : `${text.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}
