/**
 * Scores the figure and date claims of a passage against a page figure or date: subject agreement,
 * value compatibility weighted by how telling the value is, and retrieval rank. Separate from
 * find-matches.ts, which only decides which passages are scored.
 */
import type { CorpusClaim, CorpusIndex } from '../corpus/model';
import type { Claim, Match } from '../types';
import { datesAnchored, figuresAnchored } from './anchors';
import { countAtAnotherTime } from './other-time';
import { sameDateAgent } from './date-agents';
import { sameDateBound } from './date-scope';
import { namedTwice } from './month-event';
import { yearFitsWindow } from './undated-window';
import { namesClash } from './names-clash';
import { causesClash } from './causes';
import { countedGroupNamed } from './counted-people';
import { countsDead, deathsOnOneSide } from './counted';
import { samePageNewsDay } from './report-days';
import { figureFrame, framesClash, type FigureFrame } from './fact-frame';
import { compareQuantities, type ValueComparison } from './compare-values';
import { compareDates } from './compare-dates';
import { MATCH_THRESHOLD, round, passageMatch, type Candidate, type OtherTime } from './match-score';
import type { ClaimContext } from './subject';
import { significantDigits } from '../text/significant-digits';
import { entityFactor, sameDateEvent, subjectScore } from './subject-score';
import { passageTerms, perIndex } from './terms-cache';

/** A different figure is weak evidence of the same fact whatever the figure: the subject must carry it. */
const CONFLICT_EVIDENCE = 0.6;

/** Weights of the three evidence parts for figures and dates. */
const W_SUBJECT = 0.6;
const W_VALUE = 0.35;
const W_RETRIEVAL = 0.05;

/**
 * The least subject score with which a figure or date can still reach `threshold`: even with a perfect
 * value, retrieval and names, the subject must make up the rest. The corpus gate relies on it.
 */
export function minSubjectScore(threshold = MATCH_THRESHOLD): number {
  return (threshold - W_VALUE - W_RETRIEVAL) / W_SUBJECT;
}

/** The value comparison of a page figure or date with a corpus one; null for values of different kinds. */
function compareValue(claim: Claim, corpusValue: Match['value']): ValueComparison | null {
  const v = claim.value;
  if (v.type === 'quantity' && corpusValue.type === 'quantity') return compareQuantities(v, corpusValue);
  if (v.type === 'date' && corpusValue.type === 'date') return compareDates(v, corpusValue);
  return null;
}

/**
 * How much an equal value alone says that two statements are about one fact: a shared exact day or "15 of 18"
 * rarely happens by chance, a shared "five" or "dozens" all the time.
 */
export function specificity(value: Match['value']): number {
  if (value.type === 'date') {
    // A weekday or "yesterday" is a report's own news day, which every other report of that day shares.
    if (value.relative === true && value.precision === 'day') return RELATIVE_DAY;
    return { day: 1, week: 0.6, month: 0.7, year: 0.5 }[value.precision];
  }
  if (value.type !== 'quantity') return 0;
  if (value.of !== undefined) return 1;
  if (value.vague) return 0.35;
  const n = Math.abs(value.nominal);
  // "$13.7 billion", "592,700": three written digits or more are seldom shared by chance; "280,000" is two.
  if (n >= 1000) return significantDigits(n) >= 3 ? 1 : 0.9;
  if (value.unit && value.unit !== 'ordinal') return 0.6;
  if (n > 12) return 0.6;
  return 0.3;
}

/**
 * Two days apart by a week at most (compareDates calls no further day a rival): unlike a rival figure, such a
 * day is as telling as the same day, since two dates of unrelated events seldom fall within days of each other.
 * "Since February 26" against a source's "since February 27" is the very error a reader wants flagged.
 */
function rivalDays(page: Match['value'], corpus: Match['value']): boolean {
  return (
    page.type === 'date' && corpus.type === 'date' && page.precision === 'day' && corpus.precision === 'day'
  );
}

