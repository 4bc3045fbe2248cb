/**
 * Compares the value of a page claim with the value of a corpus claim: are they the same figure, a vaguer or more
 * precise statement of it, a different figure for what may be the same fact, or too far apart to be about the same
 * thing at all? Dates are compared in compare-dates.ts.
 *
 * Relations are stated from the corpus's side: 'vaguer' means the corpus passage says less precisely what the
 * page says ("February" against the page's "February 27").
 */
import type { QuantityValue, Relation } from '../types';
import { significantDigits } from '../text/significant-digits';
import { isEveryday } from './figure-size';
import { convertedTo, CONVERSION_ROUNDING, whatClashes } from './measures';
import { isHedge } from '../extract/hedge';
import { NON_MEASURE_UNITS } from '../extract/quantity-words';

/** How a corpus value relates to the page value, and how compatible the two are (1 = same figure). */
export interface ValueComparison {
  relation: Relation;
  /** In [0, 1]: 1 for the same value, lower the further apart conflicting values are. */
  compatibility: number;
}

/**
 * Figures further apart than this factor are taken to be about different things, not a disagreement:
 * reports of one death toll differ by tens of percent or a vague word's width ("dozens" against "hundreds"),
 * not by orders of magnitude (30 killed in a raid is not a rival figure for 280,000 killed in the war).
 */
export const MAX_CONFLICT_RATIO = 4;

/**
 * Units that never count things, so a figure without a unit is never one of them: shares, ranks and spans of
 * time ("45 killed in the last 24 hours": 24 hours is not a rival figure for 16 civilians killed). Other units
 * (money, distance, weight) may be left out by a writer who means them ("5 million" in aid).
 */
export const STRICT_UNITS: ReadonlySet<string> = NON_MEASURE_UNITS;

function unitsClash(a: QuantityValue, b: QuantityValue): boolean {
  const ua = a.unit ?? '';
  const ub = b.unit ?? '';
  if (ua === ub) return false;
  // A unit the extractor did not see is not a clash, except percent and ordinals, which never count things.
  if (ua === '' || ub === '') {
    if (STRICT_UNITS.has(ua) || STRICT_UNITS.has(ub)) return true;
    // Nor where the figure without one says what it counts: "10 whales" is no distance, weight or sum left bare.
    return ((ua === '' ? a : b).counted?.length ?? 0) > 0;
  }
  return true;
}

/**
 * Two everyday figures without a unit of which only one says what it counts: "three cosmonauts" against the
 * "two" of "two F-16 and two A-10 jets" (glued model names hide the noun). A large figure is specific enough
 * on its own; two small ones that may count anything are left unmatched rather than called rivals.
 */
function countedOnOneSide(page: QuantityValue, corpus: QuantityValue): boolean {
  if (page.unit !== undefined || corpus.unit !== undefined || !isEveryday(page) || !isEveryday(corpus))
    return false;
  return (page.counted?.length ?? 0) > 0 !== (corpus.counted?.length ?? 0) > 0;
}

/**
 * An upper bound ("as much as $2,000", "up to 40 people") is the most of something: a plain figure well under it
 * is another instance ("for every $1000 invested"), not a report of it, though the bound's reading takes it in.
 * Near the bound ("up to 400,000" against "350,000") it may still be one estimate.
 */
const CEILING_REACH = 0.75;

/** True when `bound` is an upper bound and `plain`, a plain figure, lies under CEILING_REACH of it. */
function farBelowCeiling(bound: QuantityValue, plain: QuantityValue): boolean {
  if (bound.qualifier !== 'up-to' && bound.qualifier !== 'at-most') return false;
  if (plain.qualifier !== undefined || plain.vague === true) return false;
  return plain.nominal < CEILING_REACH * bound.nominal;
}

/**
 * The same figure written on both sides, one hedged ("some 42,000" against "about 42,000" or "42,000"): a reader
 * takes them as the same report, not one as more precise than the other. A vague magnitude ("dozens") is more.
 */
function sameFigureHedged(a: QuantityValue, b: QuantityValue): boolean {
  if (a.nominal !== b.nominal) return false;
  return isHedge((a.vague === true ? a : b).qualifier);
}

