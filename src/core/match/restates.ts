/**
 * A page sentence that restates a corpus passage: nearly its words, so the same report, which needs no shared name
 * to anchor its everyday figure (see anchors.ts), unless it is the same template filled in for another place.
 */
import type { CorpusIndex } from '../corpus/model';
import { topicNames, type OwnNames } from './corpus-names';
import type { ClaimContext } from './subject';
import { passageTerms } from './terms-cache';

/**
 * Terms a page sentence must share with a passage, at least, to restate it (see restates). Five or fewer make a
 * template any report may use: "At least 12 people died when shells hit a school" is 5.
 */
const RESTATE_MIN_TERMS = 6;
/** The share of the page sentence's terms that must be in the passage for it to restate the passage. */
const RESTATE_SHARE = 0.7;

/**
 * True when the page sentence says nearly what the passage says, in nearly its words ("the economy expanded at
 * an annualized rate of 4.2 percent in the second quarter", copied or lightly edited): the same report, which
 * needs no shared name to anchor its figure. Much health, business and economics news names nothing beside
 * its figures. A short sentence never restates anything this way, and the words of the source it is credited to
 * count for nothing (see creditedTerms). A paraphrase in other words is no restatement: "Apple shares rose 2%"
 * is not Tesla's "shares rose 2%", and nothing else tells them apart.
 */
export function restates(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  names: OwnNames,
): boolean {
  const credited = creditedTerms(ctx);
  let size = ctx.sentence.size;
  for (const t of credited) if (ctx.sentence.has(t)) size--;
  if (size < RESTATE_MIN_TERMS || fillsTemplateElsewhere(index, ctx, names.own)) return false;
  const around = passageTerms(index, passageIndex);
  const need = Math.max(RESTATE_MIN_TERMS, Math.ceil(RESTATE_SHARE * size));
  let shared = 0;
  let left = size;
  for (const t of ctx.sentence) {
    if (credited.has(t)) continue;
    if (around.has(t)) shared++;
    left--;
    if (shared >= need) return true;
    if (shared + left < need) return false;
  }
  return false;
}

/**
 * Terms of the page sentence's names that are no actors (see actorNames) and no actor's words: the source a
 * report is credited to ("…, the Syrian Observatory for Human Rights said") or a modifier. Every report of a
 * monitor's tolls ends in its long name, which is not what the report says.
 */
function creditedTerms(ctx: ClaimContext): ReadonlySet<string> {
  if (!ctx.credited) {
    const acting = new Set(ctx.actors.flat());
    ctx.credited = new Set(ctx.names.flat().filter((t) => !acting.has(t)));
  }
  return ctx.credited;
}

/**
 * True when the page sentence and the passage (its names `own`) each name something the other does not: one
 * template filled in for two places, as an agency words every attack ("Rocket shells fired on al-Mazzeh area in
 * Damascus killed one child" and "… on al-Hamadaniye in Aleppo killed four people"), not one report retold. Or
 * one sentence listing two places' figures, read at each other's: both sides' names are then the figure's own
 * (see figure-places.ts).
 */
function fillsTemplateElsewhere(index: CorpusIndex, ctx: ClaimContext, own: ReadonlySet<string>): boolean {
  const topic = topicNames(index);
  if (!ctx.entities.some((t) => !topic.has(t) && !own.has(t))) return false;
  for (const t of own) if (!topic.has(t) && (!ctx.sentence.has(t) || ctx.elsewhere?.has(t))) return true;
  return false;
}