/** See deathsOnOneSide: one figure counts the dead, and the other's sentence never speaks of deaths. */
function deathsUnsaid(
  index: CorpusIndex,
  ctx: ClaimContext,
  corpus: CorpusClaim,
  passageIndex: number,
): boolean {
  const page = ctx.claim.value;
  if (page.type !== 'quantity' || corpus.value.type !== 'quantity') return false;
  // Most pairs are settled by what they count, before the passage's terms are asked for.
  if (countsDead(page.counted) === countsDead(corpus.value.counted)) return false;
  return deathsOnOneSide(
    { counted: page.counted, sentence: ctx.sentence, subject: ctx.claim.subject },
    { counted: corpus.value.counted, sentence: passageTerms(index, passageIndex), subject: corpus.subject },
  );
}

/** How telling a day counted from the writer's own is ("on Sunday", "yesterday"). */
const RELATIVE_DAY = 0.7;

/** A figure whose unit only one side states ("24" against "24 hours") may count something else entirely. */
function unitCertainty(claim: Claim, corpus: Match['value']): number {
  if (claim.value.type !== 'quantity' || corpus.type !== 'quantity') return 1;
  return (claim.value.unit === undefined) === (corpus.unit === undefined) ? 1 : 0.7;
}

/** True when a passage holds a figure or date equal to the page claim's (not merely compatible with it). */
export function statesSameValue(index: CorpusIndex, claim: Claim, passageIndex: number): boolean {
  for (const c of index.passages[passageIndex]?.claims ?? []) {
    const value = index.claims[c]?.value;
    if (value && value.type !== 'quote' && compareValue(claim, value)?.relation === 'agrees') return true;
  }
  return false;
}

/**
 * Does a passage's figure scoring `score` win over the best of its figures so far (`bestScore`, rounded)? As
 * between passages (see find-matches' `better`), a figure of a higher rank (see rankOf: one that states the page's
 * own, the same figure or date and not one a range merely takes in) beats the passage's other figures once it
 * reaches `threshold`: "six decimal places, … rounded them to three" reports the six. Otherwise the higher score
 * wins.
 */
function preferred(
  rank: number,
  score: number,
  bestRank: number,
  bestScore: number,
  threshold: number,
): boolean {
  if (rank === bestRank) return score > bestScore;
  if (rank < bestRank) return bestScore < threshold && score > bestScore;
  return round(score) >= threshold || score > bestScore;
}

/**
 * How a passage's figure ranks before scores count (see preferred): the page's own figure first, then any
 * other, then a count of another time (see countAtAnotherTime), which is context rather than the fact.
 */
function rankOf(states: boolean, otherTime: OtherTime | null): number {
  return states ? 2 : otherTime ? 0 : 1;
}

/** True when a corpus value the comparison calls `agrees` is the page's own figure or date, not a range holding it. */
function statesPageValue(claim: Claim, cmp: ValueComparison, corpus: Match['value']): boolean {
  if (cmp.relation !== 'agrees') return false;
  const page = claim.value;
  return page.type !== 'quantity' || corpus.type !== 'quantity' || page.nominal === corpus.nominal;
}

/** The page figure's frame, read at its first occurrence in its sentence (see fact-frame.ts). */
function pageFrame(ctx: ClaimContext): FigureFrame {
  const sentence = ctx.claim.sentence;
  ctx.frame ??= figureFrame(sentence, Math.max(0, sentence.indexOf(ctx.claim.text)));
  return ctx.frame;
}

/** A corpus figure's frame, read once per index. */
const corpusFrame = perIndex((index: CorpusIndex, claimIndex: number): FigureFrame => {
  const c = index.claims[claimIndex];
  return figureFrame(index.passages[c?.passage ?? -1]?.text ?? '', c?.start ?? 0);
});