/** Compares two quantities by the overlap of their [low, high] intervals; null when they cannot be one fact. */
export function compareQuantities(page: QuantityValue, corpus: QuantityValue): ValueComparison | null {
  // "25 miles" in one outlet is "40 kilometres" in another: compared in one unit, the same figure rounded agrees.
  const pageIn = convertedTo(page, corpus.unit);
  const corpusIn = pageIn ? null : convertedTo(corpus, page.unit);
  if (pageIn || corpusIn) {
    const [a, b] = [pageIn ?? page, corpusIn ?? corpus];
    if (Math.abs(a.nominal - b.nominal) <= CONVERSION_ROUNDING * Math.max(a.nominal, b.nominal))
      return { relation: 'agrees', compatibility: 0.95 };
    return compareQuantities(a, b);
  }
  if (unitsClash(page, corpus) || whatClashes(page, corpus)) return null;
  if (countedOnOneSide(page, corpus)) return null;
  if (farBelowCeiling(page, corpus) || farBelowCeiling(corpus, page)) return null;
  if (page.of !== undefined && corpus.of !== undefined && page.of !== corpus.of) {
    return { relation: 'conflicts', compatibility: 0.6 };
  }
  const low = Math.max(page.low, corpus.low);
  const high = Math.min(page.high, corpus.high);
  // A part of a whole ("15 of 18 besieged areas") and a bare count are one fact only when the count is the
  // part; a different bare count ("eight fighters") is no rival for it.
  const oneWhole = (page.of === undefined) !== (corpus.of === undefined);
  if (oneWhole && low > high) return null;
  if (low <= high) {
    const pageVague = page.vague === true;
    const corpusVague = corpus.vague === true;
    if (pageVague !== corpusVague && !sameFigureHedged(page, corpus)) {
      return {
        relation: hedgeAgainstFinerFigure(page, corpus) ?? (corpusVague ? 'vaguer' : 'more-precise'),
        compatibility: 0.85,
      };
    }
    if (
      page.nominal !== corpus.nominal &&
      (sameBound(page.qualifier, corpus.qualifier) || hedgedApart(page, corpus))
    ) {
      return { relation: 'conflicts', compatibility: conflictCompatibility(page.nominal, corpus.nominal) };
    }
    const precision = roundingRelation(page, corpus) ?? aboutAndExact(page, corpus);
    if (precision !== null) return precision;
    return { relation: 'agrees', compatibility: page.nominal === corpus.nominal ? 1 : 0.95 };
  }
  const rounded = roundedDecimals(page, corpus);
  if (rounded !== null) return rounded;
  // An exact figure within what a bare "millions" is said of: the word is a vaguer report of it.
  const reach = corpus.vague ? corpus.reach : page.vague ? page.reach : undefined;
  if (reach !== undefined && page.vague !== corpus.vague) {
    const exact = corpus.vague ? page : corpus;
    const vague = corpus.vague ? corpus : page;
    if (exact.low > vague.high && exact.low <= reach) {
      return { relation: corpus.vague ? 'vaguer' : 'more-precise', compatibility: 0.85 };
    }
  }
  // Disjoint: how many times apart are the nearest ends?
  const near = Math.max(Math.abs(high), 1e-9);
  const far = Math.abs(low);
  if (Math.sign(low) !== Math.sign(high) && high !== 0) return null;
  const ratio = far / near;
  if (!Number.isFinite(ratio) || ratio > MAX_CONFLICT_RATIO) return null;
  return { relation: 'conflicts', compatibility: conflictCompatibility(near, far) };
}

/**
 * A figure vague only by its hedge ("some 85,000", "an estimated $4.2 billion") against one written rounder ("about
 * 90,000", "$4 billion"): the hedged figure, written to more digits, is the more precise report, though its hedge
 * widens its reading. Null when the vague side is a magnitude word ("tens of thousands") or is not the finer one, or
 * the rounder figure is not in round thousands.
 */
function hedgeAgainstFinerFigure(
  page: QuantityValue,
  corpus: QuantityValue,
): 'vaguer' | 'more-precise' | null {
  const vague = page.vague === true ? page : corpus;
  if (vague.qualifier === undefined) return null;
  const [pageDigits, corpusDigits] = [significantDigits(page.nominal), significantDigits(corpus.nominal)];
  if (pageDigits === 0 || corpusDigits === 0 || pageDigits === corpusDigits) return null;
  const finer = corpusDigits > pageDigits ? corpus : page;
  const rounder = finer === corpus ? page : corpus;
  // Only a figure in round thousands or more reads as rounded: "50 killed" may be an exact count, "90,000" is not.
  if (finer !== vague || rounder.nominal % 1000 !== 0) return null;
  return finer === corpus ? 'more-precise' : 'vaguer';
}

/**
 * Two plain figures written to different precision whose roundings overlap ("$145m" is 144.5–145.5 million):
 * when neither figure lies within the other's rounding ("$145m" against "$144 million", which only touch at
 * 144.5 million) they are different figures; when only one does ("$1.4 trillion" within what "$1 trillion" may
 * round), the rounder one is the vaguer report, not the same one. Null when both lie within the other's (the
 * same figure) or either is hedged or vague, which the caller reads by its bounds.
 */
