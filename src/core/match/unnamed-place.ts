/**
 * Sentences that point to a place without naming it: "Some 5,000 people remain trapped in the besieged town"
 * is about a town an earlier sentence named. A large figure is otherwise specific enough to be matched without
 * a shared name (see figuresAnchored), but such a sentence's figure is one place's count, and a corpus report
 * of another town's ("Raqqa, where 8,000 people remain trapped") is neither its rival nor its confirmation.
 */

/**
 * "the" and at most two words, then a word for a settled place or a part of one ("the rebel-held east"), not
 * followed by its name ("the town of Madaya" names it). Plural forms ("besieged areas") speak of many places at
 * once, which a national count does. Lower case only: "the Middle East" is a name.
 */
const UNNAMED_PLACE =
  /\bthe\s+(?:[a-z][\w-]*\s+){0,2}(?:town|city|village|camp|district|neighbou?rhood|suburb|enclave|province|(?:north|south)?(?:east|west)|north|south)\b(?!\s+of\s+\p{Lu})(?!['’]s)/u;

/** True when the sentence names a place only as "the town", "the besieged city" and the like. */
export function pointsToUnnamedPlace(sentence: string): boolean {
  return UNNAMED_PLACE.test(sentence);
}
