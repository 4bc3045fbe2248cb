/**
 * Finds a page quotation in a corpus passage: the stretch of the passage that says largely the same words, even
 * when the page quotes only part of it, reorders a word or drops an editor's insertion ("[Bashar] Al-Assad").
 *
 * The passage text is searched directly rather than only its extracted quote claims, because scraped and
 * punctuation-stripped corpora often lose the quotation marks that would make a quote claim.
 */
import { diffWords } from 'diff';
import type { DiffPart } from '../types';

/** A word of a text with its offsets, compared lower-case without punctuation. */
interface Word {
  norm: string;
  start: number;
  end: number;
}

/** Where and how well a page quote is found in a passage. */
export interface QuoteAlignment {
  /** Offsets in the passage of the aligned stretch (first to last matched word). */
  start: number;
  end: number;
  /** Share of the page quote's words found in order in the passage. */
  coverage: number;
  /** Share of the aligned stretch's words that belong to the page quote (low when the words are scattered). */
  density: number;
  /** Number of words in the page quote, and how many of them the aligned stretch lacks. */
  words: number;
  missing: number;
  /** True when the words are the same, in the same order, with nothing added or dropped. */
  verbatim: boolean;
}

/** Quotes shorter than this many words are scare quotes or labels ("frayed", "deeply engaged"), not statements. */
export const MIN_QUOTE_WORDS = 4;

/** Matched words further apart than this in the passage belong to different statements. */
const MAX_GAP = 4;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits text into comparable words with offsets. */
export function quoteWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

/**
 * Aligns the page quote's words with the passage's by longest common subsequence, O(n·m) over at most a few
 * hundred words; returns null when the quote is too short to be a statement or nothing lines up.
 */
export function alignQuote(quote: string, passage: string): QuoteAlignment | null {
  const q = quoteWords(quote);
  const p = quoteWords(passage);
  if (q.length < MIN_QUOTE_WORDS || p.length === 0) return null;
  const n = q.length;
  const m = p.length;
  // dp[i][j] = LCS of q[i..] and p[j..], stored flat.
  const dp = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => dp[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        q[i]?.norm === p[j]?.norm ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const total = at(0, 0);
  if (total === 0) return null;
  // Trace one LCS back through the table, collecting the matched passage positions.
  const matched: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (q[i]?.norm === p[j]?.norm && at(i, j) === at(i + 1, j + 1) + 1) {
      matched.push(j);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  // A common word far from the rest ("the", "is") is chance, not quotation: keep the largest run of matches
  // whose gaps are at most MAX_GAP words.
  let best = { from: 0, to: 0 };
  let from = 0;
  for (let k = 1; k <= matched.length; k++) {
    if (k === matched.length || (matched[k] ?? 0) - (matched[k - 1] ?? 0) > MAX_GAP) {
      if (k - from > best.to - best.from) best = { from, to: k };
      from = k;
    }
  }
  const count = best.to - best.from;
  const firstIndex = matched[best.from] ?? 0;
  const lastIndex = matched[best.to - 1] ?? 0;
  const firstWord = p[firstIndex];
  const lastWord = p[lastIndex];
  if (count === 0 || !firstWord || !lastWord) return null;
  const span = lastIndex - firstIndex + 1;
  return {
    start: firstWord.start,
    end: lastWord.end,
    coverage: count / n,
    density: count / span,
    words: n,
    missing: n - count,
    verbatim: count === n && span === n,
  };
}

/** Word-level diff from the page's wording to the corpus's wording ("added" = only in the corpus). */
export function quoteDiff(pageQuote: string, corpusQuote: string): DiffPart[] {
  return diffWords(pageQuote, corpusQuote, { ignoreCase: true }).map((part) => {
    const out: DiffPart = { value: part.value };
    if (part.added) out.added = true;
    if (part.removed) out.removed = true;
    return out;
  });
}
