import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import MiniSearch from 'minisearch';
import {
  buildIndexArtifact,
  loadIndex,
  SEARCH_OPTIONS,
  type CorpusIndex,
  type IndexArtifact,
} from '../../src/core/corpus-index';
import {
  alignQuoteText,
  quoteText,
  quoteWords,
  wordsPresent,
  type QuoteAlignment,
} from '../../src/core/match/compare-quotes';
import { retrieve } from '../../src/core/match/retrieval';
import { passageTerms } from '../../src/core/match/terms-cache';
import { isFunctionWord } from '../../src/core/text/stopwords';

/** MiniSearch loaded from the same serialised index: the reference the flat postings must rank like. */
const reference = new Map<CorpusIndex, MiniSearch<{ id: number; text: string }>>();

/** Loads an artifact as the extension does, after a round trip through JSON, and keeps its reference. */
function load(artifact: IndexArtifact): CorpusIndex {
  const json = JSON.parse(JSON.stringify(artifact)) as IndexArtifact;
  const index = loadIndex(json);
  reference.set(index, MiniSearch.loadJS(json.search, SEARCH_OPTIONS));
  return index;
}

const seeds = load(buildIndexArtifact(readCorpusDir('seeds')));

/** A corpus of near-identical passages: many equal scores, so the order of ties is tested too. */
const twins = load(
  buildIndexArtifact(
    ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      text:
        `Rebels shelled Aleppo on Monday. Rebels shelled Aleppo on Monday. ` +
        `Government forces shelled Homs and Aleppo. Talks in Geneva stalled${i % 2 ? ' again' : ''}.`,
    })),
  ),
);

/** Deterministic pseudo-random numbers, so that a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Queries made of passage terms, unknown terms, repeats and a term with a space (split as MiniSearch does). */
function queries(index: CorpusIndex, count: number): string[][] {
  const random = prng(42);
  const vocabulary = [...new Set(index.passages.flatMap((_p, i) => [...passageTerms(index, i)]))];
  const out: string[][] = [];
  for (let q = 0; q < count; q++) {
    const n = 1 + Math.floor(random() * 10);
    const query: string[] = [];
    for (let k = 0; k < n; k++) query.push(vocabulary[Math.floor(random() * vocabulary.length)] ?? '');
    if (q % 7 === 0) query.push('zzzunknown');
    if (q % 5 === 0 && query[0]) query.push(query[0]);
    if (q % 9 === 0 && query[0] && query[1]) query.push(`${query[0]} ${query[1]}`);
    out.push(query);
  }
  return out;
}

describe('retrieve', () => {
  it.each([
    ['seeds', seeds],
    ['near-identical passages', twins],
  ])('ranks exactly as MiniSearch search does (%s)', (_name, index) => {
    for (const query of queries(index, 300)) {
      const boost = (t: string): number => (t.length % 3 === 0 ? 2 : 1);
      const expected = reference.get(index)!.search(query.join(' '), {
        tokenize: (s: string) => s.split(' '),
        processTerm: (t: string) => t,
        boostTerm: boost,
        combineWith: 'OR',
      });
      const hits = retrieve(index.retrieval, query, boost);
      expect(hits.ids).toEqual(expected.map((h) => h.id as number));
      expect(hits.scores).toEqual(expected.map((h) => h.score));
    }
  });

  it('scores the wanted passages as the whole ranking does, wherever they rank', () => {
    const random = prng(7);
    for (const query of queries(seeds, 100)) {
      const all = retrieve(seeds.retrieval, query, () => 1);
      const wanted = new Set<number>();
      for (let k = 0; k < 5; k++) wanted.add(Math.floor(random() * seeds.passages.length));
      const limited = retrieve(seeds.retrieval, query, () => 1, 3, wanted);
      expect(limited.ids).toEqual(all.ids.slice(0, 3));
      const expected = new Map<number, number>();
      all.ids.forEach((id, k) => {
        if (wanted.has(id)) expected.set(id, all.scores[k] ?? 0);
      });
      expect(limited.wantedScores ?? new Map()).toEqual(expected);
    }
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(retrieve(seeds.retrieval, [], () => 1).ids).toEqual([]);
    expect(retrieve(seeds.retrieval, ['zzzunknown'], () => 1).ids).toEqual([]);
  });
});

