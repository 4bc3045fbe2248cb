/**
 * How an attack struck: by snipers, a bomb blast, chemicals, from the air or by ground fire. Two everyday tolls
 * whose sentences name only different means are two attacks, however much else they share: "rocket shells …
 * on al-Ramouseh neighborhood injured two civilians" against "terrorist snipers targeted civilians in
 * al-Ramouseh … wounding one person" three days later.
 */
import type { CorpusIndex } from '../corpus/model';
import type { ClaimContext } from './subject';
import { perIndex } from './terms-cache';

/** Each means, a pattern of its words as written (the matcher's terms fold bombing into shelling). */
const MEANS: readonly RegExp[] = [
  /\bsnip(?:er|ers|ing)\b/i,
  /\b(?:car[- ]bomb\w*|suicide[- ](?:bomb\w*|attack\w*|car)|explosive (?:vest|belt|device)s?|IEDs?|booby[- ]trapped)\b/i,
  /\b(?:chemical|chlorine|sarin|toxic gas|poison(?:ous)? gas|nerve agents?)\b/i,
  /\b(?:air ?strikes?|air[- ]raids?|raids?|warplanes?|(?:war )?jets|aircraft|helicopters?|barrel bombs?)\b/i,
  /\b(?:rocket(?:s| shells?| fire| attacks?)|mortars?(?: shells?| rounds?)?|artillery|shelling)\b/i,
];

/** The means a text names, one bit each (0: none). */
function meansIn(text: string): number {
  let bits = 0;
  for (let i = 0; i < MEANS.length; i++) if (MEANS[i]?.test(text)) bits |= 1 << i;
  return bits;
}

const passageMeans = perIndex((index: CorpusIndex, passageIndex: number): number =>
  meansIn(index.passages[passageIndex]?.text ?? ''),
);

/** True when the page sentence and the passage each name how their attack struck, and no means in common. */
export function meansClash(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = (ctx.means ??= meansIn(ctx.claim.sentence));
  if (page === 0) return false;
  const corpus = passageMeans(index, passageIndex);
  return corpus !== 0 && (page & corpus) === 0;
}
