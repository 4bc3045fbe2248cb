/**
 * The heading of a corpus disagreement: what fact the sources disagree on, in the words of the first report
 * with the values the sources give, so that a reader of the list sees "More than four million or 4.8 million
 * Syrians have fled the civil war" rather than a list of terms.
 */
import type { ClaimKind } from '../types';
import { terms } from '../text/terms';
import { trimCutStops } from './quote-diff';
import { isSmallWord, phraseClosing, phraseOpening, withoutOpenEnd } from './phrase-edges';

/** One report of the fact: where it is in which passage, and what it is about. */
export interface TopicReport {
  /** The passage's text. */
  passage: string;
  start: number;
  end: number;
  kind: ClaimKind;
  subject: readonly string[];
  speaker?: string;
}

/** Quotation marks of any typography; single marks only at a word's edge, so that apostrophes survive. */
const QUOTE_MARKS = /["“”„‟«»‹›]|(?<![\p{L}\p{N}])['‘’‚‛]|['‘’‚‛](?![\p{L}\p{N}])/gu;

/** Where a clause ends: its words say what the figure counts or what the date dates only up to here. */
const CLAUSE_BREAK = /[,;:()[\]{}—–"“”«»]|\s-\s|[.!?](?=\s|$)/g;

/**
 * Naming words before the value at most: a heading starts at the clause's start, or nearer the value where a noun
 * phrase starts ("Staffan de Mistura last week announced | a three-week pause"), or at the value itself.
 */
const NAMING_BEFORE = 4;
/** Naming words on both sides together: a value that opens its clause takes them all from after it. */
const NAMING = 5;
const MIN_NAMING_AFTER = 2;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** A bracketed aside: "(460 square miles)", "[SARC]", "(TRT World and Agencies)". */
const ASIDE = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * `passage` with its asides blanked, bar one holding the value between `at` and `to`: "Red Crescent [SARC]
 * volunteers" is one phrase, which the brackets split as clause breaks. Blanks keep every offset.
 */
function withoutAsides(passage: string, at: number, to: number): string {
  return passage.replace(ASIDE, (aside, offset: number) =>
    offset < to && offset + aside.length > at ? aside : ' '.repeat(aside.length),
  );
}

/** The clause's words that name what the value between `at` and `to` is about, before and after it. */
function clauseAround(text: string, at: number, to: number): { before: string[]; after: string[] } {
  const passage = withoutAsides(text, at, to);
  let from = 0;
  let until = passage.length;
  for (const m of passage.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= to) {
      until = m.index;
      break;
    }
  }
  const before = phraseOpening(words(passage.slice(from, at)), NAMING_BEFORE);
  const named = before.filter((word) => !isSmallWord(word)).length;
  const after = phraseClosing(words(passage.slice(to, until)), Math.max(MIN_NAMING_AFTER, NAMING - named));
  return { before, after };
}

/** Words of a quote a heading gives. */
const QUOTE_WORDS = 8;

/** A quote's first words, with its speaker: the quote is the fact. */
function quoteTopic(first: TopicReport): string {
  // The span may carry its own marks, nested quotes or marks of another typography ("„…“", "«…»"); the topic
  // adds one pair, so every mark inside goes (apostrophes within words stay: "Syria’s").
  const quoted = words(trimCutStops(first.passage.slice(first.start, first.end).replace(QUOTE_MARKS, '')));
  // An ellipsis only where words were left out, and not after "and into": the quote read as cut mid-phrase.
  const shown = quoted.length > QUOTE_WORDS ? withoutOpenEnd(quoted.slice(0, QUOTE_WORDS)) : quoted;
  const cut = shown.length < quoted.length ? '…' : '';
  return `${first.speaker ? `${first.speaker}: ` : ''}“${shown.join(' ')}${cut}”`;
}

/** Words of the first passage whose terms at least two reports' subjects share, in passage order. */
function sharedTerms(reports: readonly TopicReport[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) for (const t of new Set(r.subject)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, c]) => c >= 2).map(([t]) => t));
  const out: string[] = [];
  const used = new Set<string>();
  for (const w of reports[0]?.passage.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
    const t = terms(w)[0];
    if (t && shared.has(t) && !used.has(t)) {
      used.add(t);
      out.push(w.toLowerCase());
    }
  }
  return out.slice(0, 6).join(' ');
}

/** Values a heading names in its sentence ("dozens or hundreds of lives"); more are counted after it. */
const MAX_VALUES_SAID = 3;

/** A value's first word that keeps its capital in mid-sentence: a month or a weekday ("June 23", "Monday"). */
const KEEPS_CAPITAL = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * What the reports say the value is, each wording once ("dozens", "hundreds"), in report order. A wording that
 * opened its own sentence or headline ("More than 100", "Some 120") reads mid-sentence in the heading, so loses
 * its capital, unless it opens the heading (`opens`).
 */
function valuesSaid(reports: readonly TopicReport[], opens: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of reports) {
    const text = r.passage.slice(r.start, r.end).replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    const capitalOnly = /^\p{Lu}\p{Ll}*\b/u.test(text) && !KEEPS_CAPITAL.test(text);
    const first = opens && out.length === 0;
    out.push(capitalOnly && !first ? text.charAt(0).toLowerCase() + text.slice(1) : text);
  }
  return out;
}

/** "a", "a or b", "a, b or c". */
function orList(values: readonly string[]): string {
  return values.length < 2
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

/**
 * The topic of a disagreement. For a figure or date: the phrase around the first report's value, with the
 * values the reports give in its place ("Raging battle has claimed dozens or hundreds of lives in the past few
 * days"), starting and ending where phrases do (see phrase-edges.ts: "A three-week or two-week pause in the Geneva
 * talks", not "… pause in the Geneva"). An ellipsis in the value's place read as a word cut out, at the very place
 * the sources differ. Past MAX_VALUES_SAID wordings, the first
 * report's stands and the others are counted ("… at 470000 people (and 7 other figures)"); the reports below
 * give each. A value alone in its clause falls back to the terms the reports share.
 */
export function disagreementTopic(reports: readonly TopicReport[]): string {
  const first = reports[0];
  if (!first) return '';
  if (first.kind === 'quote') return quoteTopic(first);
  const { before, after } = clauseAround(first.passage, first.start, first.end);
  if (![...before, ...after].some((w) => !isSmallWord(w)))
    return sharedTerms(reports) || first.passage.slice(first.start, first.end);
  const values = valuesSaid(reports, before.length === 0);
  const many = values.length > MAX_VALUES_SAID;
  const said = [...before, orList(many ? values.slice(0, 1) : values), ...after].join(' ');
  // A heading, not a fragment of a sentence: it starts as one does.
  const clause = said.charAt(0).toUpperCase() + said.slice(1);
  if (!many) return clause;
  const others = values.length - 1;
  return `${clause} (and ${others} other ${first.kind === 'date' ? 'dates' : 'figures'})`;
}
