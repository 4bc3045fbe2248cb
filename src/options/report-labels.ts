/**
 * Names for the reports of one corpus disagreement. A report is named by its source; documents a user added in
 * one go often share an outlet ("Wire Service"), and "Wire Service: 10 … against Wire Service" says nothing of
 * which report is which, so sources named more than once are told apart by their documents' titles.
 */

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
 * One label per report, in order: its source, or "source (title)" where another report has the same source.
 * `titleOf` gives a document's title (undefined when unknown: the document id is used).
 */
export function reportLabels(
  reports: readonly { doc: string; source: string }[],
  titleOf: (doc: string) => string | undefined,
): string[] {
  const count = new Map<string, number>();
  for (const r of reports) count.set(r.source, (count.get(r.source) ?? 0) + 1);
  return reports.map((r) =>
    (count.get(r.source) ?? 0) > 1 ? `${r.source} (${short(titleOf(r.doc) ?? r.doc)})` : r.source,
  );
}
