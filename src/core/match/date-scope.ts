/**
 * Whether a corpus date can speak of the page date's fact at all, by where each sits in its period (see
 * date-bounds.ts): a period's end is not another period's start, whatever the two years.
 */
import type { CorpusIndex } from '../corpus/model';
import { dateBound, oppositeBounds, type DateBound } from './date-bounds';
import { placeIn, type ClaimContext } from './subject';
import { perClaim, perIndex } from './terms-cache';

/** The bound of a corpus date in its passage, read once per index. */
const corpusBound = perIndex((index: CorpusIndex, claimIndex: number): DateBound => {
  const c = index.claims[claimIndex];
  const text = index.passages[c?.passage ?? -1]?.text ?? '';
  return c ? dateBound(text, c.start, c.end) : 'point';
});

/** The page date's bound, per claim context: each is compared with many corpus dates. */
const pageBound = perClaim((ctx: ClaimContext): DateBound => {
  const sentence = ctx.claim.sentence || ctx.claim.text;
  const at = placeIn(sentence, ctx.claim);
  return dateBound(sentence, at, at + ctx.claim.text.length);
});

/**
 * False when the page date and the corpus date `claimIndex` are opposite bounds of periods (one a start, the
 * other an end): "held power from 2011 to 2013" neither disputes nor confirms "under siege since 2014".
 */
export function sameDateBound(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  if (ctx.claim.value.type !== 'date') return true;
  return !oppositeBounds(pageBound(ctx), corpusBound(index, claimIndex));
}
