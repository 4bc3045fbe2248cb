/**
 * Names for the reports of one corpus disagreement. A report is named by its source; documents a user added in
 * one go often share an outlet ("Wire Service"), and "Wire Service: 10 … against Wire Service" says nothing of
 * which report is which, so sources named more than once are told apart by their documents' titles.
 */

import type { DocumentInfo } from '../core/types';
import { outletOf, UNKNOWN_OUTLET } from '../shared/source-name';

/** Longest title shown beside a source, in characters: enough to tell two articles apart. */
const TITLE_CHARS = 60;

/** The title, cut at a word end within TITLE_CHARS when longer. */
function short(title: string): string {
  if (title.length <= TITLE_CHARS) return title;
  const cut = title.slice(0, TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * One label per report, in order: its outlet, or "outlet (title)" where another report has the same outlet, and
 * "unknown outlet (title)" for a document no outlet is known of, as the popup and the card name it (its title
 * alone, followed by the report, read as the report's headline). `documentOf` gives a document's metadata
 * (undefined when unknown: the report's own source label and the document id are used).
 */
export function reportLabels(
  reports: readonly { doc: string; source: string }[],
  documentOf: (doc: string) => Pick<DocumentInfo, 'outlet' | 'title'> | undefined,
): string[] {
  const names = reports.map((r) => outletOf(documentOf(r.doc), r.source));
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  return reports.map((r, i) => {
    const name = names[i] ?? r.source;
    const told = name === UNKNOWN_OUTLET || (count.get(name) ?? 0) > 1;
    return told ? `${name} (${short(documentOf(r.doc)?.title ?? r.doc)})` : name;
  });
}
