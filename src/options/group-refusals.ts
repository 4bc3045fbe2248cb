/**
 * The lines that say why documents were refused. Adding a folder's worth of files near a limit refuses
 * hundreds for one reason; a line per file buries the one line that differs, so files that share a reason
 * share a line. Documents read out of a Claim Lens export are spoken of as documents of that file: an export
 * picked again gave "2 files are already in the corpus" for the one file picked.
 */
import type { NewDocument } from '../shared/messages';
import { listSome } from './list-some';
import { formatCount } from '../core/text/format-count';

/** A document the page or the worker refused, and why ("is empty": the reason reads after the name). */
export interface Refusal {
  name: string;
  reason: string;
  /** The export (.json) the document was read out of; absent for a file or text of its own. */
  from?: string;
}

/** How many file names a grouped line shows before "and N more". */
const NAMES_SHOWN = 3;

/**
 * The reason said of several files. The reasons (src/core/corpus/decode.ts, checkNewDocument in
 * user-documents.ts) are written for one file, after its name; one that does not start with a verb we know
 * ('date "x" is not YYYY-MM-DD') is kept as it is, after "cannot be added:".
 */
function pluralReason(reason: string): string {
  const verb = /^(is|contains|cannot|could not) /.exec(reason)?.[1];
  if (verb === undefined) return `cannot be added: ${reason}`;
  const plural = verb === 'is' ? 'are' : verb === 'contains' ? 'contain' : verb;
  return `${plural}${reason.slice(verb.length)}`
    .replace('(contains ', '(contain ')
    .replace(/\bnot a text file\b/, 'not text files')
    .replace(/\bnot a text$/, 'not texts')
    .replace(/\bre-save it\b/, 're-save them');
}

/**
 * One line per reason (and export), in the order they first occur: "name: reason" when one file has it, else
 * "370 files cannot be added: … (a.txt, b.txt, c.txt and 367 more)". Documents of an export are counted against
 * the documents read out of it (`exportSizes`, by file name): "Both documents in backup.json are already in the
 * corpus", "3 of the 40 documents in backup.json are …", "riverton.txt (in backup.json): …".
 */
export function refusalLines(
  refusals: readonly Refusal[],
  exportSizes: ReadonlyMap<string, number> = new Map(),
): string[] {
  const groups = new Map<string, { reason: string; from: string | undefined; names: string[] }>();
  for (const { name, reason, from } of refusals) {
    const key = JSON.stringify([from ?? null, reason]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { reason, from, names: [name] });
    else group.names.push(name);
  }
  return [...groups.values()].map(({ reason, from, names }) => {
    if (from === undefined)
      return names.length === 1
        ? `${names[0]}: ${reason}`
        : `${formatCount(names.length)} files ${pluralReason(reason)} (${listSome(names, NAMES_SHOWN)})`;
    if (names.length === 1) return `${names[0]} (in ${from}): ${reason}`;
    const size = Math.max(exportSizes.get(from) ?? 0, names.length);
    if (names.length < size)
      return `${formatCount(names.length)} of the ${formatCount(size)} documents in ${from} ${pluralReason(reason)} (${listSome(names, NAMES_SHOWN)})`;
    return `${size === 2 ? 'Both' : `All ${formatCount(size)}`} documents in ${from} ${pluralReason(reason)}`;
  });
}

/**
 * The worker's refusals of one request, each with the export its document was read out of (`exportOf`). The
 * worker answers with names alone, in the order the documents were sent: each is the next sent document of that
 * name, so that two documents of one name, one from an export and one a file, are told apart.
 */
export function withSources(
  sent: readonly NewDocument[],
  rejected: readonly { name: string; reason: string }[],
  exportOf: (doc: NewDocument) => string | undefined,
): Refusal[] {
  let next = 0;
  return rejected.map(({ name, reason }) => {
    while (next < sent.length && sent[next]?.name !== name) next++;
    const doc = sent[next];
    if (doc !== undefined) next++;
    const from = doc === undefined ? undefined : exportOf(doc);
    return from === undefined ? { name, reason } : { name, reason, from };
  });
}