/** Scores the figure or date claims of one passage against the page claim; returns the best. */
export function scoreFactClaims(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): Candidate | null {
  // Most retrieved passages hold no figure or date of the claim's kind: they cost a look at their claims only.
  const passage = index.passages[passageIndex];
  if (!passage) return null;
  // The best so far, kept as numbers: the match is built once, for the winner.
  let bestClaim = -1;
  let bestScore = 0;
  let bestRounded = 0;
  let bestCmp: ValueComparison | null = null;
  let bestRank = 0;
  let bestOtherTime: OtherTime | null = null;
  let bestSubject = 0;
  let bestValue = 0;
  let entities = -1;
  for (const claimIndex of passage.claims) {
    const c = index.claims[claimIndex];
    if (!c || c.kind !== ctx.claim.kind) continue;
    const cmp = compareValue(ctx.claim, c.value);
    if (!cmp) continue;
    if (
      c.value.type === 'quantity' &&
      (framesClash(pageFrame(ctx), corpusFrame(index, claimIndex)) ||
        !figuresAnchored(index, ctx, claimIndex, cmp.relation) ||
        !countedGroupNamed(index, ctx, c.value, passage.doc) ||
        deathsUnsaid(index, ctx, c, passageIndex) ||
        causesClash(index, ctx, passageIndex))
    )
      continue;
    if (
      c.value.type === 'date' &&
      (!datesAnchored(index, ctx, passageIndex, cmp.relation) ||
        !sameDateEvent(index, ctx, c.subject, claimIndex, cmp.relation === 'conflicts') ||
        !sameDateAgent(index, ctx, claimIndex) ||
        !sameDateBound(index, ctx, claimIndex) ||
        (ctx.claim.value.type === 'date' && !namedTwice(index, ctx, claimIndex, ctx.claim.value, c.value)) ||
        (ctx.claim.value.type === 'date' && !yearFitsWindow(index, passage.doc, c.value, ctx.claim.value)))
    )
      continue;
    const otherTime =
      c.value.type === 'quantity'
        ? countAtAnotherTime(index, ctx, c.value, passageIndex, cmp.relation)
        : null;
    if (
      c.value.type === 'date' &&
      ctx.claim.value.type === 'date' &&
      ctx.published &&
      !samePageNewsDay(index, ctx.claim.value, ctx.published, { passage: passageIndex, value: c.value })
    )
      continue;
    if (entities < 0) {
      // Checked once per passage, and only for one with a comparable figure or date: most retrieved have none.
      if (namesClash(index, ctx, passageIndex, passage.doc)) return null;
      entities = entityFactor(index, ctx, passage.doc);
    }
    const subject = subjectScore(index, ctx, c.subject, passageIndex);
    // A shared value is evidence of a shared fact in proportion to how unlikely it is by chance; a different
    // value for the same fact is judged on closeness alone (its subject has to carry the match).
    const spec = Math.min(specificity(c.value), specificity(ctx.claim.value));
    const value =
      cmp.compatibility *
      (cmp.relation === 'conflicts' && !rivalDays(ctx.claim.value, c.value) ? CONFLICT_EVIDENCE : spec) *
      unitCertainty(ctx.claim, c.value);
    const score = (W_SUBJECT * subject + W_VALUE * value + W_RETRIEVAL * retrieval) * entities;
    const rank = rankOf(statesPageValue(ctx.claim, cmp, c.value), otherTime);
    if (bestCmp && !preferred(rank, score, bestRank, bestRounded, threshold)) continue;
    bestClaim = claimIndex;
    bestScore = score;
    bestRounded = round(score);
    bestCmp = cmp;
    bestRank = rank;
    bestOtherTime = otherTime;
    bestSubject = subject;
    bestValue = value;
  }
  const c = index.claims[bestClaim];
  const doc = index.documents[passage.doc];
  if (!c || !bestCmp || !doc || round(bestScore) < threshold) return null;
  const parts = { subject: bestSubject, value: bestValue, retrieval, entities };
  const match = passageMatch(doc, passage, c.start, c.end, bestRounded, bestCmp.relation, c.value);
  // Written out rather than spread: the keys keep the order a Candidate has always had.
  return bestOtherTime
    ? { claim: bestClaim, passage: passageIndex, parts, otherTime: bestOtherTime, match }
    : { claim: bestClaim, passage: passageIndex, parts, match };
}
