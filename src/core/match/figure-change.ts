/**
 * A figure told as a change rather than a level: "destroyed nearly 37,000 files last year, up 22,000 on four years
 * ago", "turnover rose by 4.3%", "an increase of 300". A change and a level are two measures even of one thing, so
 * they are no rivals ("30,000 jobs are to go" against "up 22,000"); two changes or two levels may be. "Rose to
 * 300" and "up 4.3% to £1.97bn" give the level after "to": only the figure right after the verb is a change.
 */
import type { CorpusIndex } from '../corpus/model';
import { figureTestOfBoth } from './figure-sentence';
import type { ClaimContext } from './subject';

/**
 * Right before a change's figure: a verb of moving (with "by" or not) or a noun of it with "of", then at most
 * three small words ("rose by about", "an increase of nearly"). "Up" and "down" only after a clause's start or a
 * form of "be" (", up 22,000 on", "sales were up 4%"): "clocked up 36.01 teraflops" and "picked up 5 seats" are
 * levels.
 */
const CHANGE_BEFORE = new RegExp(
  '(?:(?:^|[,;(\u2014\u2013-]|\\b(?:is|was|are|were|be|been|being|now|still))\\s*(?:up|down)' +
    '|(?:^|[^\\p{L}])(?:(?:rose|risen|rise|rises|fell|fallen|fall|falls|grew|grown|increased|decreased|dropped|' +
    'jumped|climbed|declined|slipped|soared|slumped)(?:\\s+by)?|(?:increase|decrease|rise|fall|drop|jump|decline|' +
    'growth)\\s+of))\\s+(?:(?:some|about|around|nearly|almost|more|than|over|just|under|roughly|a|further|another)' +
    '\\s+){0,3}$',
  'iu',
);

/** How far before a figure CHANGE_BEFORE may reach. */
const REACH = 48;

/** True when the figure at `at` in `sentence` is told as a change (see the file's comment). */
export function isChange(sentence: string, at: number): boolean {
  return at >= 0 && CHANGE_BEFORE.test(sentence.slice(Math.max(0, at - REACH), at));
}

const changes = figureTestOfBoth((sentence, start) => isChange(sentence, start));

/** True when one of the page figure and the corpus figure (`claimIndex`) is a change and the other a level. */
export function changeAgainstLevel(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  return changes.page(ctx) !== changes.corpus(index, claimIndex);
}
