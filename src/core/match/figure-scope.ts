/**
 * A corpus figure that counts a part of what the page's figure counts: "more than 250,000 people live under
 * siege in the eastern half of Aleppo", "up to 400,000 people are believed to live in Eastern Ghouta" against
 * "close to 600,000 Syrians are living in besieged areas". Large figures need no shared name to meet (see
 * anchors.ts), so without this every place's own count was called a rival of the country's: read against
 * FA-KES, the seeds' besieged-areas figure met eight such counts as "conflicts".
 */
import type { CorpusIndex } from '../corpus/model';
import { shareCeiling, topicNames } from './corpus-names';
import { sentenceNameSpans, type NameSpan, type NameTerms } from './names';
import { placeIn, type ClaimContext } from './subject';
import { documentFrequency, passageTerms } from './terms-cache';

/** Words that put a name as the place a figure was counted in: "in Aleppo", "near Damascus", "the city of Manbij". */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'near', 'outside', 'inside', 'around', 'across', 'from']);

/** Lower-case words allowed between the preposition and the name: "in the eastern half of …" is two steps. */
const MAX_WORDS_BETWEEN = 2;

/**
 * A name in at least this share of a large corpus's documents is its whole, not a part: in FA-KES "Syria" (91
 * %) is the country every report is set in, "Aleppo" (48 %) one of its cities. "The ongoing war in Syria has
 * left an estimated 220,000 dead" is a count of the whole war, whose rival a page's toll is.
 */
const WHOLE_SHARE = 0.75;

const WORD_BEFORE = /([\p{L}’'-]+)\s*$/u;

/**
 * The names `sentence` gives as places: after "in", "near", "outside" and the like, with at most two
 * lower-case words between ("in eastern Aleppo", "in the historic center of Aleppo"). "of" counts only after
 * a lower-case word: in "the Ministry of Defence" it joins one institution's name.
 */
export function placeNames(sentence: string): NameTerms[] {
  return placeSpans(sentence).map((span) => span.terms);
}

/** placeNames with where each name stands in the sentence. */
function placeSpans(sentence: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of sentenceNameSpans(sentence)) {
    let at = span.start;
    for (let step = 0; step <= MAX_WORDS_BETWEEN + 1; step++) {
      const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
      if (!word?.[1]) break;
      const w = word[1];
      if (/^\p{Lu}/u.test(w)) break;
      at -= word[0].length;
      const lower = w.toLowerCase();
      if (PLACE_PREPOSITIONS.has(lower)) {
        const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
        if (lower !== 'of' || (before !== undefined && !/^\p{Lu}/u.test(before))) out.push(span);
        break;
      }
      if (step === MAX_WORDS_BETWEEN) break;
    }
  }
  return out;
}

/**
 * "the attack", "a chemical strike", "the siege" not followed by where: the sentence counts one event, placed
 * in an earlier sentence or not at all, and a report that names where it happened ("well over 1,000 killed in
 * the Ghouta attack") tells of that event, not of a part of it. Only counts of many places (a war's dead, the
 * people under siege) have parts.
 */
const UNNAMED_EVENT =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}(?:attacks?|strikes?|bombings?|massacre|assault|blast|explosion|raids?|offensive|battle|siege|shelling)\b(?!\s+(?:on|in|of|near)\s+\p{Lu})/u;

/** True when the sentence speaks of an event only as "the attack", "a strike" and the like (see UNNAMED_EVENT). */
export function pointsToUnnamedEvent(sentence: string): boolean {
  return UNNAMED_EVENT.test(sentence);
}

const placesByIndex = new WeakMap<CorpusIndex, Map<number, NameTerms[]>>();

/** placeNames of a corpus passage's own sentence, worked out once per passage. */
function passagePlaces(index: CorpusIndex, passageIndex: number): NameTerms[] {
  let byPassage = placesByIndex.get(index);
  if (!byPassage) placesByIndex.set(index, (byPassage = new Map()));
  let found = byPassage.get(passageIndex);
  if (!found) byPassage.set(passageIndex, (found = placeNames(index.passages[passageIndex]?.text ?? '')));
  return found;
}

/**
 * The most documents a name may be in and not name the corpus's whole (see WHOLE_SHARE); Infinity in a small
 * corpus, where only the topic's names are the whole.
 */
export function wholeCeiling(index: CorpusIndex): number {
  // Fewer than the share: a name in exactly three quarters of the documents names the whole.
  return Math.ceil(shareCeiling(index, WHOLE_SHARE)) - 1;
}

/** True when the term names the corpus's whole: its common topic, or in a large corpus nearly every document. */
function namesWhole(index: CorpusIndex, t: string): boolean {
  return topicNames(index).has(t) || documentFrequency(index, t) > wholeCeiling(index);
}

/**
 * True when the corpus figure's own sentence (`own`: its names, see figureOwnNames) sets it in a place the
 * page sentence does not name, other than the corpus's whole (see namesWhole): its count is then a part's,
 * not the page's whole. The caller still lets a shared name other than the whole's (see wholeCeiling) or a
 * restated sentence make the two rivals.
 */
