/**
 * Which word of the phrase after a figure names what it counts. English puts the counted noun last and
 * qualifiers before it ("Syrian regime air strikes", "refugee camps"), and a qualifier takes the singular form
 * even when the noun is plural: so a singular word right before another noun is a qualifier, not the count.
 */
import { OUTCOME_TERMS } from '../text/outcomes';
import { terms, type TermBuffer } from '../text/terms';
import { LowerWords, lowerIs } from '../text/word-table';

/** Plurals that do not end in "s": a word of these heads its phrase even when another word follows. */
const PLURALS_WITHOUT_S = LowerWords.set([
  'people',
  'children',
  'men',
  'women',
  'dead',
  'police',
  'staff',
  'personnel',
  'youth',
  'clergy',
  'militia',
  'cattle',
  'livestock',
]);

/** True when the text from `from` to `to` is one run of spaces or hyphens: two words of one compound. */
function compoundGap(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0xa0) return false;
  }
  return true;
}

/** True when the word `text[from, to)` ends in `suffix` (lower-case ASCII), ignoring case. */
function endsWith(text: string, from: number, to: number, suffix: string): boolean {
  if (to - from <= suffix.length) return false;
  for (let k = 1; k <= suffix.length; k++)
    if ((text.charCodeAt(to - k) | 32) !== suffix.charCodeAt(suffix.length - k)) return false;
  return true;
}

/** A participle ("living", "besieged", "wounded"): it says what happened, never which thing is counted. */
function participle(text: string, from: number, to: number): boolean {
  return endsWith(text, from, to, 'ed') || endsWith(text, from, to, 'ing');
}

/**
 * True when term k of the counted phrase only qualifies the next one: a word in the singular form right before
 * another noun ("Syrian regime air strikes", "refugee camps", "army helicopters"). What such a phrase counts is
 * its last noun; read as the first, "dozens of Syrian regime air strikes" would count Syrians. A plural
 * ("Syrians living"), an outcome ("wounded civilians") or a participle keeps its place.
 */
export function qualifiesNext(text: string, b: TermBuffer, k: number, limit: number): boolean {
  const next = k + 1;
  if (next >= limit || b.number[next] === 1) return false;
  const from = b.start[k] ?? 0;
  const to = b.end[k] ?? 0;
  const nextFrom = b.start[next] ?? 0;
  const nextTo = b.end[next] ?? 0;
  if (!compoundGap(text, to, nextFrom) || OUTCOME_TERMS.has(b.term[k] ?? '')) return false;
  if ((text.charCodeAt(to - 1) | 32) === 115 || PLURALS_WITHOUT_S.has(text, from, to)) return false;
  return !participle(text, from, to) && !participle(text, nextFrom, nextTo);
}

/**
 * Words that say who knows, not what happened: "50 people were reported killed", "200 are believed to have
 * died", "300 civilians are feared dead". What the figure counts is the word after them.
 */
const HEARSAY: ReadonlySet<string> = new Set(
  terms('reported reportedly believed thought feared estimated expected alleged presumed understood said'),
);

/** True when term k of the phrase after a figure only says who knows ("reported", "believed"): skip it. */
export function isHearsay(b: TermBuffer, k: number): boolean {
  return HEARSAY.has(b.term[k] ?? '');
}

/**
 * Nouns that say how a figure was arrived at, not what it counts ("a total of 300", "a tally of 280,000"): the
 * figure after them still counts what its sentence says.
 */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(
  terms('total number figure sum amount count estimate tally maximum minimum average rise increase drop'),
);

/** True when the text from `from` to `to` is " of " alone: a noun joined to the figure after it. */
function isOfGap(text: string, from: number, to: number): boolean {
  let i = from;
  let j = to;
  while (i < j && text.charCodeAt(i) === 32) i++;
  while (j > i && text.charCodeAt(j - 1) === 32) j--;
  return i > from && j < to && lowerIs(text, i, j, 'of');
}

/**
 * True when a figure after "of", with nothing named after it, counts `term`, the noun before "of" ("a population
 * of about 23 million", "a city of 220,000"): not a measure noun ("a total of 300") nor an outcome.
 */
export function countsNounBefore(text: string, term: string, termEnd: number, figureStart: number): boolean {
  return isOfGap(text, termEnd, figureStart) && !MEASURE_NOUNS.has(term) && !OUTCOME_TERMS.has(term);
}

/** True when the term at [start, end) is "toll" or ends in the word "toll" ("death toll"; not "atoll"). */
function isToll(text: string, start: number, end: number): boolean {
  const at = end - 4;
  return at >= start && lowerIs(text, at, end, 'toll') && (at === start || text.charCodeAt(at - 1) === 32);
}

/** Most words a figure takes from "the number of …" before it. */
const NAMED_BEFORE_MAX = 2;
const KILLED = terms('killed')[0] ?? '';
const NUMBER = terms('number')[0] ?? '';

/**
 * What a figure with nothing named after it counts, when its sentence names that first: "the number of Americans
 * killed since 9/11 … is less than 100" counts Americans killed, "the death toll stood at 45" the killed. Adds to
 * `counted` (left empty when the sentence names nothing so).
 */
export function countedNamedBefore(
  text: string,
  b: TermBuffer,
  figureStart: number,
  counted: string[],
): void {
  let from = -1;
  let toll = false;
  for (let k = 0; k < b.n && (b.end[k] ?? 0) <= figureStart; k++) {
    if (b.number[k] === 1) continue;
    const start = b.start[k] ?? 0;
    const end = b.end[k] ?? 0;
    if (b.term[k] === NUMBER && k + 1 < b.n && isOfGap(text, end, b.start[k + 1] ?? 0)) {
      from = k + 1;
      toll = false;
    } else if (isToll(text, start, end)) {
      from = -1;
      toll = true;
    }
  }
  if (toll) {
    counted.push(KILLED);
    return;
  }
  // The words right after "of", up to the first that does not follow on at once: "refugees has reached".
  for (let k = from; k >= 0 && k < b.n && counted.length < NAMED_BEFORE_MAX; k++) {
    if (b.number[k] === 1 || (b.end[k] ?? 0) > figureStart) break;
    if (k > from && !compoundGap(text, b.end[k - 1] ?? 0, b.start[k] ?? 0)) break;
    const term = b.term[k] ?? '';
    if (!counted.includes(term)) counted.push(term);
  }
}
