/**
 * Who says what, over the reports of one corpus disagreement: "2 sources: hundreds · 1 source: dozens". With three
 * reports or more, a reader otherwise counts down the list to see whether one source stands alone against the rest.
 */
import type { ClaimKind } from '../core/types';
import { cutText } from '../shared/cut-text';
import { plural } from '../popup/labels';

/** Reports below which the list itself shows who says what at a glance. */
export const TALLY_FROM = 3;

/** Wordings named in the line; past them, the others are counted, so the line stays one line. */
const WORDINGS_SHOWN = 4;

/** Longest wording shown, in characters: a figure or date is far shorter, and bad input must not make a wall. */
const WORDING_CHARS = 40;

/** One wording of the value and how many reports give it. */
export interface TallyEntry {
  /** The wording as the first report giving it has it ("At least 43"). */
  value: string;
  count: number;
}

/** Runs of white space as one space, trimmed, lower-case: "At least  43" and "at least 43" are one wording. */
function wordingKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The wordings the reports give, each with how many reports give it, most given first (in report order among
 * equals). Empty for fewer than TALLY_FROM reports, and for quotes: a quotation's wordings differ deep inside a
 * sentence, which the list's word-by-word comparison shows and a one-line tally cannot.
 */
export function reportTally(reports: readonly { text: string }[], kind: ClaimKind): TallyEntry[] {
  if (kind === 'quote' || reports.length < TALLY_FROM) return [];
  const byKey = new Map<string, TallyEntry>();
  for (const r of reports) {
    const key = wordingKey(r.text);
    if (key === '') continue;
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { value: r.text.replace(/\s+/g, ' ').trim(), count: 1 });
  }
  // Stable sort: equal counts keep report order.
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

/** The wording as the line shows it, cut with an ellipsis past WORDING_CHARS. */
function shown(value: string): string {
  return value.length <= WORDING_CHARS ? value : `${cutText(value, WORDING_CHARS - 1).trimEnd()}…`;
}

/** "2 sources: hundreds · 1 source: dozens", the wordings past WORDINGS_SHOWN counted ("· 3 other wordings"). */
export function tallyLine(entries: readonly TallyEntry[]): string {
  const named = entries
    .slice(0, WORDINGS_SHOWN)
    .map((e) => `${plural(e.count, 'source', 'sources')}: ${shown(e.value)}`);
  const others = entries.length - WORDINGS_SHOWN;
  if (others > 0) named.push(plural(others, 'other wording', 'other wordings'));
  return named.join(' · ');
}
