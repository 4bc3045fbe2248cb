/**
 * Finds the corpus passages that state the same fact as a page claim.
 *
 * Retrieval (MiniSearch over passage terms) proposes passages; each proposal is scored by subject agreement,
 * value compatibility and retrieval rank together, and only scores at or above MATCH_THRESHOLD are kept: a
 * wrong match misleads a reader more than a missing one. At most one match per document (its best).
 */
import type { CorpusIndex } from '../corpus/model';
import type { Claim } from '../types';
import { terms } from '../text/terms';
import { MATCH_THRESHOLD, type Candidate, type OtherTime } from './match-score';
import { documentNames, topicNames } from './corpus-names';
import { retrieve } from './retrieval';
import { documentTerms } from './terms-cache';
import { scoreFactClaims, statesSameValue } from './score-facts';
import { scoreQuote } from './score-quote';
import { claimContext, type ClaimContext } from './subject';
import { topicCoverage } from './subject-score';
import { withRecentYear } from './compare-dates';
import { inPlacedYear } from './placed-year';
import { valuePassages } from './value-candidates';
import { documentStatesFigure } from './states-figure';
import { keepFitting } from './says-less';
import { isEveryday } from './figure-size';

/** A passage that covers the claim's topic this well (rarity-weighted share of subject terms) is "silent" if it does not match. */
export const TOPIC_COVERAGE = 0.6;

/**
 * A subject of fewer terms names no topic a source could be silent on: "less than forty minutes of warning" is
 * about "warning", which articles on a war use too; calling them silent on a dam's flood warning is wrong.
 */
const MIN_TOPIC_TERMS = 2;

/**
 * A document whose best passage scored this close below the threshold is not called silent: it holds a
 * compatible value on a related subject ("millions have been displaced" for "millions forced from their homes")
 * that the matcher could not confirm, so "does not mention it" would be a wrong statement of its own.
 */
export const NEAR_MISS = 0.1;

/**
 * True when the document names one of `names` (the page sentence's, the corpus's common topic left out), or
 * there are none: "two people died" in Riverton is a topic a document on Syria's war does not cover, however
 * many of its people were killed.
 */
function namesSomething(index: CorpusIndex, names: readonly string[], doc: number): boolean {
  if (names.length === 0) return true;
  const known = documentTerms(index, doc);
  return names.some((t) => known.has(t));
}

/**
 * For a claim whose sentence names nothing ("More than 16,600 people were injured"), the documents that cover its
 * topic are those that share a name with the document that states it best: any document on people injured had
 * covered it, and a report on Syria was named silent on an earthquake's toll in a corpus of both. Reports on one
 * war all share its names, so none is left out among them.
 */
function keepSameTopic(index: CorpusIndex, covering: Map<number, number>, bestDoc: number): void {
  const names = documentNames(index, bestDoc);
  if (names.size === 0) return;
  for (const doc of covering.keys()) {
    if (doc === bestDoc) continue;
    let shared = false;
    for (const t of documentNames(index, doc)) if ((shared = names.has(t))) break;
    if (!shared) covering.delete(doc);
  }
}

/**
 * The names a covering document must share with the claim (see namesSomething), the corpus's common topic left
 * out: the names of what the claim is about when its subject has any ("the war in Yemen has killed …"), else
 * every name of its sentence. An article on Syria that cites the United Nations does not cover Yemen's war
 * because the page's sentence ends "the United Nations said".
 */
function topicalNames(ctx: ClaimContext, topic: ReadonlySet<string>): string[] {
  ctx.subjectNames ??= ctx.entities.filter((t) => ctx.subject.has(t));
  const named = ctx.subjectNames.filter((t) => !topic.has(t));
  return named.length > 0 ? named : ctx.entities.filter((t) => !topic.has(t));
}

/** How many retrieved passages are examined per claim. */
const RETRIEVAL_LIMIT = 40;

/** A candidate that is a count of another time (see OtherTimeCount). */
export type TimedCandidate = Candidate & { otherTime: OtherTime };

function isTimed(c: Candidate): c is TimedCandidate {
  return c.otherTime !== undefined;
}

/**
 * Everything matching learns about one claim: confident matches, confident counts of another time (see
 * OtherTimeCount), and the documents that cover its topic. A document is in at most one of the three.
 */
export interface FindResult {
  candidates: Candidate[];
  /** Best first. */
  otherCounts: TimedCandidate[];
  /** Document index → best passage covering the topic (for 'silent' reports); no near miss is among them. */
  covering: Map<number, number>;
  /** The near misses: documents that may report the claim, unconfirmed (see NEAR_MISS, documentStatesFigure). */
  unconfirmed: ReadonlySet<number>;
}

