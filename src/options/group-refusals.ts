/**
 * The lines that say why documents were refused. Adding a folder's worth of files near a limit refuses
 * hundreds for one reason; a line per file buries the one line that differs, so files that share a reason
 * share a line.
 */
import { listSome } from './list-some';

/** A document the page or the worker refused, and why ("is empty": the reason reads after the name). */
export interface Refusal {
  name: string;
  reason: string;
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
 * One line per reason, in the order reasons first occur: "name: reason" when one file has it, else
 * "370 files cannot be added: … (a.txt, b.txt, c.txt and 367 more)".
 */
export function refusalLines(refusals: readonly Refusal[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const { name, reason } of refusals) {
    const names = byReason.get(reason);
    if (names === undefined) byReason.set(reason, [name]);
    else names.push(name);
  }
  return [...byReason].map(([reason, names]) =>
    names.length === 1
      ? `${names[0]}: ${reason}`
      : `${names.length} files ${pluralReason(reason)} (${listSome(names, NAMES_SHOWN)})`,
  );
}
