/**
 * Where a phrase ends in the raw text between two terms: a clause mark or a joining word ends any phrase, and a
 * preposition or determiner also ends the phrase that says what a figure counts.
 */
import { LowerWords, lowerIs } from '../text/word-table';

/** Words that end the noun phrase after a figure: what follows is when or why, not what. */
const PHRASE_ENDERS = [
  'since',
  'after',
  'before',
  'during',
  'until',
  'when',
  'amid',
  'because',
  'despite',
  'following',
  'according',
  'and',
  'but',
  'while',
  'or',
  'as',
];
/** PHRASE_ENDERS looked up by a span of the text, so a gap word is tested without slicing it out. */
const ENDERS = LowerWords.set(PHRASE_ENDERS);

/**
 * True when the raw text between two terms breaks a phrase: a clause mark, or (if asked) a joining
 * word — a space-delimited run of the gap that is a phrase ender ("killed since", "people and").
 */
export function breaksPhrase(text: string, from: number, to: number, words: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 44 || c === 0x2014 || c === 0x2013) return true;
  }
  if (!words || to - from < 4) return false;
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 32) continue;
    if (ENDERS.has(text, runStart, i)) return true;
    runStart = i + 1;
  }
  return false;
}

/**
 * Words that, between a figure and a noun, show the noun is not what the figure counts: a preposition or
 * determiner starts another phrase ("killed 20 in Aleppo", "35 on Monday", "2,000 a day", "52 the day
 * before"). "of" is the exception that joins a figure to its noun ("dozens of people", "3 of the people").
 */
const COUNT_BREAKERS = LowerWords.set(
  (
    'in on at over across from into onto near by for with within without under above below between among ' +
    'against toward towards through throughout around behind beyond upon via per outside inside last next ' +
    'this these those each every a an the'
  ).split(' '),
);

/**
 * True when the gap between a figure (or the counted noun so far) and the next term ends the counted phrase:
 * what breaks any phrase, or a COUNT_BREAKERS word ("the" only when it does not follow "of"). `termEnd`, when
 * given, is the end of that next term: a preposition that is a term itself ("50 people near Mosul") breaks too.
 */
export function breaksCount(text: string, from: number, to: number, termEnd = to): boolean {
  if (termEnd > to && COUNT_BREAKERS.has(text, to, termEnd)) return true;
  // Clause marks first, then one pass over the gap's words for both lists.
  if (breaksPhrase(text, from, to, false)) return true;
  let runStart = from;
  let afterOf = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 0xa0) continue;
    if (i > runStart) {
      if (ENDERS.has(text, runStart, i)) return true;
      const the = lowerIs(text, runStart, i, 'the');
      if (COUNT_BREAKERS.has(text, runStart, i) && !(the && afterOf)) return true;
      afterOf = lowerIs(text, runStart, i, 'of');
    }
    runStart = i + 1;
  }
  return false;
}

/**
 * Prepositions that, between an outcome verb and a figure, put the figure in another phrase: "killed in two
 * attacks" counts attacks, "evacuated in two stages" stages, "evacuated from four towns" towns; none of them
 * were killed or evacuated. A determiner does not ("killed the 20 hostages").
 */
const VERB_BREAKERS = LowerWords.set(
  (
    'in on at from into onto near by for with within without under between among against toward towards ' +
    'through throughout around via per during'
  ).split(' '),
);

/** True when a word of the text between an outcome verb and a figure is one of VERB_BREAKERS. */
export function prepositionBetween(text: string, from: number, to: number): boolean {
  let runStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 0xa0) continue;
    if (i > runStart && VERB_BREAKERS.has(text, runStart, i)) return true;
    runStart = i + 1;
  }
  return false;
}

/** Between the two figures of a change: "12% to", "12 percent to", "30 to", "1.4 million to", "4.3%, to". */
const CHANGE_TO = /^(?:%|\s*(?:percent|per cent|points?|thousand|million|billion|trillion))?,?\s+to\s+$/i;

/** True when the text between two figures [from, to) joins them as a change: "rose 12% to $4.2 billion". */
export function joinsChange(text: string, from: number, to: number): boolean {
  return CHANGE_TO.test(text.slice(from, to));
}
