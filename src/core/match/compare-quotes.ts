/**
 * Finds a page quotation in a corpus passage: the stretch of the passage that says largely the same words, even
 * when the page quotes only part of it, reorders a word or drops an editor's insertion ("[Bashar] Al-Assad").
 *
 * The passage text is searched directly rather than only its extracted quote claims, because scraped and
 * punctuation-stripped corpora often lose the quotation marks that would make a quote claim.
 */
import { americanSpelling } from '../text/spelling';
import { isFunctionWord } from '../text/stopwords';

/** A word of a text with its offsets, compared lower-case without punctuation. */
export interface Word {
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
  /** The same for the quote's content words (not stopwords): what the words a quote is about must keep. */
  contentWords: number;
  missingContent: number;
  /** True when the words are the same, in the same order, with nothing added or dropped. */
  verbatim: boolean;
  /**
   * Offsets of the stretch a word diff is shown against: the aligned one, widened to further words of the quote
   * matched in order a few words on (MAX_ELIDED). A page that leaves words out ("our patience is [not infinite,
   * in fact it is] very limited") is then shown what it left out, not told that its last words are its own.
   */
  diffStart: number;
  diffEnd: number;
}

/** Words that turn what follows them around ("never accept", "not infinite", "won't leave"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'neither', 'cannot', 'without']);

/** True when a word (a Word's norm) negates what follows it. */
export function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** Quotes shorter than this many words are scare quotes or labels ("frayed", "deeply engaged"), not statements. */
export const MIN_QUOTE_WORDS = 4;

/** Matched words further apart than this in the passage belong to different statements. */
const MAX_GAP = 4;

/** The most words a page quote may leave out between two stretches and still be shown as one wording. */
const MAX_ELIDED = 12;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** An editor's insertion in a quotation: "[Bashar] Al-Assad", "[the truce]". Short, on one line, not nested. */
const INSERTION = /\[[^[\]\n]{1,40}\]/g;

/**
 * Splits text into comparable words with offsets. Words an editor inserted in square brackets are not the
 * speaker's, so they are left out: "whether or not [Bashar] Al-Assad is" quotes "whether or not Assad is".
 */
