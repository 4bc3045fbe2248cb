/**
 * Passage retrieval without MiniSearch's per-query overhead: the same BM25+ ranking MiniSearch's `search`
 * computes for an OR query of exact terms over the one 'text' field (same formula, same order of additions,
 * same stable sort, hence the same scores and the same order bit for bit), over flat posting arrays and reused
 * score buffers. Built once from the serialised retrieval index when a corpus is loaded.
 */
import type { AsPlainObject } from 'minisearch';

/** The passages one term occurs in (MiniSearch short ids, in MiniSearch's order) and how often. */
interface Postings {
  docs: Int32Array;
  freqs: Float64Array;
  /**
   * Each posting's BM25+ score before the query's boost, filled when the term is first searched: it depends only
   * on the index, and a page's claims search the same few terms again and again.
   */
  bm25?: Float64Array;
}

/** The retrieval index: postings per term, field lengths and MiniSearch's BM25 constants. */
export interface Retrieval {
  postings: Map<string, Postings>;
  /** Per short id: the field's length in terms, and the id the caller gave the document (a passage index). */
  fieldLength: Float64Array;
  externalId: Float64Array;
  averageFieldLength: number;
  documentCount: number;
  /** Per-query scratch, sized to the short ids; `touched` lists ids in first-touch order. */
  scores: Float64Array;
  quality: Int32Array;
  touched: Int32Array;
}

/** The passages a query found, best first, as parallel arrays of passage index and score. */
export interface Hits {
  ids: number[];
  scores: number[];
  /** The score of each `wanted` passage the query found (see retrieve); absent ones scored nothing. */
  wantedScores?: Map<number, number>;
}

/** MiniSearch 7's default BM25+ parameters (SEARCH_OPTIONS in corpus-index.ts does not override them). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** The one indexed field (SEARCH_OPTIONS.fields). */
const FIELD = 'text';

/** Builds the retrieval index from MiniSearch's serialised form (AsPlainObject, format version 1 or 2). */
export function buildRetrieval(search: AsPlainObject): Retrieval {
  if (search.serializationVersion !== 1 && search.serializationVersion !== 2) {
    throw new Error(`unknown retrieval index format ${String(search.serializationVersion)}`);
  }
  const fieldId = search.fieldIds[FIELD] ?? 0;
  const key = String(fieldId);
  let size = search.nextId;
  for (const id of Object.keys(search.documentIds)) size = Math.max(size, Number(id) + 1);
  const fieldLength = new Float64Array(size);
  const externalId = new Float64Array(size).fill(-1);
  for (const [id, lengths] of Object.entries(search.fieldLength))
    fieldLength[Number(id)] = lengths[fieldId] ?? 0;
  for (const [id, external] of Object.entries(search.documentIds)) {
    externalId[Number(id)] = typeof external === 'number' ? external : Number(external);
  }
  const postings = new Map<string, Postings>();
  for (const [term, fields] of search.index) {
    const raw: unknown = fields[key];
    if (raw === undefined || raw === null) continue;
    // Version 1 kept the frequencies under `ds`.
    const entry = (
      search.serializationVersion === 1 ? (raw as { ds: Record<string, number> }).ds : raw
    ) as Record<string, number>;
    // Object.keys order, as MiniSearch.loadJS builds its maps: the order in which it scores postings.
    const ids = Object.keys(entry);
    const docs = new Int32Array(ids.length);
    const freqs = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? '';
      docs[i] = Number.parseInt(id, 10);
      freqs[i] = entry[id] ?? 0;
    }
    postings.set(term, { docs, freqs });
  }
  return {
    postings,
    fieldLength,
    externalId,
    averageFieldLength: search.averageFieldLength[fieldId] ?? 0,
    documentCount: search.documentCount,
    scores: new Float64Array(size),
    quality: new Int32Array(size),
    touched: new Int32Array(size),
  };
}

/**
 * The ranked passages for a query of terms (MiniSearch `search(terms.join(' '), { tokenize: split on ' ',
 * combineWith: 'OR', boostTerm })`): BM25+ per term times its boost, summed in query order, times the number
 * of distinct query terms found, sorted by score with ties in first-found order. With `limit`, only the first
 * `limit` of that ranking (the matcher examines no more), and the scores of the `wanted` passages wherever they rank.
 */
