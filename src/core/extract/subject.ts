import { OUTCOME_TERMS } from '../text/outcomes';
import { canonicalOf } from '../text/synonym-index';
import { EVENT_TERMS, type TermBuffer } from '../text/terms';
import { countedNamedBefore, countsNounBefore, isHearsay, qualifiesNext } from './counted-head';
import { breaksCount, breaksPhrase, prepositionBetween } from './phrase-breaks';
import { afterLimit, before, BEFORE_REACH, firstAtOrAfter, termsBefore } from './term-window';

/** Most terms of a figure's or date's subject. */
const MAX_SUBJECT = 8;
/** Terms of the phrase after a figure kept as what it counts ("besieged areas", "people killed"). */
const MAX_COUNTED = 2;

/** The term every word for being displaced folds into ("fled", "refugees", "forced from their homes"). */
const DISPLACED = 'displac';

/** "… 11 million from their homes", "… 5,000 people from their homes", right after a figure. */
const FROM_HOMES = /[ \t]+(?:\p{L}+[ \t]+)?from[ \t]+(?:their|his|her)[ \t]+homes?\b/iuy;

/** "of " right before a figure: it is a whole ("a population of 23 million"). */
const OF_BEFORE = /\bof\s+$/i;

function pushUnique(out: string[], term: string): void {
  if (out.length < MAX_SUBJECT && !out.includes(term)) out.push(term);
}

function hasEvent(terms: readonly string[]): boolean {
  for (const t of terms) if (EVENT_TERMS.has(t)) return true;
  return false;
}

function isEvent(b: TermBuffer, k: number): boolean {
  return b.number[k] === 0 && EVENT_TERMS.has(b.term[k] ?? '');
}

/**
 * What a figure counts and what happened to it: the noun phrase after the figure ("people",
 * "Syrians living in besieged areas"), the nearest event term of the clause when the phrase has
 * none ("30 people, five of them children, were killed" → kill; "displaced millions" → displac),
 * then the words just before it ("Syria's war has killed"). `b` holds the sentence's terms. The first
 * terms of the noun phrase, and an outcome verb right before the figure, are also put in `counted`, when
 * given. `part` is isPartOfGroup's answer for the figure, for a caller that has already asked it.
 */
export function quantitySubject(
  text: string,
  b: TermBuffer,
  start: number,
  end: number,
  counted?: string[],
  part = isPartOfGroup(text, start, end),
): string[] {
  const out: string[] = [];
  const first = firstAtOrAfter(b, end);
  const limit = afterLimit(b, first, end);
  let prevEnd = end;
  let k = first;
  for (; k < limit && out.length < 4; k++) {
    if (b.number[k] === 1 || breaksPhrase(text, prevEnd, b.start[k] ?? 0, out.length > 0)) break;
    pushUnique(out, b.term[k] ?? '');
    prevEnd = b.end[k] ?? 0;
  }
  // What is counted is named right after the figure: a joining word before the first term ("displaced
  // millions since it started") means nothing is.
  if (counted) {
    let countedEnd = end;
    for (let j = first; j < limit && counted.length < MAX_COUNTED; j++) {
      if (b.number[j] === 1 || breaksCount(text, countedEnd, b.start[j] ?? 0, b.end[j] ?? 0)) break;
      const term = b.term[j] ?? '';
      // A headline's "kill 10 civilians injure 16": an outcome verb right before the next figure is that
      // figure's, and the 10 counts no wounded (see verbOfNextFigure).
      if (j > first && verbOfNextFigure(text, b, j)) break;
      // "the four-town evacuation deal" counts towns: the noun a hyphen joins to the figure is what it counts,
      // though it qualifies the nouns after it.
      const joined = j === first && (b.start[j] ?? 0) === end + 1 && text.charCodeAt(end) === 45;
      if (!counted.includes(term) && (joined || !qualifiesNext(text, b, j, limit)) && !isHearsay(b, j))
        counted.push(term);
      if (joined) break;
      countedEnd = b.end[j] ?? 0;
    }
  }
  const nBefore = termsBefore(b, start, 6, text);
  // An outcome verb right before the figure says what happened to what it counts ("has killed more than
  // 280,000", "displaced millions"): in "killed 280,000 people and displaced millions" each figure has its own.
  if (counted && nBefore > 0) {
    const j = before[0] ?? 0;
    const term = b.term[j] ?? '';
    // Not the figure before's verb in a headline without commas: "10 Civilians killed 40 injured".
    const others = first > 0 && outcomeRightAfter(text, b, first - 1) && figureJustBefore(b, j);
    if (
      OUTCOME_TERMS.has(term) &&
      !others &&
      !breaksPhrase(text, b.end[j] ?? 0, start, true) &&
      !prepositionBetween(text, b.end[j] ?? 0, start) &&
      !counted.includes(term)
    )
      counted.push(term);
  }
  // "forced over 11 million from their homes": those the figure counts were displaced, whatever the verb before.
  // Not a whole a part of which was ("half of Syria's pre-war population of 23 million from their homes").
  if (counted && !counted.includes(DISPLACED) && !OF_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
    FROM_HOMES.lastIndex = end;
    if (FROM_HOMES.test(text)) counted.push(DISPLACED);
  }
  // "a population of 23 million", "a city of 220,000": with nothing named after it, a figure after "of" counts
  // the noun before it, not what the sentence's verbs did to others ("displaced half the population of …").
  if (counted && counted.length === 0 && nBefore > 0) {
    const j = before[0] ?? 0;
    const term = b.term[j] ?? '';
    if (countsNounBefore(text, term, b.end[j] ?? 0, start)) counted.push(term);
  }
  if (counted && counted.length === 0) countedNamedBefore(text, b, start, counted);
  if (!hasEvent(out)) {
    let later = -1;
    for (let j = k; j < limit && later < 0; j++) if (isEvent(b, j)) later = j;
    let earlier = -1;
    for (let m = 0; m < nBefore; m++) {
      const j = before[m] ?? 0;
      if (EVENT_TERMS.has(b.term[j] ?? '')) {
        earlier = j;
        break;
      }
    }
    const useLater =
      later >= 0 && (earlier < 0 || (b.start[later] ?? 0) - end < start - (b.end[earlier] ?? 0));
    const event = useLater ? later : earlier;
    if (event >= 0) pushUnique(out, b.term[event] ?? '');
  }
  // A part of a group ("30 people, five of them children", "ten people, including four children") counts
  // what follows it; the words before name the whole group, which is another figure's subject.
  if (!part) for (let m = 0; m < nBefore && m < 3; m++) pushUnique(out, b.term[before[m] ?? 0] ?? '');
  return out;
}

