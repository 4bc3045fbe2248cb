/**
 * What a toll is of: a war, a natural disaster (which one), a disease or an accident. "Floods have killed
 * more than 280,000 people" and "The earthquake killed more than 280,000" are not the war's "more than
 * 280,000 killed", however well figure and counted words agree; nothing else in their sentences told them
 * apart.
 */
import type { CorpusIndex } from '../corpus/model';
import { kindTable, kindsIn } from './term-kinds';
import type { ClaimContext } from './subject';
import { documentTerms, passageTerms, perIndex } from './terms-cache';

/**
 * Words of each kind of cause, as terms (so that "bombing" and "shelling" fold into the matcher's one term).
 * Each kind of natural disaster is a kind of its own (floods are no earthquake), diseases are one (a pandemic
 * and COVID are one cause to a reader). Words that also say other things are left out: "storm" (troops storm
 * a town), "eruption" (protests erupt), "attack" (a heart attack), "outbreak" (of war), "fire" (opened fire).
 */
const CAUSE_WORDS: readonly string[] = [
  'war conflict fighting clashes airstrikes bombing shelling insurgency genocide',
  'flood floods flooding',
  'earthquake quake tsunami',
  'hurricane cyclone typhoon tornado',
  'drought famine',
  'wildfire',
  'heatwave',
  'landslide avalanche',
  'malaria cholera covid coronavirus pandemic epidemic ebola influenza flu measles tuberculosis hiv cancer disease virus',
  'crash accident collision derailment shipwreck capsized',
];

/** Term → the bit of its kind of cause. */
const CAUSES = kindTable(CAUSE_WORDS);

/** The kinds of cause a set of terms names, as bits (0: none). */
function causesIn(set: ReadonlySet<string>): number {
  let kinds = 0;
  // Over the smaller of the two: a sentence's dozen terms, or the cause words against a document's thousands.
  if (set.size < CAUSES.size) kinds = kindsIn(set, CAUSES);
  else for (const [t, bit] of CAUSES) if (set.has(t)) kinds |= bit;
  return kinds;
}

const documentCauses = perIndex((index: CorpusIndex, doc: number): number =>
  causesIn(documentTerms(index, doc)),
);

const passageCauses = perIndex((index: CorpusIndex, passage: number): number =>
  causesIn(passageTerms(index, passage)),
);

/**
 * True when the page sentence names a cause of its figure (a war, a kind of disaster, a disease, an accident)
 * and the passage names only causes of other kinds; a passage that names none speaks of its document's. A
 * sentence that names no cause, or a corpus that names none, leaves the figure to the other checks.
 */
export function causesClash(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = (ctx.causes ??= causesIn(ctx.sentence));
  if (page === 0) return false;
  let corpus = passageCauses(index, passageIndex);
  if (corpus === 0) corpus = documentCauses(index, index.passages[passageIndex]?.doc ?? -1);
  return corpus !== 0 && (page & corpus) === 0;
}
