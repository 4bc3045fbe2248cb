/**
 * A people a figure counts by name ("4.5 million Iraqis", "Palestinians", "Kurds"): the corpus figure must count
 * them too, or come from a document that mentions them.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuantityValue } from '../types';
import { terms } from '../text/terms';
import type { ClaimContext } from './subject';
import { documentTerms } from './terms-cache';

/**
 * A capitalised plural that names a people ("Iraqis", "Palestinians", "Afghans", "Sudanese", "Yazidis",
 * "Alawites", "Kurds"), outside a headline's capitals ("Raids Kill 22 including Civilians").
 */
const PEOPLES = /\b(?:\p{Lu}\p{Ll}+(?:ians|ans|is|ese|ites)|Kurds)\b/gu;

/** A word of four letters or more, and a capital. */
const LONG_WORD = /\p{L}{4,}/gu;
const CAPITAL = /^\p{Lu}/u;

/** True when most of a sentence's words of four letters or more start with a capital: a headline's style. */
function titleCased(sentence: string): boolean {
  let words = 0;
  let capitals = 0;
  for (const [word] of sentence.matchAll(LONG_WORD)) {
    words++;
    if (CAPITAL.test(word)) capitals++;
  }
  return words >= 3 && capitals * 2 > words;
}

/**
 * False when the page figure counts a people by name ("4.5 million Iraqis were displaced") and the corpus
 * figure does not count them, nor does its document ever mention them: a count of Syria's displaced is no rival
 * figure for Iraq's, however much else the two sentences share ("displaced", "the war", "the UN"). Any size of
 * figure: a large one needs no shared name, but this one states whom it counts.
 */
export function countedGroupNamed(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpusValue: QuantityValue,
  doc: number,
): boolean {
  const page = ctx.claim.value;
  if (page.type !== 'quantity' || !Array.isArray(page.counted)) return true;
  const who: unknown = page.counted[0];
  if (typeof who !== 'string' || corpusValue.counted?.includes(who)) return true;
  const sentence = ctx.claim.sentence;
  ctx.peoples ??= titleCased(sentence)
    ? []
    : [...sentence.matchAll(PEOPLES)].flatMap(([word]) => terms(word));
  return !ctx.peoples.includes(who) || documentTerms(index, doc).has(who);
}
