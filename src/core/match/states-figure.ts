/**
 * Whether a corpus document prints the page's own figure somewhere, matched or not. A document that covers the
 * claim's topic is called silent on it ("None of 8 sources covering this topic reports it") when none of its
 * passages matched; but a match needs confidence (a shared name, a restatement) that a retelling may lack, and
 * a source that prints "126 people" killed in that attack is not silent on "a car bomb killed at least 126
 * people", only unconfirmed. find-matches.ts already spared the passages it examined; this looks at the whole
 * document, since retrieval may rank the passage with the figure below those that cover the topic.
 */
import type { CorpusIndex } from '../corpus/model';
import type { Claim, QuantityValue } from '../types';
import { compareQuantities } from './compare-values';
import { isEveryday } from './figure-size';
import { isRareFigure } from './says-less';
import { perIndex } from './terms-cache';

/** Per figure written in the corpus (its nominal value), the claims that give it: indexes into index.claims. */
const claimsByFigure = perIndex((index: CorpusIndex, _key: 'all'): Map<number, number[]> => {
  const out = new Map<number, number[]>();
  index.claims.forEach((c, ci) => {
    if (c.value.type !== 'quantity') return;
    const list = out.get(c.value.nominal);
    if (list) list.push(ci);
    else out.set(c.value.nominal, [ci]);
  });
  return out;
});

/**
 * True when document `doc` gives the page claim's figure, counting the same thing, and the figure is telling on
 * its own: a rare everyday one ("126", see isRareFigure) or a large one. A shared "12" or "dozens" says nothing
 * of whether a document reports one attack, so for those a document stays silent unless its figure was matched.
 */
export function documentStatesFigure(index: CorpusIndex, claim: Claim, doc: number): boolean {
  const page = claim.value;
  if (page.type !== 'quantity' || (isEveryday(page) && !isRareFigure(page))) return false;
  for (const ci of claimsByFigure(index, 'all').get(page.nominal) ?? []) {
    const c = index.claims[ci];
    if (!c || c.value.type !== 'quantity' || index.passages[c.passage]?.doc !== doc) continue;
    if (compareQuantities(page, c.value)?.relation === 'agrees' && countsAlike(page, c.value)) return true;
  }
  return false;
}

/** True when two figures count a common thing ("people killed", "children killed"), or neither says what. */
function countsAlike(a: QuantityValue, b: QuantityValue): boolean {
  const x = a.counted ?? [];
  const y = b.counted ?? [];
  if (x.length === 0 && y.length === 0) return true;
  return x.some((t) => y.includes(t));
}
