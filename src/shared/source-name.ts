/**
 * How a reader sees a source named, in the hover card and the popup alike: its outlet, or a plain admission
 * that the outlet is unknown. The engine's own label falls back on the title (`sourceLabel`), which read as an
 * outlet in the card while the popup said "unknown outlet" for the same document.
 */
import type { DocumentInfo } from '../core/types';

/** What stands in for an outlet no document metadata names (never an invented one). */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** The outlet of a document, or UNKNOWN_OUTLET; `fallback` (the match's source label) when the document is not known. */
export function outletOf(doc: Pick<DocumentInfo, 'outlet'> | undefined, fallback: string): string {
  if (doc) return doc.outlet ?? UNKNOWN_OUTLET;
  return fallback;
}