function roundingRelation(page: QuantityValue, corpus: QuantityValue): ValueComparison | null {
  if (page.nominal === corpus.nominal || page.qualifier !== undefined || corpus.qualifier !== undefined) {
    return null;
  }
  if (page.vague === true || corpus.vague === true) return null;
  const pageWithin = page.nominal >= corpus.low && page.nominal <= corpus.high;
  const corpusWithin = corpus.nominal >= page.low && corpus.nominal <= page.high;
  if (pageWithin === corpusWithin) {
    return pageWithin
      ? null
      : { relation: 'conflicts', compatibility: conflictCompatibility(page.nominal, corpus.nominal) };
  }
  return { relation: pageWithin ? 'vaguer' : 'more-precise', compatibility: 0.85 };
}

/**
 * An exact figure within what "about" another one reads as ("1,800" against "about 2,000", "$310 million" against
 * "about $300 million"): the exact one is the more precise report, as it is against "some 2,000". Null for the
 * same figure on both sides ("about 42,000" against "42,000"), which is one report.
 */
function aboutAndExact(page: QuantityValue, corpus: QuantityValue): ValueComparison | null {
  if (page.nominal === corpus.nominal) return null;
  if (page.qualifier === 'about' && isExact(corpus)) return { relation: 'more-precise', compatibility: 0.85 };
  if (corpus.qualifier === 'about' && isExact(page)) return { relation: 'vaguer', compatibility: 0.85 };
  return null;
}

/** A figure written plainly: no qualifier, no vague word, one value. */
function isExact(v: QuantityValue): boolean {
  return v.qualifier === undefined && v.vague !== true && v.low === v.high;
}

/** Decimal places a figure is written to: 0 for 19, 1 for 19.3. */
function decimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

/**
 * Two plain figures, one the other rounded to fewer decimal places ("19 inches" against "19.3 inches", "12%"
 * against "11.8%"): the rounder one is the vaguer report of the same figure, not a rival. A count written as a
 * whole number ("41 killed") has no decimals to round, so this never joins two counts.
 */
function roundedDecimals(page: QuantityValue, corpus: QuantityValue): ValueComparison | null {
  if (page.qualifier !== undefined || corpus.qualifier !== undefined) return null;
  if (page.low !== page.high || corpus.low !== corpus.high) return null;
  const [pd, cd] = [decimals(page.nominal), decimals(corpus.nominal)];
  if (pd === cd) return null;
  const [fine, coarse, places] = pd > cd ? [page, corpus, cd] : [corpus, page, pd];
  const factor = 10 ** places;
  if (Math.round(fine.nominal * factor) / factor !== coarse.nominal) return null;
  return { relation: coarse === corpus ? 'vaguer' : 'more-precise', compatibility: 0.85 };
}

/** How close two rival figures are: 1.0× apart → 0.8, MAX_CONFLICT_RATIO× apart → 0.5. */
function conflictCompatibility(a: number, b: number): number {
  const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.max(Math.min(Math.abs(a), Math.abs(b)), 1e-9);
  return 0.8 - (0.3 * Math.log(Math.min(ratio, MAX_CONFLICT_RATIO))) / Math.log(MAX_CONFLICT_RATIO);
}

const FLOORS: ReadonlySet<string> = new Set(['more-than', 'at-least']);
const CEILINGS: ReadonlySet<string> = new Set(['up-to', 'at-most', 'less-than', 'nearly']);

/**
 * Both figures are floors ("more than", "at least") or both ceilings ("up to", "nearly"). Two such figures that
 * name different numbers are two tallies, however much the readings of their bounds overlap: one outlet's
 * "more than 330,000" is not another's "more than 280,000", though a toll of 335,000 would fit both.
 */
function sameBound(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (FLOORS.has(a) && FLOORS.has(b)) || (CEILINGS.has(a) && CEILINGS.has(b));
}

/**
 * Two hedged figures, each outside the other's reading ("about 500,000" is 450,000–550,000, "nearly 600,000"
 * 540,000–600,000): their readings touch at the edges, but a reader sees one outlet say 500,000 and another
 * 600,000. A hedged figure inside the other's reading ("more than 280,000" against "about 300,000") is the same
 * report, hedged twice.
 */
function hedgedApart(a: QuantityValue, b: QuantityValue): boolean {
  if (a.qualifier === undefined || b.qualifier === undefined || a.vague === true || b.vague === true)
    return false;
  const aWithin = a.nominal >= b.low && a.nominal <= b.high;
  const bWithin = b.nominal >= a.low && b.nominal <= a.high;
  return !aWithin && !bWithin;
}
