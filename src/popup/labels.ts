/**
 * The words the popup and options page use for the engine's data: kinds, relations, sources and dates.
 * Kept in one place so the list badge, the source rows and the summary line never describe the same thing
 * in two ways.
 */
import type { ClaimKind, DocumentInfo, Relation } from '../core/types';

/** A source's status as shown: a relation to the page, or silent on this fact. */
export type SourceStatus = Relation | 'silent';

/** Human names of the claim kinds. */
export const KIND_LABEL: Record<ClaimKind, string> = {
  quantity: 'Figure',
  date: 'Date',
  quote: 'Quote',
};

/** Short badge text per relation, read from the source's point of view against the page. */
export const RELATION_LABEL: Record<SourceStatus, string> = {
  agrees: 'Agrees',
  conflicts: 'Differs',
  vaguer: 'Less precise',
  'more-precise': 'More precise',
  reworded: 'Reworded',
  silent: 'Silent',
};

/** A sentence per relation for the expanded row, where a badge alone is too terse for a screen reader. */
export const RELATION_SENTENCE: Record<SourceStatus, string> = {
  agrees: 'states the same fact',
  conflicts: 'gives a different value',
  vaguer: 'says it less precisely',
  'more-precise': 'says it more precisely',
  reworded: 'quotes it in other words',
  silent: 'covers the topic but not this fact',
};

/** The outlet of a document, or a plain admission that it is unknown (never invented). */
export function outletOf(doc: DocumentInfo | undefined, fallback: string): string {
  if (doc) return doc.outlet ?? 'unknown outlet';
  return fallback;
}

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

/** "1 claim" / "9 claims". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