export function countsAPart(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  own: readonly NameTerms[],
): boolean {
  if (pointsToUnnamedEvent(ctx.claim.sentence)) return false;
  for (const place of passagePlaces(index, passageIndex)) {
    const key = place.join(' ');
    if (!own.some((name) => name.join(' ') === key)) continue;
    if (place.every((t) => ctx.sentence.has(t) || ctx.entities.includes(t))) continue;
    if (place.some((t) => !namesWhole(index, t) && !ctx.sentence.has(t) && !ctx.entities.includes(t)))
      return true;
  }
  return false;
}

/** The most characters between a page figure and a place that is its own (see figurePlaces). */
const PLACE_REACH = 100;

/**
 * Between a figure and a place: what puts the place in another statement, a relative clause ("killed in Syria's
 * civil war, which pits Sunni rebels … backed by militias from Iraq") or a sentence's end that a page's markup
 * lost ("• The victims … in Sheikh Maqsood").
 */
const ANOTHER_STATEMENT = /\b(?:which|who|that)\b|[;:•|]/iu;

/**
 * The places of the page sentence (see placeNames) that are its figure's own: at most PLACE_REACH characters
 * from it, with no relative clause or lost sentence end between ("eastern Aleppo, where more than 250,000 people
 * live"; "between 250,000 and 300,000 people live in areas held by the opposition in Aleppo").
 */
function figurePlaces(ctx: ClaimContext): NameTerms[] {
  const sentence = ctx.claim.sentence;
  const at = placeIn(sentence, ctx.claim);
  if (at < 0) return [];
  const end = at + ctx.claim.text.length;
  const out: NameTerms[] = [];
  for (const span of placeSpans(sentence)) {
    const between = span.start >= end ? sentence.slice(end, span.start) : sentence.slice(span.end, at);
    if (span.end > at && span.start < end) continue;
    if (between.length <= PLACE_REACH && !ANOTHER_STATEMENT.test(between)) out.push(span.terms);
  }
  return out;
}

/**
 * The mirror of countsAPart: the page sentence sets its figure in a place of its own (see figurePlaces) that the
 * corpus passage does not name, other than the corpus's whole. "More than 250,000 people live under siege in the
 * eastern half of Aleppo" and "up to 300,000 people in the opposition-held parts of Aleppo" are parts of "nearly
 * 600,000 Syrians live in besieged areas of Syria", not its rivals: read against FA-KES, the seeds'
 * besieged-areas figure met six such counts as "conflicts". A place that is another figure's of the same
 * sentence (see figure-places.ts) is not this one's. The caller lets a shared name or a restated sentence make
 * the two rivals, as for countsAPart.
 */
export function pageCountsAPart(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const passage = index.passages[passageIndex];
  if (!passage || pointsToUnnamedEvent(passage.text)) return false;
  const around = passageTerms(index, passageIndex);
  const elsewhere = ctx.elsewhere;
  for (const place of figurePlaces(ctx)) {
    if (elsewhere && place.every((t) => elsewhere.has(t))) continue;
    if (place.every((t) => around.has(t))) continue;
    if (place.some((t) => !namesWhole(index, t) && !around.has(t))) return true;
  }
  return false;
}

/**
 * Words that set a count in the whole country: "across the country", "of the country", "nationwide". A name of
 * the corpus's whole ("in Syria") does the same (see namesWhole).
 */
const WHOLE_WORDS =
  /\b(?:(?:in|across|throughout|of|around)\s+(?:the\s+)?(?:whole\s+|entire\s+)?country|nationwide|countrywide)\b/i;

/**
 * Common nouns that set a count in one part of a country, without naming it: "in the area where some 400,000
 * people live", "the city's rebel-held east where about 300,000 people are thought to be living", "rebel-held
 * districts". Plural towns or areas are left out: "besieged areas" and "besieged towns" are said of the whole.
 */
const LOCAL_WORDS =
  /\b(?:the\s+(?:city|town|area|enclave|village|district|neighbou?rhood|suburb|camp)(?:['’]?s)?|districts|neighbou?rhoods|suburbs)\b/i;

/** How far from a figure WHOLE_WORDS and LOCAL_WORDS are read: about a clause. */
const SCOPE_REACH = 100;

/** The stretch of `text` within SCOPE_REACH of [start, end). */
function around(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - SCOPE_REACH), end + SCOPE_REACH);
}

/**
 * True when the page figure counts the whole country (WHOLE_WORDS near it, or a place of its own that names the
 * corpus's whole) and the corpus figure one part of it that its sentence gives by a common noun (LOCAL_WORDS near
 * it, and no WHOLE_WORDS): "nearly 600,000 Syrians live in besieged areas of the country" against "Eastern Ghouta
 * … the area where some 400,000 people live". countsAPart takes the parts its sentence names as places.
 */
export function countsLocalAgainstWhole(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  const claim = index.claims[claimIndex];
  const passage = claim ? index.passages[claim.passage]?.text : undefined;
  if (!claim || passage === undefined) return false;
  const local = around(passage, claim.start, claim.end);
  if (!LOCAL_WORDS.test(local) || WHOLE_WORDS.test(local)) return false;
  const sentence = ctx.claim.sentence;
  const at = placeIn(sentence, ctx.claim);
  if (at < 0) return false;
  if (WHOLE_WORDS.test(around(sentence, at, at + ctx.claim.text.length))) return true;
  return figurePlaces(ctx).some((place) => place.every((t) => namesWhole(index, t)));
}
