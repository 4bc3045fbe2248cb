/**
 * The period a reported figure covers: a year's, a half-year's or a quarter's. Companies report each, often in
 * one season, and analysts forecast the year while the last quarter's results are out: "annual profits of £170m"
 * and "a profit of £75m for the three months to December" are two periods' figures, not two sources that differ.
 */
import type { CorpusIndex } from '../corpus/model';
import { placeIn, type ClaimContext } from './subject';
import { sentenceAround } from './figure-sentence';
import { perIndex } from './terms-cache';

/** Words of each period a result is reported for. "A year earlier" or "last year" say when, not how long. */
const PERIODS: readonly [string, RegExp][] = [
  [
    'year',
    /\b(?:annual|annually|yearly|full[- ]year|(?:for|in|over) the (?:whole |full |financial |fiscal )?year(?! (?:earlier|before|ago|later))|(?:12|twelve)[- ]months?|the year to)\b/iu,
  ],
  [
    'half',
    /\b(?:half[- ]year(?:ly)?|(?:first|second) half|(?:six|6)[- ]months?|interim (?:results|profits?|figures|losses|loss|dividend))\b/iu,
  ],
  [
    'quarter',
    /\b(?:quarterly|(?:first|second|third|fourth|final|last|latest|the|this|its) quarter(?![- ]finals?| of)|(?:three|3)[- ]months?)\b/iu,
  ],
];

/** The one period `sentence` reports a figure for, or '' when it names none or several. */
function reportPeriod(sentence: string): string {
  let found = '';
  for (const [period, words] of PERIODS) {
    if (!words.test(sentence)) continue;
    if (found) return '';
    found = period;
  }
  return found;
}

/** A corpus figure's period, read from its sentence once per index. */
const corpusPeriod = perIndex((index: CorpusIndex, claimIndex: number): string => {
  const c = index.claims[claimIndex];
  const text = index.passages[c?.passage ?? -1]?.text ?? '';
  return c ? reportPeriod(sentenceAround(text, c.start).text) : '';
});

/**
 * True when the page figure's sentence and the corpus figure's (claim `claimIndex`) each report for one period and
 * the two differ: a rival figure is then another period's result.
 */
export function periodsApart(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = corpusPeriod(index, claimIndex);
  if (corpus === '') return false;
  const sentence = ctx.claim.sentence || ctx.claim.text;
  const page = placeIn(sentence, ctx.claim) < 0 ? '' : reportPeriod(sentence);
  return page !== '' && page !== corpus;
}
