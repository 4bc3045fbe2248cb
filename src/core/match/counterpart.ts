/**
 * A corpus figure the page sentence states too, by another of its figures: "leaving 23 civilians - including nine
 * children - and 16 combattants dead" against "leaving 23 civilians … dead". The corpus's 23 is the page's 23, not
 * a rival of its 16; without this, a misspelt counted word ("combattants") left the 16 free to meet the 23.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuantityValue } from '../types';
import { pageSentenceFigures } from './sentence-claims';
import { placeIn, type ClaimContext } from './subject';

/** True when two figures are written alike: the same bounds, figure and unit. */
function sameFigure(a: QuantityValue, b: QuantityValue): boolean {
  return (
    a.low === b.low && a.high === b.high && a.nominal === b.nominal && a.unit === b.unit && a.of === b.of
  );
}

/** True when both say what they count and share a word of it ("civilians", "killed"). */
function sameCounted(a: QuantityValue, b: QuantityValue): boolean {
  if (!a.counted?.length || !b.counted?.length) return false;
  for (const t of a.counted) if (b.counted.includes(t)) return true;
  return false;
}

/**
 * True when another figure of the page sentence than the claim's own is the corpus figure (claim `claimIndex`) as
 * written, counting the same thing: that figure is the corpus figure's counterpart, so the claim is no rival of it.
 * "Killed 10 and wounded 23" still meets a report of 23 killed as a rival: the page's 23 counts the wounded.
 */
export function statedByAnother(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const corpus = index.claims[claimIndex]?.value;
  if (corpus?.type !== 'quantity') return false;
  const own = placeIn(ctx.claim.sentence, ctx.claim);
  for (const figure of pageSentenceFigures(ctx))
    if (figure.start !== own && sameFigure(figure.value, corpus) && sameCounted(figure.value, corpus))
      return true;
  return false;
}