/** The plain string-comparing LCS alignment the prepared one replaced, as the reference it must equal. */
function referenceAlign(quote: string, passage: string): QuoteAlignment | null {
  const q = quoteWords(quote);
  const p = quoteWords(passage);
  if (q.length < 4 || p.length === 0) return null;
  const n = q.length;
  const m = p.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => dp[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      (dp[i] ?? [])[j] =
        q[i]?.norm === p[j]?.norm ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  if (at(0, 0) === 0) return null;
  const matched: number[] = [];
  const matchedQuote: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (q[i]?.norm === p[j]?.norm && at(i, j) === at(i + 1, j + 1) + 1) {
      matched.push(j);
      matchedQuote.push(i);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  // Each matched word as late as it can go before the next one.
  for (let k = matched.length - 2; k >= 0; k--) {
    const word = q[matchedQuote[k] ?? 0]?.norm;
    for (let jj = (matched[k + 1] ?? 0) - 1; jj > (matched[k] ?? 0); jj--) {
      if (p[jj]?.norm === word) {
        matched[k] = jj;
        break;
      }
    }
  }
  let best = { from: 0, to: 0 };
  let from = 0;
  for (let k = 1; k <= matched.length; k++) {
    if (k === matched.length || (matched[k] ?? 0) - (matched[k - 1] ?? 0) > 4) {
      if (k - from > best.to - best.from) best = { from, to: k };
      from = k;
    }
  }
  const kept = matchedQuote.slice(best.from, best.to);
  let first = matched[best.from] ?? 0;
  let last = matched[best.to - 1] ?? 0;
  // Words right next to the run that match the passage's neighbours join it.
  for (let qa = (kept[0] ?? 0) - 1; qa >= 0 && first > 0 && q[qa]?.norm === p[first - 1]?.norm; qa--) {
    kept.push(qa);
    first--;
  }
  for (
    let qb = (matchedQuote[best.to - 1] ?? 0) + 1;
    qb < n && last + 1 < m && q[qb]?.norm === p[last + 1]?.norm;
    qb++
  ) {
    kept.push(qb);
    last++;
  }
  const count = kept.length;
  const span = last - first + 1;
  // Further matched stretches a few words on are shown in the diff (MAX_ELIDED in compare-quotes.ts: 12).
  let diffFirst = first;
  const shown = [...kept];
  for (
    let k = best.from - 1;
    k >= 0 && diffFirst - (matched[k] ?? 0) <= 13 && (matched[k] ?? 0) < diffFirst;
    k--
  ) {
    diffFirst = matched[k] ?? 0;
    shown.push(matchedQuote[k] ?? 0);
  }
  let diffLast = last;
  for (
    let k = best.to;
    k < matched.length && (matched[k] ?? 0) - diffLast <= 13 && (matched[k] ?? 0) > diffLast;
    k++
  ) {
    diffLast = matched[k] ?? 0;
    shown.push(matchedQuote[k] ?? 0);
  }
  // As many passage words as the quote has before the first word shown and after the last.
  diffFirst = Math.max(0, diffFirst - Math.min(...shown));
  diffLast = Math.min(m - 1, diffLast + (n - 1 - Math.max(...shown)));
  const content = q.map((w, k) => ({ k, content: !isFunctionWord(w.norm) })).filter((w) => w.content);
  return {
    contentWords: content.length,
    missingContent: content.filter((w) => !kept.includes(w.k)).length,
    start: p[first]?.start ?? 0,
    end: p[last]?.end ?? 0,
    coverage: count / n,
    density: count / span,
    words: n,
    missing: n - count,
    verbatim: count === n && span === n,
    diffStart: p[diffFirst]?.start ?? 0,
    diffEnd: p[diffLast]?.end ?? 0,
  };
}

describe('quote alignment on prepared texts', () => {
  const passages = seeds.passages.map((p) => p.text);
  const random = prng(7);
  /** Page quotes cut from the passages, some with a word changed, some from two passages spliced. */
  const quotes = passages.slice(0, 40).flatMap((text, i) => {
    const words = text.split(/\s+/);
    const from = Math.floor(random() * Math.max(1, words.length - 8));
    const cut = words.slice(from, from + 4 + Math.floor(random() * 10));
    const changed = [...cut];
    changed[1] = 'different';
    const other = (passages[(i + 1) % passages.length] ?? '').split(/\s+/).slice(0, 5);
    return [cut.join(' '), changed.join(' '), [...cut.slice(0, 3), ...other].join(' ')];
  });

  it('aligns as the plain LCS does, and never lines up more words than the passage holds', () => {
    let aligned = 0;
    for (const quote of quotes) {
      const q = quoteText(quote);
      for (const passage of passages) {
        const p = quoteText(passage);
        const a = alignQuoteText(q, p);
        expect(a).toEqual(referenceAlign(quote, passage));
        if (a) {
          aligned++;
          expect(a.words - a.missing).toBeLessThanOrEqual(wordsPresent(q, p));
        }
      }
    }
    expect(aligned).toBeGreaterThan(quotes.length);
  });
});
