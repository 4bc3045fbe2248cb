/**
 * Finds the corpus passages that state the same fact as a page claim.
 *
 * Retrieval (MiniSearch over passage terms) proposes passages; each proposal is scored by subject agreement,
 * value compatibility and retrieval rank together, and only scores at or above MATCH_THRESHOLD are kept: a
 * wrong match misleads a reader more than a missing one. At most one match per document (its best).
 */
import type { CorpusIndex } from '../corpus/model';
import { sourceLabel } from '../corpus/model';
import type { Claim, Match, QuoteValue } from '../types';
import { alignQuoteText, MIN_QUOTE_WORDS, quoteDiff, quoteText, wordsPresent } from './compare-quotes';
import { compareDates, compareQuantities, type ValueComparison } from './compare-values';
import { claimContext, entityFactor, subjectScore, topicCoverage, type ClaimContext } from './subject';
import { terms } from '../text/terms';
import { retrieve } from './retrieval';
import { passageQuoteText } from './terms-cache';

/**
 * The one confidence threshold for every kind of claim, tuned on test/gold/gold.json (see the gold test, which
 * prints precision and recall at this value).
 */
export const MATCH_THRESHOLD = 0.62;

/** A passage that covers the claim's topic this well (rarity-weighted share of subject terms) is "silent" if it does not match. */
export const TOPIC_COVERAGE = 0.6;

/** Share of a page quote's words that may be absent from a corpus passage that still quotes it. */
const MAX_MISSING_QUOTE_SHARE = 0.25;

/** How many of a page quote's `words` a corpus passage may lack and still quote it (the claim gate relies on it). */
export function maxMissingQuoteWords(words: number): number {
  return Math.max(1, Math.floor(words * MAX_MISSING_QUOTE_SHARE));
}

/** How many retrieved passages are examined per claim. */
const RETRIEVAL_LIMIT = 40;

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

/** A match with the corpus claim it came from (-1 when a quote was found in passage text without quote marks). */
export interface Candidate {
  match: Match;
  claim: number;
  passage: number;
  /** The evidence behind the score, for tuning and for explaining a match. */
  parts?: { subject: number; value: number; retrieval: number; entities: number };
}

/** Everything matching learns about one claim: confident matches and the documents that cover its topic. */
export interface FindResult {
  candidates: Candidate[];
  /** Document index → best passage covering the topic (for 'silent' reports). */
  covering: Map<number, number>;
}

/** Options for internal callers (corpus disagreements). */
export interface FindOptions {
  /** Ignore this document (the claim's own, when a corpus claim is matched against the rest). */
  excludeDoc?: number;
  limit?: number;
  /** Overrides MATCH_THRESHOLD (for tuning on the gold set only). */
  threshold?: number;
}

/**
 * Most query terms a search uses; the rarest are kept, since they decide which passages rank first. A large
 * corpus gets fewer (retrieval time grows with every term's posting list), a small one all it needs.
 */
const MAX_QUERY_TERMS = 6;
const MAX_QUERY_TERMS_SMALL = 16;

/** In a large corpus, a term in more than this share of passages only slows retrieval down. */
const MAX_QUERY_TERM_SHARE = 0.05;

/**
 * The retrieval query: the claim's subject and the names in its sentence (for a quote, its words and speaker),
 * rarest first, without terms so common that they would pull in most of the corpus.
 */
function queryTerms(index: CorpusIndex, ctx: ClaimContext): string[] {
  const out = new Set(ctx.subject);
  if (ctx.claim.value.type === 'quote') {
    for (const t of terms(ctx.claim.value.text)) out.add(t);
    if (ctx.claim.value.speaker) for (const t of terms(ctx.claim.value.speaker)) out.add(t);
  } else {
    for (const t of ctx.entities) out.add(t);
    // The extracted subject is a few words near the figure and can miss the sentence's head noun ("A truce …
    // has held since February 27"): the rest of the sentence still helps find passages (subject terms are boosted).
    for (const t of ctx.sentence) out.add(t);
  }
  // Frequencies looked up once per term, not per comparison; the stable sort keeps ties in insertion order.
  const ranked: { t: string; df: number }[] = [];
  for (const t of out) {
    const df = index.passageFrequency.get(t) ?? 0;
    if (df > 0) ranked.push({ t, df });
  }
  ranked.sort((a, b) => a.df - b.df);
  const large = index.passages.length >= 200;
  const cap = large ? index.passages.length * MAX_QUERY_TERM_SHARE : Infinity;
  const selective = ranked.filter((r) => r.df <= cap);
  return (selective.length >= 2 ? selective : ranked)
    .map((r) => r.t)
    .slice(0, large ? MAX_QUERY_TERMS : MAX_QUERY_TERMS_SMALL);
}

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
    return { day: 1, week: 0.6, month: 0.7, year: 0.5 }[value.precision];
  }
  if (value.type !== 'quantity') return 0;
  if (value.of !== undefined) return 1;
  if (value.vague) return 0.35;
  const n = Math.abs(value.nominal);
  if (n >= 1000) return 0.9;
  if (value.unit && value.unit !== 'ordinal') return 0.6;
  if (n > 12) return 0.6;
  return 0.3;
}

