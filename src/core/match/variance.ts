/**
 * Source variance for one claim: which corpus sources report the fact and how, which cover the topic without
 * stating it, a one-line summary for a person, and whether the reporting sources disagree among themselves.
 */
import { formatCount } from '../text/format-count';
import { boundedMemo } from '../text/bounded-memo';
import type { CorpusIndex } from '../corpus/model';
import { sourceLabel } from '../corpus/model';
import type { ClaimKind, ClaimValue, OtherTimeCount, ReportStatus, SourceReport, Variance } from '../types';
import { alignQuoteText, MIN_QUOTE_WORDS, quoteText, sameWords } from './compare-quotes';
import { compareQuantities } from './compare-values';
import { compareDates } from './compare-dates';
import type { Candidate } from './match-score';

/** True when two corpus values state the fact differently (a different figure or date, or other words). */
export function valuesDiffer(a: ClaimValue, b: ClaimValue): boolean {
  if (a.type === 'quantity' && b.type === 'quantity')
    return compareQuantities(a, b)?.relation === 'conflicts';
  if (a.type === 'date' && b.type === 'date') return compareDates(a, b)?.relation === 'conflicts';
  if (a.type === 'quote' && b.type === 'quote') {
    // A shorter excerpt of the same words is not a disagreement; different words are.
    const [x, y] = [splitQuote(a.text), splitQuote(b.text)];
    // The same words (outlets often quote the same stretch) align word for word: no table needed.
    if (x.words.length >= MIN_QUOTE_WORDS && sameWords(x.words, y.words)) return false;
    return !(alignQuoteText(x, y)?.verbatim || alignQuoteText(y, x)?.verbatim);
  }
  return false;
}

/** Quote texts split, kept per text: a claim's few matches are compared pair by pair, and claim after claim. */
const splitQuote = boundedMemo(1024, quoteText);

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const DIFFERENT: Record<ClaimKind, string> = {
  quantity: 'a different figure',
  date: 'a different date',
  quote: 'different wording',
};

/**
 * One line saying how the sources stand, each group once: "1 source agrees, 1 gives a different figure; 2 other
 * sources on the topic do not mention it". The groups are named by what they do, so that a reader never has to
 * work out whether "reports this" meant the page's figure or another one. `unconfirmed` sources gave the page's
 * figure or nearly matched without a confident match (see FindResult): when nothing matched, the line says they
 * may report it, since "none … reports it" or "no source covers this" would be false of a source that prints "126
 * people" killed in the very attack. Beside a match they are left out, as before.
 */
export function summarise(kind: ClaimKind, reports: SourceReport[], unconfirmed = 0): string {
  const silent = countOf(reports, SILENT);
  if (silent === reports.length && unconfirmed > 0) {
    const maybe = `${plural(unconfirmed, 'source', 'sources')} may report it, unconfirmed`;
    return silent === 0 ? maybe : `${maybe}; ${silentTail(silent)}`;
  }
  if (reports.length === 0) return 'No source in the corpus covers this';
  if (silent === reports.length)
    return reports.length === 1
      ? 'The one source covering this topic does not report it'
      : `None of ${plural(reports.length, 'source', 'sources')} covering this topic reports it`;
  const parts: string[] = [];
  for (const { statuses, one, many } of GROUPS[kind]) {
    const n = countOf(reports, statuses);
    if (n === 0) continue;
    const who = parts.length === 0 ? plural(n, 'source', 'sources') : formatCount(n);
    parts.push(`${who} ${n === 1 ? one : many}`);
  }
  const line = parts.join(', ');
  if (silent === 0) return line;
  return `${line}; ${silentTail(silent)}`;
}

/** The words for `silent` sources after those that report the fact: "2 other sources … do not mention it". */
function silentTail(silent: number): string {
  return `${plural(silent, 'other source', 'other sources')} on the topic ${silent === 1 ? 'does' : 'do'} not mention it`;
}

/** How many reports have one of `statuses`. */
function countOf(reports: readonly SourceReport[], statuses: readonly ReportStatus[]): number {
  let n = 0;
  for (const r of reports) if (statuses.includes(r.status)) n++;
  return n;
}

const SILENT: readonly ReportStatus[] = ['silent'];

/** A group of summarise's line: the statuses it counts, and its words for one source and for several. */
interface Group {
  statuses: readonly ReportStatus[];
  one: string;
  many: string;
}

/** summarise's groups in their order, for a kind of claim whose differing sources give `different`. */
function groupsFor(different: string): readonly Group[] {
  return [
    { statuses: ['agrees'], one: 'agrees', many: 'agree' },
    { statuses: ['conflicts', 'reworded'], one: `gives ${different}`, many: `give ${different}` },
    { statuses: ['vaguer'], one: 'is less precise', many: 'are less precise' },
    { statuses: ['more-precise'], one: 'is more precise', many: 'are more precise' },
    { statuses: ['earlier-count'], one: 'gave an earlier count', many: 'gave earlier counts' },
    { statuses: ['later-count'], one: 'gave a later count', many: 'gave later counts' },
  ];
}

/** The groups per kind, made once (summarise runs once per claim). */
const GROUPS: Record<ClaimKind, readonly Group[]> = {
  quantity: groupsFor(DIFFERENT.quantity),
  date: groupsFor(DIFFERENT.date),
  quote: groupsFor(DIFFERENT.quote),
};

/**
 * Builds the variance from a claim's matches (best per document), its counts of another time, the documents
 * that cover its topic and those that may report it unconfirmed (see summarise).
 */
export function buildVariance(
  index: CorpusIndex,
  kind: ClaimKind,
  candidates: Candidate[],
  covering: Map<number, number>,
  otherCounts: readonly OtherTimeCount[] = [],
  unconfirmed: ReadonlySet<number> = new Set(),
): Variance {
  const reports: SourceReport[] = [];
  const reported = new Set<string>();
  for (const c of candidates) {
    reports.push({
      doc: c.match.doc,
      source: c.match.source,
      status: c.match.relation,
      passage: c.match.passage,
    });
    reported.add(c.match.doc);
  }
  for (const c of otherCounts) {
    if (reported.has(c.doc)) continue;
    reports.push({
      doc: c.doc,
      source: c.source,
      status: c.when === 'earlier' ? 'earlier-count' : 'later-count',
      passage: c.passage,
    });
    reported.add(c.doc);
  }
  for (const docIndex of [...covering.keys()].sort((a, b) => a - b)) {
    const doc = index.documents[docIndex];
    if (!doc || reported.has(doc.id)) continue;
    reports.push({ doc: doc.id, source: sourceLabel(doc), status: 'silent' });
  }
  let corpusDisagrees = false;
  for (let i = 0; i < candidates.length && !corpusDisagrees; i++) {
    for (let j = i + 1; j < candidates.length && !corpusDisagrees; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (a && b && valuesDiffer(a.match.value, b.match.value)) corpusDisagrees = true;
    }
  }
  let maybe = 0;
  for (const docIndex of unconfirmed) {
    const doc = index.documents[docIndex];
    if (doc && !reported.has(doc.id)) maybe++;
  }
  return { reports, summary: summarise(kind, reports, maybe), corpusDisagrees };
}
