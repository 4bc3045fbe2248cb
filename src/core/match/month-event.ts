/**
 * Whether two dates coarser than a day are one event's. A month, a season or a year is shared by everything that
 * happened in it, so one shared word besides the date is seldom the event: it is as often where ("US firms added
 * jobs in January" and "released from the US camp in January"), who ("Chepkemei"), or a word every event of a
 * kind has ("clinched his Olympic titles last August" and "recapture his world title in August"). What a reader
 * takes as one event names it twice over: its name and its kind ("the London Marathon on 17 April" and "this
 * year's London event in April", with "marathon" in both), what happened and where ("released from the Cuba
 * camp in January" and "released from the US camp in January"). So two such dates belong to one event only when
 * the two claims' sentences share at least two words of what happened (see eventTerm), besides sameDateEvent's
 * ask that one of them sit by the dates. A day needs no more than sameDateEvent's word: two events seldom fall
 * on one day by chance.
 *
 * Not what happened: how a figure moved ("a fall in inflation in January" and "falls in crude supplies
 * following a cold spell in January"), where in its time a happening stands ("the start of the war", "expected
 * to continue"), nor the words of either date itself ("by the end of October").
 */
import type { CorpusIndex } from '../corpus/model';
import type { ClaimContext } from './subject';
import { SentenceFinder } from '../text/sentences';
import { terms } from '../text/terms';
import type { DateValue } from '../types';
import { sourceOnlyTerms } from './source-names';
import { eventTerm } from './subject-score';
import { perClaim, perIndex } from './terms-cache';

/** Shared words that make two dates coarser than a day one event's. */
const MIN_SHARED = 2;

/**
 * Words that say how a figure moved, where in its time a happening stands, or what any happening may be, as the
 * matcher's terms ("decline" folds into "fall", "started" into "start"): every figure rises or falls, everything
 * starts, continues or remains, and ends, may be expected, and may be new or fresh. So "since the start of the
 * war in 2011" and "gunmen who started to flee in May 2011", "shipments expected to continue to grow in 2005"
 * and "we expect the deficit to continue to widen in 2005", or "a new harbour budget in March" and "a new ferry
 * service launched in March", share no event by them.
 */
const NOT_WHAT: ReadonlySet<string> = new Set(
  terms('rise fall start end beginning middle continue remain expected new fresh latest first major'),
);

/** True when `t` may say what happened on a date (see eventTerm), not a word of NOT_WHAT. */
function happening(t: string): boolean {
  return eventTerm(t) && !NOT_WHAT.has(t);
}

/**
 * The event words of the sentence of corpus claim `claimIndex` (a passage may hold more than one), less its
 * date's own words and the source it credits; read once per claim.
 */
const corpusWords = perIndex((index: CorpusIndex, claimIndex: number): ReadonlySet<string> => {
  const c = index.claims[claimIndex];
  const text = index.passages[c?.passage ?? -1]?.text ?? '';
  const sentence = new SentenceFinder(text).sentence(c?.start ?? 0);
  const dated = new Set(terms(text.slice(c?.start ?? 0, c?.end ?? 0)));
  const sources = sourceOnlyTerms(sentence);
  return new Set(terms(sentence).filter((t) => happening(t) && !dated.has(t) && !sources.has(t)));
});

/** The page claim's terms that say nothing of what happened: its date's own and its sentence's source's. */
const pageLeftOut = perClaim(
  (ctx: ClaimContext): ReadonlySet<string> =>
    new Set([...terms(ctx.claim.text), ...sourceOnlyTerms(ctx.claim.sentence)]),
);

/**
 * True when the page date and corpus date `claimIndex` are both days, or when their sentences share MIN_SHARED
 * words of what happened: neither date's own words ("end" of "by the end of October") nor a source either
 * credits.
 */
export function namedTwice(
  index: CorpusIndex,
  ctx: ClaimContext,
  claimIndex: number,
  page: DateValue,
  corpus: DateValue,
): boolean {
  if (page.precision === 'day' && corpus.precision === 'day') return true;
  const theirs = corpusWords(index, claimIndex);
  const left = pageLeftOut(ctx);
  let shared = 0;
  for (const t of ctx.sentence) {
    if (!theirs.has(t) || left.has(t)) continue;
    if (++shared >= MIN_SHARED) return true;
  }
  return false;
}