/** Options for internal callers (corpus disagreements). */
export interface FindOptions {
  /** Ignore this document (the claim's own, when a corpus claim is matched against the rest). */
  excludeDoc?: number;
  limit?: number;
  /** Overrides MATCH_THRESHOLD (for tuning on the gold set only). */
  threshold?: number;
  /**
   * The day (YYYY-MM-DD) the page was published, when the page says: an everyday figure is then no match for
   * a corpus report of another time (see report-days.ts).
   */
  published?: string;
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

/**
 * Within one document a statement of the same figure beats a different figure: the document does report it. Any
 * figure of the page's time beats a count of another time, which is context rather than the fact.
 */
function better(a: Candidate, b: Candidate): boolean {
  if ((a.otherTime === undefined) !== (b.otherTime === undefined)) return a.otherTime === undefined;
  const ca = a.match.relation === 'conflicts';
  const cb = b.match.relation === 'conflicts';
  if (ca !== cb) return cb;
  return a.match.score > b.match.score;
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
  const ctx = claimContext(options.published ? withRecentYear(claim, options.published) : claim);
  if (options.published) ctx.published = options.published;
  const query = queryTerms(index, ctx);
  const covering = new Map<number, number>();
  if (query.length === 0) return { candidates: [], otherCounts: [], covering, unconfirmed: new Set() };
  const limit = options.limit ?? RETRIEVAL_LIMIT;
  const byValue = valuePassages(index, ctx.claim, ctx.subject);
  if (ctx.claim.value.type === 'quantity' && isEveryday(ctx.claim.value)) keepFitting(index, ctx, byValue);
  const hits = retrieve(
    index.retrieval,
    query,
    (t) => (ctx.subject.has(t) ? 2 : 1),
    limit,
    new Set(byValue.keys()),
  );
  const top = hits.scores[0] ?? 1;
  const bestPerDoc = new Map<number, Candidate>();
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const nearMisses = new Set<number>();
  const topical = ctx.subject.size >= MIN_TOPIC_TERMS;
  const topic = topicNames(index);
  const ownNames = topical ? topicalNames(ctx, topic) : [];
  const examine = (passageIndex: number, retrieval: number): void => {
    const passage = index.passages[passageIndex];
    if (!passage || passage.doc === options.excludeDoc) return;
    if (
      topical &&
      !covering.has(passage.doc) &&
      topicCoverage(index, ctx, passageIndex) >= TOPIC_COVERAGE &&
      namesSomething(index, ownNames, passage.doc)
    ) {
      covering.set(passage.doc, passageIndex);
    }
    const candidate = scorePassage(index, ctx, passageIndex, retrieval, threshold - NEAR_MISS);
    if (!candidate) {
      // The same figure or date on the topic, which the matcher could not confirm (no shared name, say): a
      // source that prints "less than forty minutes of warning" is not silent on it.
      if (covering.has(passage.doc) && statesSameValue(index, ctx.claim, passageIndex))
        nearMisses.add(passage.doc);
      return;
    }
    if (candidate.match.score < threshold) nearMisses.add(passage.doc);
    else keepBest(bestPerDoc, passage.doc, candidate);
  };
  const count = Math.min(limit, hits.ids.length);
  for (let k = 0; k < count; k++) {
    const passageIndex = hits.ids[k] ?? -1;
    byValue.delete(passageIndex);
    examine(passageIndex, (hits.scores[k] ?? 0) / top);
  }
  // Passages that give a value the claim's could be, beyond the ranks examined (see value-candidates.ts): the
  // closest values first, then the best ranked, as many again as retrieval gave at most.
  const extra = [...byValue]
    .map(([p, close]) => ({ p, close, score: hits.wantedScores?.get(p) ?? 0 }))
    .sort((a, b) => b.close - a.close || b.score - a.score || a.p - b.p)
    .slice(0, limit);
  for (const { p, score } of extra) examine(p, score / top);
  for (const doc of covering.keys()) if (documentStatesFigure(index, ctx.claim, doc)) nearMisses.add(doc);
  for (const doc of nearMisses) covering.delete(doc);
  let best = [...bestPerDoc.values()].sort((a, b) => b.match.score - a.match.score);
  if (ctx.claim.value.type === 'date') best = inPlacedYear(ctx.claim.value, best);
  const bestDoc = best[0] ? index.passages[best[0].passage]?.doc : undefined;
  if (topical && ownNames.length === 0 && bestDoc !== undefined) keepSameTopic(index, covering, bestDoc);
  return {
    candidates: best.filter((c) => !isTimed(c)),
    otherCounts: best.filter(isTimed),
    covering,
    unconfirmed: nearMisses,
  };
}
