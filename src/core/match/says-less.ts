/**
 * A page sentence that says less than a corpus passage: the same rare figure, what it counts and the words of the
 * event, without the place or time the source adds ("Rescuers pulled 112 survivors from the water during the
 * night" against "… from the water off Port Halden during the night"). A writer who retells a report often drops
 * its place; the figure then carries the anchor a shared name gives an everyday toll (see anchors.ts), since a
 * toll written to three digits ("126", "168") is seldom printed for two events, where "12" or "dozens" are.
 */
import type { CorpusIndex } from '../corpus/model';
import type { QuantityValue } from '../types';
import type { ClaimContext } from './subject';
import { documentFrequency, documentTerms, passageTerms } from './terms-cache';
import { rareCeiling } from './anchors';
import { namesAround } from './corpus-names';
import { isMagnitude } from './figure-size';
import { meansClash } from './means';
import { significantDigits } from '../text/significant-digits';

/** The smallest figure rare enough to stand in for a name: one- and two-digit tolls are printed every day. */
const RARE_FIGURE_MIN = 100;

/**
 * Written digits a rare figure needs: "120" or "150" are rounded estimates any two reports may share, "126" is a
 * count.
 */
const RARE_FIGURE_DIGITS = 3;

/**
 * Terms of the page sentence the passage's own sentence must hold, at least: fewer make a template any report
 * may use ("A bomb killed 126 people" is 3, and the matcher's terms fold bombs into shelling).
 */
const SAYS_LESS_MIN_TERMS = 4;

/**
 * The share of the page sentence's terms that must be in the passage (its names may be beside it instead, see
 * wordsFit): one word in five may be the writer's own ("near" Aleppo for the source's "west of").
 */
const SAYS_LESS_SHARE = 0.8;

/** True when a figure is written exactly enough to be told apart by its digits (see RARE_FIGURE_DIGITS). */
export function isRareFigure(value: QuantityValue): boolean {
  const n = Math.abs(value.nominal);
  return (
    !value.vague &&
    !isMagnitude(value) &&
    n >= RARE_FIGURE_MIN &&
    Number.isInteger(n) &&
    significantDigits(n) >= RARE_FIGURE_DIGITS
  );
}

/**
 * True when the page figure and the corpus figure are one rare figure (see isRareFigure) of the same thing, and
 * the page sentence says nothing the passage does not (see wordsFit). The counted words must meet: "112
 * survivors" and "112 bodies" in one passage are two counts.
 */
export function saysLess(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpus: QuantityValue,
  passageIndex: number,
): boolean {
  const page = ctx.claim.value;
  if (page.type !== 'quantity' || page.nominal !== corpus.nominal || !isRareFigure(page)) return false;
  return sameCounted(page.counted, corpus.counted) && wordsFit(index, ctx, passageIndex);
}

/**
 * Of the passages found by a rare everyday figure's value (see valuePassages), keeps those whose words the page
 * sentence fits (see wordsFit); the others are left to retrieval by words, as every everyday figure's were. Once
 * examined, a passage is anchored by any rule: found by its "126" alone, "126 people killed by rebel shelling of
 * … Aleppo city" met "a car bomb killed at least 126 people near Aleppo" by the shared city.
 */
export function keepFitting(index: CorpusIndex, ctx: ClaimContext, byValue: Map<number, number>): void {
  for (const p of [...byValue.keys()]) if (!wordsFit(index, ctx, p)) byValue.delete(p);
}

/**
 * True when the page sentence's words fit the passage: nearly all its terms (SAYS_LESS_SHARE) are the passage's,
 * with at least SAYS_LESS_MIN_TERMS of them and what the figure counts; any place or person it names is in the
 * passage, in the sentence before or after it (a report gives a toll, then where: "… west of Aleppo"), or is a
 * rare name of its document (a retelling may take the ferry's name from the report's first line), but not a
 * city its document names somewhere among others; and the two name no different means of attack.
 */
function wordsFit(index: CorpusIndex, ctx: ClaimContext, passageIndex: number): boolean {
  const page = ctx.claim.value;
  if (page.type !== 'quantity') return false;
  const doc = index.passages[passageIndex]?.doc ?? -1;
  const own = passageTerms(index, passageIndex);
  const named = nameTerms(ctx);
  const around = namesAround(index, passageIndex);
  const known = documentTerms(index, doc);
  const rare = rareCeiling(index);
  for (const t of named)
    if (!own.has(t) && !around.has(t) && (!known.has(t) || documentFrequency(index, t) > rare)) return false;
  for (const t of page.counted ?? []) if (!own.has(t)) return false;
  let inPassage = 0;
  let shared = 0;
  for (const t of ctx.sentence) {
    if (own.has(t)) {
      inPassage++;
      shared++;
    } else if (named.has(t)) shared++;
  }
  if (inPassage < SAYS_LESS_MIN_TERMS || shared < Math.ceil(SAYS_LESS_SHARE * ctx.sentence.size))
    return false;
  return !meansClash(index, ctx, passageIndex);
}

/** True when two figures say what they count, and count a common thing: a bare "126" may be a year's anything. */
function sameCounted(page: readonly string[] | undefined, corpus: readonly string[] | undefined): boolean {
  return !!page && !!corpus && page.some((t) => corpus.includes(t));
}

/** The terms of the page sentence's names (the source it is credited to included: the document must know it too). */
function nameTerms(ctx: ClaimContext): ReadonlySet<string> {
  const out = new Set<string>();
  for (const name of ctx.names) for (const t of name) out.add(t);
  return out;
}