export function quoteWords(text: string): Word[] {
  const out: Word[] = [];
  const insertions = text.includes('[') ? [...text.matchAll(INSERTION)] : [];
  let k = 0;
  // exec on the one regex rather than matchAll, which copies it per call; nothing below re-enters.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    while (k < insertions.length && (insertions[k]?.index ?? 0) + (insertions[k]?.[0].length ?? 0) <= start)
      k++;
    const insertion = insertions[k];
    if (insertion && (insertion.index ?? 0) < start) continue;
    // One outlet's "analysing" is another's "analyzing": the speaker said one word.
    out.push({
      norm: americanSpelling(m[0].toLowerCase().replace(/’/g, "'")),
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/** A text split into comparable words once, to be aligned many times (a passage, a page quote). */
export interface QuoteText {
  words: Word[];
  /** The distinct normalised words, for the cheap test before alignment. */
  vocabulary: ReadonlySet<string>;
}

/** Splits a text for alignQuoteText. */
export function quoteText(text: string): QuoteText {
  const words = quoteWords(text);
  return { words, vocabulary: new Set(words.map((w) => w.norm)) };
}

/**
 * How many of the quote's words (counted with repeats) occur anywhere in the passage: no alignment can line up
 * more, so a quote that must keep all but `missing` of its words cannot be found where this is below that.
 */
export function wordsPresent(quote: QuoteText, passage: QuoteText): number {
  let present = 0;
  for (const w of quote.words) if (passage.vocabulary.has(w.norm)) present++;
  return present;
}

/** A quote's words as small integers (first occurrence order), worked out once per split text. */
const quoteIds = new WeakMap<QuoteText, { ids: ReadonlyMap<string, number>; qi: Int32Array }>();

function wordIds(quote: QuoteText): { ids: ReadonlyMap<string, number>; qi: Int32Array } {
  let found = quoteIds.get(quote);
  if (!found) {
    const ids = new Map<string, number>();
    const qi = new Int32Array(quote.words.length);
    for (let i = 0; i < qi.length; i++) {
      const norm = quote.words[i]?.norm ?? '';
      let id = ids.get(norm);
      if (id === undefined) ids.set(norm, (id = ids.size));
      qi[i] = id;
    }
    quoteIds.set(quote, (found = { ids, qi }));
  }
  return found;
}

/** The LCS table, reused from call to call (it is the one large allocation of an alignment). */
let table = new Uint16Array(1024);

/**
 * Aligns the page quote's words with the passage's by longest common subsequence, O(n·m) over at most a few
 * hundred words; returns null when the quote is too short to be a statement or nothing lines up.
 */
export function alignQuote(quote: string, passage: string): QuoteAlignment | null {
  return alignQuoteText(quoteText(quote), quoteText(passage));
}

/** alignQuote over texts already split (see quoteText). */
export function alignQuoteText(quote: QuoteText, passage: QuoteText): QuoteAlignment | null {
  const q = quote.words;
  const p = passage.words;
  if (q.length < MIN_QUOTE_WORDS || p.length === 0) return null;
  const n = q.length;
  const m = p.length;
  // Words as small integers (-1: not a quote word), so the table compares numbers, not strings.
  const { ids, qi } = wordIds(quote);
  const pj = new Int32Array(m);
  for (let j = 0; j < m; j++) pj[j] = ids.get(p[j]?.norm ?? '') ?? -1;
  // dp[i][j] = LCS of q[i..] and p[j..], stored flat; row n and column m are zero.
  const w = m + 1;
  const size = (n + 1) * w;
  if (table.length < size) table = new Uint16Array(Math.max(size, table.length * 2));
  const dp = table;
  dp.fill(0, n * w, size);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const next = row + w;
    const word = qi[i] ?? -2;
    dp[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      const down = dp[next + j] ?? 0;
      const right = dp[row + j + 1] ?? 0;
      dp[row + j] = word === pj[j] ? (dp[next + j + 1] ?? 0) + 1 : down > right ? down : right;
    }
  }
  if ((dp[0] ?? 0) === 0) return null;
  // Trace one LCS back through the table, collecting the matched passage positions (and the quote's).
  const matched: number[] = [];
  const matchedQuote: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    // dp at (i, j), at (i + 1, j + 1), below and to the right, read directly (no closure per alignment).
    const here = i * w + j;
    if (qi[i] === pj[j] && (dp[here] ?? 0) === (dp[here + w + 1] ?? 0) + 1) {
      matched.push(j);
      matchedQuote.push(i);
      i++;
      j++;
    } else if ((dp[here + w] ?? 0) >= (dp[here + 1] ?? 0)) i++;
    else j++;
  }
  // The trace takes each word's earliest match: "a" of "a strike killing “a woman with …" went to the first
  // "a", and the quotation read as reworded with "strike killing" in it. Each matched word is moved as late as it
  // can go before the next one (the same words in the same order, so the same length): the quote's words close up.
  for (let k = matched.length - 2; k >= 0; k--) {
    const word = qi[matchedQuote[k] ?? 0];
    for (let jj = (matched[k + 1] ?? 0) - 1; jj > (matched[k] ?? 0); jj--) {
      if (pj[jj] === word) {
        matched[k] = jj;
        break;
      }
    }
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
  if (best.to === best.from) return null;
  const kept = new Uint8Array(n);
  for (let k = best.from; k < best.to; k++) kept[matchedQuote[k] ?? 0] = 1;
  let firstIndex = matched[best.from] ?? 0;
  let lastIndex = matched[best.to - 1] ?? 0;
  let count = best.to - best.from;
  // The trace takes a word's earliest match, so a quote's opening "a" can go to a "not a clash" before the run
  // and be cut off with it: words right next to the run that match the passage's neighbours belong to it.
  for (
    let qa = (matchedQuote[best.from] ?? 0) - 1;
    qa >= 0 && firstIndex > 0 && qi[qa] === pj[firstIndex - 1];
    qa--
  ) {
    kept[qa] = 1;
    firstIndex--;
    count++;
  }
  for (
    let qb = (matchedQuote[best.to - 1] ?? 0) + 1;
    qb < n && lastIndex + 1 < m && qi[qb] === pj[lastIndex + 1];
    qb++
  ) {
    kept[qb] = 1;
    lastIndex++;
    count++;
  }
  const firstWord = p[firstIndex];
  const lastWord = p[lastIndex];
  if (!firstWord || !lastWord) return null;
  const span = lastIndex - firstIndex + 1;
  // The quote words the shown stretch reaches, first and last.
  let firstShown = 0;
  while (firstShown < n - 1 && kept[firstShown] === 0) firstShown++;
  let lastShown = n - 1;
  while (lastShown > 0 && kept[lastShown] === 0) lastShown--;
  // Matched words of the quote a few words beyond the run, stretch by stretch, are part of what it is shown against.
  let diffFirstIndex = firstIndex;
  for (let k = best.from - 1; k >= 0; k--) {
    const at = matched[k] ?? 0;
    if (at >= diffFirstIndex || diffFirstIndex - at > MAX_ELIDED + 1) break;
    diffFirstIndex = at;
    firstShown = Math.min(firstShown, matchedQuote[k] ?? firstShown);
  }
  let diffLastIndex = lastIndex;
  for (let k = best.to; k < matched.length; k++) {
    const at = matched[k] ?? 0;
    if (at <= diffLastIndex || at - diffLastIndex > MAX_ELIDED + 1) break;
    diffLastIndex = at;
    lastShown = Math.max(lastShown, matchedQuote[k] ?? lastShown);
  }
  // The quote's words before the first word shown and after the last stand where as many of the passage's do:
  // "our patience is not unlimited" against "… is not infinite" shows "infinite", not only "unlimited" gone.
  diffFirstIndex = Math.max(0, diffFirstIndex - firstShown);
  diffLastIndex = Math.min(m - 1, diffLastIndex + (n - 1 - lastShown));
  const diffFirst = p[diffFirstIndex] ?? firstWord;
  const diffLast = p[diffLastIndex] ?? lastWord;
  let contentWords = 0;
  let missingContent = 0;
  for (let k = 0; k < n; k++) {
    if (isFunctionWord(q[k]?.norm ?? '')) continue;
    contentWords++;
    if (kept[k] === 0) missingContent++;
  }
  return {
    start: firstWord.start,
    end: lastWord.end,
    coverage: count / n,
    density: count / span,
    words: n,
    missing: n - count,
    contentWords,
    missingContent,
    verbatim: count === n && span === n,
    diffStart: diffFirst.start,
    diffEnd: diffLast.end,
  };
}

/** True when two word lists are the same words (compared as `norm`) in the same order. */
export function sameWords(x: readonly Word[], y: readonly Word[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k]?.norm !== y[k]?.norm) return false;
  return true;
}
