/**
 * The per-claim corpus gate: before a found claim is matched, a few set lookups tell whether any corpus
 * claim could match it at all. On a page full of figures, dates and quotes about other things (sports,
 * prices, weather), this turns most of the matcher's work away.
 *
 * Like the sentence gate (gate.ts), every test is a necessary condition of findMatches, never a guess:
 * - a figure or date can only match a corpus claim of its kind whose value compareValues accepts, and whose
 *   own subject and passage share enough terms with the page sentence to earn minSubjectScore, each term
 *   counted at its best (in both subjects; a name only if the page capitalises it, as subjectScore does);
 * - a quote can only match a passage that holds at least as many of its words as scoreQuote lets it miss (all
 *   of them for a short quote).
 * Where the answer would take long to work out (a very common term, a very large corpus), the gate says yes.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import type { Claim } from '../types';
import { compareQuantities } from './compare-values';
import { compareDates } from './compare-dates';
import { MIN_QUOTE_WORDS, quoteWords } from './compare-quotes';
import { MATCH_THRESHOLD } from './match-score';
import { minSubjectScore } from './score-facts';
import { maxMissingQuoteWords, MIN_SHORT_QUOTE_WORDS } from './score-quote';
import { entityTerms } from './names';
import { CALENDAR_TERMS } from './subject';
import { subjectWeightBound, termWeightBound, weightFor } from './subject-score';
import { passageTerms } from './terms-cache';

/** Corpus claims looked at per page claim before the gate gives up and lets the claim through. */
const MAX_CANDIDATES = 400;

/** A quote word found in more than this share of passages is assumed present in every one. */
const COMMON_WORD_SHARE = 0.2;

/** An empty name set: with it, termWeightBound counts no term as a name (its least). */
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Scratch space of factCanMatch, one slot per corpus claim, reused from claim to claim: `seen[ci] === stamp`
 * says the slot belongs to the claim being asked about.
 */
interface WeightBounds {
  stamp: number;
  seen: Int32Array;
  low: Float64Array;
  high: Float64Array;
  /** The corpus claims with a slot this time, in the order first met. */
  candidates: number[];
}

/** Lists `value` under `key`. */
function file<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Answers "could this claim match anything in the corpus?" for one loaded index. */
export class ClaimGate {
  private readonly need: number;
  /** Term → corpus figure and date claims whose subject or passage holds it (built on first use). */
  private byTerm: Map<string, number[]> | null = null;
  /** Corpus figure and date claims by claim index: their subject terms and the terms of their passage. */
  private readonly facts: ({ subject: ReadonlySet<string>; around: ReadonlySet<string> } | undefined)[] = [];
  /** Per corpus claim, the subject weight bounds of the claim being asked about (see factCanMatch). */
  private readonly bounds: WeightBounds;
  /** Quote word → passages that hold it (built on first use). */
  private byWord: Map<string, number[]> | null = null;
  /**
   * The sentence of the last figure or date asked about, with its terms and, once a corpus value was found
   * compatible, its names: a sentence's claims are asked about one after another, and most claims never
   * get as far as needing names.
   */
  private sentence = '';
  private context: string | undefined;
  private sentenceTerms: readonly string[] = [];
  private sentenceNames: ReadonlySet<string> | null = null;

  constructor(
    private readonly index: CorpusIndex,
    threshold = MATCH_THRESHOLD,
  ) {
    this.need = weightFor(minSubjectScore(threshold));
    const n = index.claims.length;
    this.bounds = {
      stamp: 0,
      seen: new Int32Array(n),
      low: new Float64Array(n),
      high: new Float64Array(n),
      candidates: [],
    };
  }

  /** False when no corpus claim or passage could match `claim`. */
  canMatch(claim: Claim): boolean {
    if (claim.value.type !== 'quote') return this.factCanMatch(claim);
    // A joined quote is matched whole and part by part (see scoreQuote).
    return (
      this.quoteCanMatch(claim.value.text) || (claim.value.parts ?? []).some((p) => this.quoteCanMatch(p))
    );
  }