/** A figure whose unit only one side states ("24" against "24 hours") may count something else entirely. */
function unitCertainty(claim: Claim, corpus: Match['value']): number {
  if (claim.value.type !== 'quantity' || corpus.type !== 'quantity') return 1;
  return (claim.value.unit === undefined) === (corpus.unit === undefined) ? 1 : 0.7;
}

/** Within one document a statement of the same figure beats a different figure: the document does report it. */
function better(a: Candidate, b: Candidate): boolean {
  const ca = a.match.relation === 'conflicts';
  const cb = b.match.relation === 'conflicts';
  if (ca !== cb) return cb;
  return a.match.score > b.match.score;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * A score of at most this much below a threshold cannot round up to it: bounds use it as their margin, so a
 * shortcut never drops a candidate the full computation would keep.
 */
const ROUNDING_MARGIN = 0.001;

/** Scores the figure or date claims of one passage against the page claim; returns the best. */
function scoreFactClaims(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): Candidate | null {
  const passage = index.passages[passageIndex];
  const doc = passage ? index.documents[passage.doc] : undefined;
  if (!passage || !doc) return null;
  // The best so far, kept as numbers: the match is built once, for the winner.
  let bestClaim = -1;
  let bestScore = 0;
  let bestRounded = 0;
  let bestCmp: ValueComparison | null = null;
  let bestParts: Candidate['parts'];
  let entities = -1;
  for (const claimIndex of passage.claims) {
    const c = index.claims[claimIndex];
    if (!c || c.kind !== ctx.claim.kind) continue;
    const cmp = compareValue(ctx.claim, c.value);
    if (!cmp) continue;
    if (entities < 0) entities = entityFactor(index, ctx, passage.doc);
    const subject = subjectScore(index, ctx, c.subject, passageIndex);
    // A shared value is evidence of a shared fact in proportion to how unlikely it is by chance; a different
    // value for the same fact is judged on closeness alone (its subject has to carry the match).
    const spec = Math.min(specificity(c.value), specificity(ctx.claim.value));
    const value =
      cmp.compatibility *
      (cmp.relation === 'conflicts' ? CONFLICT_EVIDENCE : spec) *
      unitCertainty(ctx.claim, c.value);
    const score = (W_SUBJECT * subject + W_VALUE * value + W_RETRIEVAL * retrieval) * entities;
    if (bestClaim >= 0 && bestRounded >= score) continue;
    bestClaim = claimIndex;
    bestScore = score;
    bestRounded = round(score);
    bestCmp = cmp;
    bestParts = { subject, value, retrieval, entities };
  }
  const c = index.claims[bestClaim];
  if (!c || !bestCmp || round(bestScore) < threshold) return null;
  return {
    claim: bestClaim,
    passage: passageIndex,
    parts: bestParts,
    match: {
      doc: doc.id,
      source: sourceLabel(doc),
      passage: passage.text,
      passageStart: passage.start,
      passageEnd: passage.end,
      spanStart: c.start,
      spanEnd: c.end,
      score: bestRounded,
      relation: bestCmp.relation,
      value: c.value,
    },
  };
}

/** Weights of a quote's score: coverage, density and retrieval rank. */
const Q_COVERAGE = 0.7;
const Q_DENSITY = 0.2;
const Q_RETRIEVAL = 0.1;

/** Looks for the page quote's words in one passage. */
function scoreQuote(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  retrieval: number,
  threshold: number,
): Candidate | null {
  const value = ctx.claim.value;
  const passage = index.passages[passageIndex];
  const doc = passage ? index.documents[passage.doc] : undefined;
  if (value.type !== 'quote' || !passage || !doc) return null;
  const quote = (ctx.quote ??= quoteText(value.text));
  const n = quote.words.length;
  if (n < MIN_QUOTE_WORDS) return null;
  // "Largely the same words": a few words may differ (an inflection, an editor's bracket, a synonym), but a
  // quote that shares only its opening or a stock phrase ("we are also prepared to …") is another statement.
  const allowed = maxMissingQuoteWords(n);
  const words = passageQuoteText(index, passageIndex);
  // No alignment lines up more words than the passage has of the quote's, nor is denser than 1: cheap bounds
  // that spare the O(n·m) alignment for most retrieved passages.
  const present = wordsPresent(quote, words);
  if (present < n - allowed) return null;
  if (Q_COVERAGE * (present / n) + Q_DENSITY + Q_RETRIEVAL * retrieval + ROUNDING_MARGIN < threshold)
    return null;
  const a = alignQuoteText(quote, words);
  if (!a || a.missing > allowed) return null;
  const score = round(Q_COVERAGE * a.coverage + Q_DENSITY * a.density + Q_RETRIEVAL * retrieval);
  if (score < threshold) return null;
  // The corpus's own quote claim over this stretch, when its quotation marks survived, gives the speaker.
  let claim = -1;
  for (const ci of passage.claims) {
    const c = index.claims[ci];
    if (c && c.kind === 'quote' && c.start < a.end && c.end > a.start) claim = ci;
  }
  const own = index.claims[claim];
  const corpusText = passage.text.slice(a.start, a.end);
  const corpusValue: QuoteValue = { type: 'quote', text: corpusText };
  if (own?.value.type === 'quote' && own.value.speaker) corpusValue.speaker = own.value.speaker;
  return {
    claim,
    passage: passageIndex,
    match: {
      doc: doc.id,
      source: sourceLabel(doc),
      passage: passage.text,
      passageStart: passage.start,
      passageEnd: passage.end,
      spanStart: a.start,
      spanEnd: a.end,
      score,
      relation: a.verbatim ? 'agrees' : 'reworded',
      value: corpusValue,
      diff: quoteDiff(value.text, corpusText),
    },
  };
}

/**
 * Scores one passage against a prepared claim: its best candidate, or null. Candidates scoring below
 * `threshold` (rounded, as Match.score) are null too; the default keeps every candidate.
 */
export function scorePassage(
  index: CorpusIndex,
  ctx: ClaimContext,
  passage: number,
  retrieval: number,
  threshold = -Infinity,
): Candidate | null {
  return ctx.claim.kind === 'quote'
    ? scoreQuote(index, ctx, passage, retrieval, threshold)
    : scoreFactClaims(index, ctx, passage, retrieval, threshold);
}

/** Keeps the better candidate per document. */
export function keepBest(bestPerDoc: Map<number, Candidate>, doc: number, candidate: Candidate): void {
  const previous = bestPerDoc.get(doc);
  if (!previous || better(candidate, previous)) bestPerDoc.set(doc, candidate);
}

/** Retrieves, scores and filters; the core of matchClaim and of the corpus's own disagreement search. */
export function findMatches(index: CorpusIndex, claim: Claim, options: FindOptions = {}): FindResult {
  const ctx = claimContext(claim);
  const query = queryTerms(index, ctx);
  const covering = new Map<number, number>();
  if (query.length === 0) return { candidates: [], covering };
  const hits = retrieve(index.retrieval, query, (t) => (ctx.subject.has(t) ? 2 : 1));
  const top = hits.scores[0] ?? 1;
  const bestPerDoc = new Map<number, Candidate>();
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const count = Math.min(options.limit ?? RETRIEVAL_LIMIT, hits.ids.length);
  for (let k = 0; k < count; k++) {
    const passageIndex = hits.ids[k] ?? -1;
    const passage = index.passages[passageIndex];
    if (!passage || passage.doc === options.excludeDoc) continue;
    const retrieval = (hits.scores[k] ?? 0) / top;
    if (!covering.has(passage.doc) && topicCoverage(index, ctx, passageIndex) >= TOPIC_COVERAGE) {
      covering.set(passage.doc, passageIndex);
    }
    const candidate = scorePassage(index, ctx, passageIndex, retrieval, threshold);
    if (!candidate) continue;
    keepBest(bestPerDoc, passage.doc, candidate);
  }
  const candidates = [...bestPerDoc.values()].sort((a, b) => b.match.score - a.match.score);
  return { candidates, covering };
}
