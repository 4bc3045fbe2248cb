/**
 * A page's text in, its claims with context out: what the service worker runs for each batch of block
 * texts a content script sends.
 *
 * Extraction and matching run together here rather than extraction in the page, because the worker's code
 * stays compiled and optimised from one page to the next while a content script starts cold on every page
 * load (its first extraction pass was measured at 4–7× its steady speed), and because the work then leaves
 * the page's main thread altogether. The corpus gate drops, before they are built or matched, the figures
 * and dates that cannot match anything; it is a necessary condition of a match, so results are those of
 * extracting and matching everything.
 */
import { withRecentYear } from './match/compare-dates';
import type { CorpusIndex } from './corpus/model';
import { extractClaims } from './extract-claims';
import { matchClaim, type MatchOptions } from './match-claims';
import { pageDocument } from './corpus/page-document';
import { ClaimGate } from './match/claim-gate';
import { buildCorpusGate } from './match/gate';
import { GateChecker } from './match/gate-checker';
import { DatelineDays, type WrittenDay } from './dateline-days';
import type { Claim, OtherClaim, ScannedClaim } from './types';

/** The two gates of one index: per sentence, before claims are built, and per claim, before matching. */
export interface ScanGates {
  sentence: GateChecker;
  claim: ClaimGate;
}

/** Builds the gates of a loaded index (one pass over its passages; the claim gate fills its tables on first use). */
export function scanGates(index: CorpusIndex): ScanGates {
  return { sentence: new GateChecker(buildCorpusGate(index)), claim: new ClaimGate(index) };
}

/**
 * The options a claim written on `written` (see DatelineDays) is matched with. A corpus document saved from
 * `pageUrl`, the page's own address, is no source on it.
 */
function matchOptionsOf(index: CorpusIndex, written: WrittenDay, pageUrl: string | undefined): MatchOptions {
  const options: MatchOptions = written.published ? { published: written.day } : {};
  const own = pageDocument(index, pageUrl);
  if (own !== undefined) options.excludeDoc = own;
  return options;
}

/** The claim gate's verdict on a claim already built: a necessary condition of a match (null gates: every claim). */
function claimCanMatch(gates: ScanGates | null, claim: Claim, written: WrittenDay): boolean {
  if (gates === null) return true;
  return (
    gates.sentence.valueCanMatch(claim) &&
    // The gate compares the date the matcher will (see withRecentYear), or it would hide a match.
    gates.claim.canMatch(written.published ? withRecentYear(claim, written.day) : claim)
  );
}

/**
 * For each text, in order, the claims that have at least one confident match or count of another time (see
 * OtherTimeCount), with their results. Spans are
 * offsets into that text. `gates` are the index's (null: everything is matched, with the same results, slower).
 * Relative dates are read against `referenceDate`; `published` says it is the page's own date, not a reader's
 * today (see MatchOptions); after a dateline in a text, its day is (see DatelineDays). A corpus document saved
 * from `pageUrl`, the page's own address, is no source on it.
 */
export function scanTexts(
  index: CorpusIndex,
  gates: ScanGates | null,
  texts: readonly string[],
  referenceDate: string,
  published = false,
  pageUrl?: string,
): ScannedClaim[][] {
  const given = matchOptionsOf(index, { day: referenceDate, published }, pageUrl);
  const days = new DatelineDays(referenceDate, published);
  const { onDateline } = days;
  return texts.map((text) => {
    days.reset();
    const claims = gates
      ? extractClaims(text, {
          referenceDate,
          keepSentence: (terms) => gates.sentence.sentenceCanMatch(terms),
          onDateline,
        }).filter((claim) => claimCanMatch(gates, claim, days.at(claim.start)))
      : extractClaims(text, { referenceDate, onDateline });
    const out: ScannedClaim[] = [];
    for (const claim of claims) {
      const written = days.at(claim.start);
      const same = written.day === referenceDate && written.published === published;
      const options = same ? given : matchOptionsOf(index, written, pageUrl);
      const result = matchClaim(index, claim, options);
      if (result.matches.length > 0 || result.otherCounts) out.push({ claim, result });
    }
    return out;
  });
}

/** One text's claims with context, and how many other claims it makes (see scanCounting). */
export interface CountedScan {
  found: ScannedClaim[];
  /** Claims the text makes that no source states, nor gives as counted at another time, in text order. */
  unmatched: OtherClaim[];
  /** The day its last dateline gives (see datelineReference): what a text going on after it counts from. */
  dateline?: string;
}

/**
 * What scanTexts finds in one text, and the number of its other claims: a reader who pastes a text is told that
 * Claim Lens read its figures, dates and quotes even where the corpus says nothing of them. Every claim is built
 * (the sentence gate, which skips building them, would leave them uncounted); the claim gate still spares the
 * matcher those that cannot match, so `found` is what scanTexts finds. `excludeDoc` (an index into the corpus's
 * documents) is no source on the text: the corpus's copy of a checked text itself (see copiedDocument), as a
 * page's own saved copy is none on the page (see pageDocument).
 */
export function scanCounting(
  index: CorpusIndex,
  gates: ScanGates | null,
  text: string,
  referenceDate: string,
  published = false,
  excludeDoc: number | null = null,
): CountedScan {
  const found: ScannedClaim[] = [];
  const unmatched: OtherClaim[] = [];
  const days = new DatelineDays(referenceDate, published);
  for (const claim of extractClaims(text, { referenceDate, onDateline: days.onDateline })) {
    const written = days.at(claim.start);
    const options = matchOptionsOf(index, written, undefined);
    if (excludeDoc !== null) options.excludeDoc = excludeDoc;
    const result = claimCanMatch(gates, claim, written) ? matchClaim(index, claim, options) : null;
    if (result !== null && (result.matches.length > 0 || result.otherCounts)) found.push({ claim, result });
    else unmatched.push({ kind: claim.kind, text: claim.text, start: claim.start, end: claim.end });
  }
  const dateline = days.last();
  return dateline === undefined ? { found, unmatched } : { found, unmatched, dateline };
}