  private factCanMatch(claim: Claim): boolean {
    if (!(this.need > 0)) return true;
    const sentence = claim.sentence || claim.text;
    if (sentence !== this.sentence || claim.context !== this.context) {
      this.sentence = sentence;
      this.context = claim.context;
      this.sentenceTerms = terms(sentence);
      this.sentenceNames = null;
    }
    const own = new Set(this.sentenceTerms);
    for (const t of claim.subject) own.add(t);
    const byTerm = (this.byTerm ??= this.factsByTerm());
    const facts = this.facts;
    const bounds = this.bounds;
    const stamp = ++bounds.stamp;
    const candidates = bounds.candidates;
    candidates.length = 0;
    // A corpus claim that shares no term with the sentence earns no subject weight: it is never a candidate.
    // Its weight is summed here term by term over the claims filed under each term, in the order
    // subjectWeightBound would sum it, at the least and the most each term can count before names are known.
    for (const t of own) {
      if (CALENDAR_TERMS.has(t)) continue;
      for (const ci of byTerm.get(t) ?? []) {
        const fact = facts[ci];
        if (!fact) continue;
        if (bounds.seen[ci] !== stamp) {
          bounds.seen[ci] = stamp;
          bounds.low[ci] = 0;
          bounds.high[ci] = 0;
          candidates.push(ci);
          if (candidates.length > MAX_CANDIDATES) return true;
        }
        bounds.low[ci] = (bounds.low[ci] ?? 0) + termWeightBound(t, fact.subject, fact.around, NO_NAMES);
        bounds.high[ci] = (bounds.high[ci] ?? 0) + termWeightBound(t, fact.subject, fact.around);
      }
    }
    for (const ci of candidates) {
      const fact = facts[ci];
      if (!fact || (bounds.high[ci] ?? 0) < this.need || !this.valueCompatible(claim, ci)) continue;
      if ((bounds.low[ci] ?? 0) >= this.need) return true;
      // Between the bounds only the sentence's names can tell (see claimContext: they count as names there).
      this.sentenceNames ??= new Set([...entityTerms(sentence), ...entityTerms(claim.context ?? '')]);
      if (subjectWeightBound(own, fact.subject, fact.around, this.need, this.sentenceNames) >= this.need)
        return true;
    }
    return false;
  }

  /** True when corpus claim `ci` is of the claim's kind and compareValues could accept the two values. */
  private valueCompatible(claim: Claim, ci: number): boolean {
    const corpus = this.index.claims[ci];
    if (!corpus || corpus.kind !== claim.kind) return false;
    const page = claim.value;
    const value = corpus.value;
    return page.type === 'quantity' && value.type === 'quantity'
      ? compareQuantities(page, value) !== null
      : page.type === 'date' && value.type === 'date'
        ? compareDates(page, value) !== null
        : false;
  }

  private factsByTerm(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    this.index.passages.forEach((passage, pi) => {
      const facts = passage.claims.filter((ci) => this.index.claims[ci]?.kind !== 'quote');
      if (facts.length === 0) return;
      const around = passageTerms(this.index, pi);
      for (const ci of facts) {
        const subject = new Set(this.index.claims[ci]?.subject);
        this.facts[ci] = { subject, around };
        for (const t of new Set([...around, ...subject])) file(out, t, ci);
      }
    });
    return out;
  }

  private quoteCanMatch(text: string): boolean {
    const words = quoteWords(text).map((w) => w.norm);
    if (words.length < MIN_SHORT_QUOTE_WORDS) return false;
    // A short quote is matched only word for word (see scoreQuote): every word must be there.
    const need =
      words.length < MIN_QUOTE_WORDS ? words.length : words.length - maxMissingQuoteWords(words.length);
    const byWord = (this.byWord ??= this.passagesByWord());
    const common = this.index.passages.length * COMMON_WORD_SHARE;
    // Words in most passages are counted as present everywhere; the rest are counted passage by passage.
    let everywhere = 0;
    const rare: number[][] = [];
    for (const w of words) {
      const list = byWord.get(w);
      if (list && list.length > common) everywhere++;
      else if (list) rare.push(list);
    }
    if (everywhere >= need) return true;
    const counts = new Map<number, number>();
    for (const list of rare) {
      for (const p of list) {
        const count = (counts.get(p) ?? 0) + 1;
        if (count + everywhere >= need) return true;
        counts.set(p, count);
      }
    }
    return false;
  }

  private passagesByWord(): Map<string, number[]> {
    const out = new Map<string, number[]>();
    this.index.passages.forEach((passage, pi) => {
      for (const w of new Set(quoteWords(passage.text).map((word) => word.norm))) file(out, w, pi);
    });
    return out;
  }
}
