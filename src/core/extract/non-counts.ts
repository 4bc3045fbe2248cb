/**
 * Figures in a count's shape that count nothing a source could state otherwise: an ordinal naming a period ("the
 * 19th century" is a time, not a rank, yet read as an ordinal it agreed with "ranked 19th"), and "one" picking a
 * single unnamed member out of a group to quote or show ("One survey respondent identified …", "One resident
 * said …"), which says nothing of how many there were.
 */
import { nextWord } from '../text/chars';
import { STOPWORD_SPANS } from '../text/stopwords';
import { LowerWords } from '../text/word-table';
import { SPEECH_VERBS } from './speaker-words';

/** Nouns an ordinal names a stretch of time or a statistic by, not a place in a ranking. */
const ORDINAL_PERIODS = LowerWords.set(['century', 'centuries', 'millennium', 'millennia', 'percentile']);

/**
 * True when the ordinal ending at `end` names a period or a percentile: "the 19th century", "19th-century
 * London", "the 99th percentile". A century is no rank, and two sentences set in one century share no fact.
 */
export function isOrdinalPeriod(text: string, end: number): boolean {
  const w = nextWord(text, end, 2, true);
  return w !== null && ORDINAL_PERIODS.has(text, w.start, w.end);
}

/**
 * Verbs besides those of speech (SPEECH_VERBS) by which one member of a group is quoted or shown: what it
 * identified, described or showed. A count's sentence says what happened to what it counts instead.
 */
const SHOWING_VERBS = LowerWords.set([
  ...SPEECH_VERBS,
  'identified',
  'identifies',
  'described',
  'describes',
  'summed',
  'sums',
  'pointed',
  'points',
  'shows',
  'showed',
  'cited',
  'cites',
  'recounted',
  'complained',
  'complains',
  'believes',
  'believed',
  'thinks',
  'thought',
  'called',
  'calls',
  'put',
  'puts',
  'estimated',
  'estimates',
  'reported',
  'reports',
  'recalls',
  'spoke',
  'speaks',
  'mentioned',
  'mentions',
]);

/** How many words may stand between "one" and the verb: "One civil defence volunteer said". */
const MAX_MEMBER_WORDS = 3;

/**
 * True when "one" ending at `end` picks a single unnamed member to quote or show: up to MAX_MEMBER_WORDS lower-case
 * words that are no function words, then a verb of SHOWING_VERBS ("One survey respondent identified", "one
 * resident said", "One photograph shows"). "One civilian was killed" and "one rocket hit the school" count.
 */
export function isGenericOne(text: string, end: number): boolean {
  let at = end;
  for (let k = 0; k <= MAX_MEMBER_WORDS; k++) {
    const w = nextWord(text, at, 1);
    if (!w) return false;
    const c = text.charCodeAt(w.start);
    if (c < 97 || c > 122) return false;
    if (k > 0 && SHOWING_VERBS.has(text, w.start, w.end)) return true;
    if (STOPWORD_SPANS.has(text, w.start, w.end)) return false;
    at = w.end;
  }
  return false;
}
