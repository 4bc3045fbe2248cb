/**
 * Term sets of passages and documents, computed on first use and kept with the index: matching looks at the
 * same few passages again and again, and terms() is the costly step.
 */
import type { CorpusIndex } from '../corpus/model';
import { terms } from '../text/terms';
import { quoteText, type QuoteText } from './compare-quotes';
import type { ClaimContext } from './subject';

const EMPTY: ReadonlySet<string> = new Set();

/** The terms of one passage. */
export function passageTerms(index: CorpusIndex, passage: number): ReadonlySet<string> {
  let set = index.passageTerms.get(passage);
  if (!set) {
    const p = index.passages[passage];
    set = p ? new Set(terms(p.text)) : EMPTY;
    index.passageTerms.set(passage, set);
  }
  return set;
}

/** The terms of a whole document (all its passages and its title). */
export function documentTerms(index: CorpusIndex, doc: number): ReadonlySet<string> {
  let set = index.documentTerms.get(doc);
  if (!set) {
    const out = new Set<string>(terms(index.documents[doc]?.title ?? ''));
    for (const i of index.documentPassages[doc] ?? []) for (const t of passageTerms(index, i)) out.add(t);
    set = out;
    index.documentTerms.set(doc, set);
  }
  return set;
}

/**
 * Weight of a term by its rarity across passages (inverse document frequency): a shared "Aleppo" says more about
 * two statements being about one fact than a shared "said". Terms the corpus never uses weigh the most.
 */
export function termWeight(index: CorpusIndex, term: string): number {
  const df = index.passageFrequency.get(term) ?? 0;
  return Math.log(1 + (index.passages.length + 1) / (df + 0.5));
}

/** Passage words for quote alignment, per index (the model has no field for them: they are the matcher's own). */
const quoteTexts = new WeakMap<CorpusIndex, (QuoteText | undefined)[]>();

/** The words of one passage as quote alignment compares them, split on first use. */
export function passageQuoteText(index: CorpusIndex, passage: number): QuoteText {
  let list = quoteTexts.get(index);
  if (!list) quoteTexts.set(index, (list = []));
  let text = list[passage];
  if (!text) list[passage] = text = quoteText(index.passages[passage]?.text ?? '');
  return text;
}

/**
 * `compute` with its answers kept per index and key: what matching asks of a passage or term it asks again and
 * again, and a corpus never changes once loaded.
 */
export function perIndex<K, V>(
  compute: (index: CorpusIndex, key: K) => V,
): (index: CorpusIndex, key: K) => V {
  const caches = new WeakMap<CorpusIndex, Map<K, V>>();
  return (index, key) => {
    let cache = caches.get(index);
    if (!cache) caches.set(index, (cache = new Map()));
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(index, key);
    cache.set(key, value);
    return value;
  };
}

/**
 * `compute` of a page claim, worked out once per claim context and kept with it: each page claim meets many
 * corpus claims, and reads of its own sentence are the same for all of them.
 */
export function perClaim<V>(compute: (ctx: ClaimContext) => V): (ctx: ClaimContext) => V {
  const cache = new WeakMap<ClaimContext, { value: V }>();
  return (ctx) => {
    let kept = cache.get(ctx);
    if (!kept) cache.set(ctx, (kept = { value: compute(ctx) }));
    return kept.value;
  };
}

/**
 * The documents that use `term` (read from the retrieval index's postings, which list passages). Not kept: only
 * the count is asked often (documentFrequency), and a large corpus's sets would weigh megabytes.
 */
export function documentsUsing(index: CorpusIndex, term: string): ReadonlySet<number> {
  const docs = new Set<number>();
  for (const id of index.retrieval.postings.get(term)?.docs ?? []) {
    const passage = index.passages[index.retrieval.externalId[id] ?? -1];
    if (passage) docs.add(passage.doc);
  }
  return docs;
}

/** How many documents use `term`. */
export const documentFrequency = perIndex(
  (index: CorpusIndex, term: string): number => documentsUsing(index, term).size,
);