/** True when term k, a figure, counts part of a group named before it (see isPartOfGroup). */
function partFollows(text: string, b: TermBuffer, k: number): boolean {
  return isPartOfGroup(text, b.start[k] ?? 0, b.end[k] ?? 0);
}

/**
 * True when term k is an outcome verb with the figure k + 1 right after it, only a space or a qualifier between
 * ("injure 16", "wounding about 30"): the verb is that figure's. Not when a word the terms leave out stands
 * between ("flee including five million"), nor when the figure is a part of the one before ("killed 5 of them")
 * or has its own outcome right after it ("killed 40 injured", see outcomeRightAfter).
 */
function verbOfNextFigure(text: string, b: TermBuffer, k: number): boolean {
  if (b.number[k + 1] !== 1 || !OUTCOME_TERMS.has(b.term[k] ?? '')) return false;
  const from = b.end[k] ?? 0;
  const to = b.start[k + 1] ?? 0;
  if (to - from > MAX_VERB_GAP || !VERB_GAP.test(text.slice(from, to))) return false;
  return !partFollows(text, b, k + 1) && !outcomeRightAfter(text, b, k + 1);
}

/**
 * True when term k, a figure, has an outcome right after it, only a space between: "40 injured" in "10 Civilians
 * killed 40 injured", a headline without its commas. The verb before it ("killed") is then the figure before's.
 */
function outcomeRightAfter(text: string, b: TermBuffer, k: number): boolean {
  const next = k + 1;
  return (
    b.number[k] === 1 &&
    next < b.n &&
    b.number[next] === 0 &&
    OUTCOME_TERMS.has(b.term[next] ?? '') &&
    (b.start[next] ?? 0) - (b.end[k] ?? 0) === 1 &&
    text.charCodeAt(b.end[k] ?? 0) === 32
  );
}

/** True when a figure stands one or two terms before term k ("10 killed", "10 Civilians killed"). */
function figureJustBefore(b: TermBuffer, k: number): boolean {
  return b.number[k - 1] === 1 || (k >= 2 && b.number[k - 2] === 1);
}

/** Between an outcome verb and its figure: a space, or a qualifier of the figure ("wounding about 30"). */
const VERB_GAP =
  /^ (?:(?:about|around|some|nearly|almost|over|roughly|approximately|at least|more than|up to|another|a further) )?$/i;
/** The longest VERB_GAP. */
const MAX_VERB_GAP = 15;

/** "of them", "of whom", "of those", "of which" right after a figure (sticky: tried at the figure's end only). */
const PART_AFTER = /[ \t]+of[ \t]+(?:them|whom|those|which)\b/iy;
/** "including", "among them", "among whom" right before a figure (sticky and zero-width: tried at its start). */
const PART_BEFORE = /(?<=\b(?:including|among (?:them|whom))[ \t]+)/iy;