export function retrieve(
  r: Retrieval,
  query: readonly string[],
  boost: (term: string) => number,
  limit = Infinity,
  wanted?: ReadonlySet<number>,
): Hits {
  const tokens = plainTerms(query)
    ? query
    : query
        .join(' ')
        .split(' ')
        .filter((t) => t !== '');
  const { scores, quality, touched } = r;
  let n = 0;
  for (let q = 0; q < tokens.length; q++) {
    const term = tokens[q] ?? '';
    const p = r.postings.get(term);
    if (!p) continue;
    // A repeated term adds its score again but is one matched term (MiniSearch's assignUniqueTerm).
    const repeated = tokens.indexOf(term) < q;
    const termBoost = boost(term);
    const { docs } = p;
    const raw = (p.bm25 ??= bm25(r, p));
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k] ?? 0;
      // MiniSearch multiplies by 1s (term weight, field and document boosts), which changes no float.
      const weighted = termBoost * (raw[k] ?? 0);
      if ((quality[doc] ?? 0) === 0) {
        scores[doc] = weighted;
        quality[doc] = 1;
        touched[n++] = doc;
      } else {
        scores[doc] = (scores[doc] ?? 0) + weighted;
        if (!repeated) quality[doc] = (quality[doc] ?? 0) + 1;
      }
    }
  }
  const final = new Float64Array(n);
  const wantedScores = wanted && wanted.size > 0 ? new Map<number, number>() : undefined;
  for (let i = 0; i < n; i++) {
    const doc = touched[i] ?? 0;
    final[i] = (scores[doc] ?? 0) * (quality[doc] ?? 1);
    quality[doc] = 0;
    if (wantedScores) {
      const id = r.externalId[doc] ?? -1;
      if (wanted?.has(id)) wantedScores.set(id, final[i] ?? 0);
    }
  }
  // A fractional limit is rounded up, as the matcher's loop over the hits counts.
  const take = Math.min(n, Math.max(0, Math.ceil(limit)));
  const order = rankOrder(final);
  const ids = new Array<number>(take);
  const out = new Array<number>(take);
  for (let i = 0; i < take; i++) {
    const k = order[i] ?? 0;
    ids[i] = r.externalId[touched[k] ?? 0] ?? -1;
    out[i] = final[k] ?? 0;
  }
  return wantedScores ? { ids, scores: out, wantedScores } : { ids, scores: out };
}

/**
 * Positions of `final` by descending value, equal values in position order: the order of MiniSearch's stable
 * sort. A merge sort written out: Array.prototype.sort would call a comparator per comparison, and a large
 * corpus's query has thousands of hits.
 */
function rankOrder(final: Float64Array): Int32Array {
  const n = final.length;
  let order = new Int32Array(n);
  let spare = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let k = lo;
      // The right run's element goes first only when strictly greater: ties keep their order.
      while (a < mid && b < hi) {
        const left = order[a] ?? 0;
        const right = order[b] ?? 0;
        if ((final[right] ?? 0) > (final[left] ?? 0)) {
          spare[k++] = right;
          b++;
        } else {
          spare[k++] = left;
          a++;
        }
      }
      while (a < mid) spare[k++] = order[a++] ?? 0;
      while (b < hi) spare[k++] = order[b++] ?? 0;
    }
    const swap = order;
    order = spare;
    spare = swap;
  }
  return order;
}

/** True when no term is empty or holds a space: splitting the joined query on spaces would give it back. */
function plainTerms(query: readonly string[]): boolean {
  for (const t of query) if (t === '' || t.includes(' ')) return false;
  return true;
}

/** The BM25+ score of each of a term's postings (see Postings.bm25). */
function bm25(r: Retrieval, p: Postings): Float64Array {
  const { fieldLength, averageFieldLength, documentCount } = r;
  const matching = p.docs.length;
  const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
  const out = new Float64Array(matching);
  for (let k = 0; k < matching; k++) {
    const termFreq = p.freqs[k] ?? 0;
    const length = fieldLength[p.docs[k] ?? 0] ?? 0;
    // Written exactly as MiniSearch's calcBM25Score and termResults, so that the floats agree.
    out[k] =
      invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * length) / averageFieldLength)));
  }
  return out;
}