/** True when the figure [start, end) counts part of a group named before it. */
export function isPartOfGroup(text: string, start: number, end: number): boolean {
  PART_AFTER.lastIndex = end;
  if (PART_AFTER.test(text)) return true;
  PART_BEFORE.lastIndex = start;
  return PART_BEFORE.test(text);
}

/** A colon or a dash (spaced) right after a date that starts its sentence: the end of the mark, else `end`. */
function afterOpeningMark(text: string, end: number): number {
  if (text.charCodeAt(end) === 58) return end + 1;
  let k = end;
  while (text.charCodeAt(k) === 32) k++;
  const d = text.charCodeAt(k);
  return k > end && (d === 0x2014 || d === 0x2013 || d === 45) && text.charCodeAt(k + 1) === 32 ? k + 1 : end;
}

/** Events whose date a report gives: the event groups, and truces and talks ("in effect since", "resumed on"). */
const DATE_EVENT_TERMS: ReadonlySet<string> = new Set([
  ...EVENT_TERMS,
  ...['ceasefire', 'negotiations', 'agreement'].map(canonicalOf),
]);

function hasDateEvent(terms: readonly string[]): boolean {
  for (const t of terms) if (DATE_EVENT_TERMS.has(t)) return true;
  return false;
}

/**
 * Extends the `n` terms before a date past the figure they stopped at, when nothing but words lies between the
 * figure and the date: in "raids killed dozens on May 31" the date is the killing's, and without the words before
 * "dozens" it would be the date of nothing. A clause mark between them keeps the stop ("killed 30, and on May 31
 * the talks resumed").
 */
function pastFigure(text: string, b: TermBuffer, start: number, n: number): number {
  const figure = (n > 0 ? (before[n - 1] ?? 0) : firstAtOrAfter(b, start)) - 1;
  if (n >= 4 || figure < 0 || b.number[figure] !== 1 || breaksPhrase(text, b.end[figure] ?? 0, start, false))
    return n;
  for (let k = figure - 1; k >= 0 && n < 4 && b.number[k] === 0; k--) {
    if (
      (b.start[k] ?? 0) < start - BEFORE_REACH ||
      breaksPhrase(text, b.end[k] ?? 0, b.start[k + 1] ?? 0, false)
    )
      break;
    before[n++] = k;
  }
  return n;
}

/**
 * What a date is the date of: the nearest words before it in the sentence, then a few after. When those name no
 * event, the nearest one earlier in the sentence is added: in "A cessation of hostilities brokered by Washington
 * and Moscow has been in effect since February 26" the date is the truce's, four words before it or not.
 */
export function dateSubject(text: string, b: TermBuffer, start: number, end: number): string[] {
  const out: string[] = [];
  const nBefore = pastFigure(text, b, start, termsBefore(b, start, 4, text));
  for (let m = 0; m < nBefore; m++) pushUnique(out, b.term[before[m] ?? 0] ?? '');
  if (nBefore === 4 && !hasDateEvent(out)) {
    // Not past a figure: words before one are its clause's.
    for (let k = (before[3] ?? 0) - 1; k >= 0 && b.number[k] === 0; k--) {
      const term = b.term[k] ?? '';
      if (DATE_EVENT_TERMS.has(term)) {
        pushUnique(out, term);
        break;
      }
    }
  }
  let prevEnd = end;
  let n = 0;
  // A date opens or closes a clause ("On Saturday two women … were killed"): figures after it are
  // part of what happened then, so they are skipped rather than ending the window.
  const opens = out.length === 0;
  const want = opens ? 5 : 3;
  // An opening date set off by a comma ("In March 2011, protests began", "Since February 27, the truce has
  // held"), or a timeline's entry set off by a colon or a dash ("March 15, 2011: protests erupt", "March 15,
  // 2011 — protests erupt"), dates the clause after it; that mark does not end the window.
  if (opens && text.charCodeAt(end) === 44) prevEnd = end + 1;
  else if (opens && firstAtOrAfter(b, start) === 0) prevEnd = afterOpeningMark(text, end);
  const first = firstAtOrAfter(b, end);
  const limit = afterLimit(b, first, end);
  for (let k = first; k < limit; k++) {
    if (n >= want || breaksPhrase(text, prevEnd, b.start[k] ?? 0, n > 0)) break;
    prevEnd = b.end[k] ?? 0;
    if (b.number[k] === 1) continue;
    pushUnique(out, b.term[k] ?? '');
    n++;
  }
  return out;
}
