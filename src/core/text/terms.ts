import { isHyphen, isSpace } from './chars';
import { canonicalOf, type Phrase } from './synonym-index';
import { EVENT_HEADWORDS } from './synonyms';
import { scanTokens, TokenBuffer } from './token-scan';
import { wordInfo, type WordInfo } from './word-info';

/** A normalised term with the span of the input it came from. */
export interface TermSpan {
  /** Canonical term; '#' for a figure or number word. */
  term: string;
  start: number;
  end: number;
  /** A figure or number word: a value, not part of a subject. */
  number: boolean;
}

/** Canonical terms of the event groups (deaths, displacement, arrests …), see EVENT_HEADWORDS. */
export const EVENT_TERMS: ReadonlySet<string> = new Set(EVENT_HEADWORDS.map(canonicalOf));

/**
 * The terms of one stretch of text in parallel arrays (the same entries as `termSpans`), reused
 * from call to call so that reading every sentence of a page allocates nothing per word.
 */
export class TermBuffer {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  term: string[] = [];
  /** 1 for a figure or number word. */
  number = new Uint8Array(256);

  push(term: string, start: number, end: number, number: boolean): void {
    const k = this.n;
    if (k === this.start.length) this.grow();
    this.term[k] = term;
    this.start[k] = start;
    this.end[k] = end;
    this.number[k] = number ? 1 : 0;
    this.n = k + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const number = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    number.set(this.number);
    this.start = start;
    this.end = end;
    this.number = number;
  }
}

/** True when only spaces or hyphens (at most a few) separate two tokens: they can form one phrase. */
function joined(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isHyphen(c)) return false;
  }
  return true;
}

/** Info of token k; figures are looked up too, since a phrase may hold one ("covid 19"). */
function infoAt(text: string, toks: TokenBuffer, k: number): WordInfo {
  return toks.info[k] ?? wordInfo(text.slice(toks.start[k] ?? 0, toks.end[k] ?? 0));
}

/** The longest multi-word synonym made of the tokens from token i, if any. */
function phraseAt(text: string, toks: TokenBuffer, i: number, info: WordInfo): Phrase | undefined {
  const phrases = info.phrases;
  if (phrases === undefined) return undefined;
  for (const p of phrases) {
    const n = p.stems.length;
    if (i + n > toks.n) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      ok =
        joined(text, toks.end[i + k - 1] ?? 0, toks.start[i + k] ?? 0) &&
        infoAt(text, toks, i + k).stem === p.stems[k];
    }
    if (ok) return p;
  }
  return undefined;
}

/** Turns text into terms with reusable buffers; one scanner per caller that keeps results around. */
export class TermScanner {
  private readonly toks = new TokenBuffer();
  private readonly out = new TermBuffer();

  /** Terms of `text[from, to)`; the buffer is overwritten by the next call. */
  scan(text: string, from = 0, to = text.length): TermBuffer {
    const toks = this.toks;
    const out = this.out;
    scanTokens(text, from, to, toks);
    out.n = 0;
    let i = 0;
    while (i < toks.n) {
      const start = toks.start[i] ?? 0;
      const end = toks.end[i] ?? 0;
      const info = toks.info[i];
      if (info === null || info === undefined) {
        out.push('#', start, end, true);
        i++;
        continue;
      }
      const phrase = phraseAt(text, toks, i, info);
      if (phrase !== undefined) {
        const n = phrase.stems.length;
        out.push(phrase.canon, start, toks.end[i + n - 1] ?? end, false);
        i += n;
        continue;
      }
      const acronym = toks.acronym[i] === 1 ? info.acronymTerm : undefined;
      i++;
      if (acronym !== undefined) out.push(acronym, start, end, false);
      else if (info.term === '#') out.push('#', start, end, true);
      else if (info.term !== '') out.push(info.term, start, end, false);
    }
    return out;
  }
}

const shared = new TermScanner();

/**
 * Normalised terms of `text[from, to)` with their spans, in order. Figures and number words are
 * kept as '#' markers so that callers can stop a window at the next figure; `terms` drops them.
 */
export function termSpans(text: string, from = 0, to = text.length): TermSpan[] {
  const b = shared.scan(text, from, to);
  const out: TermSpan[] = [];
  for (let k = 0; k < b.n; k++) {
    out.push({
      term: b.term[k] ?? '',
      start: b.start[k] ?? 0,
      end: b.end[k] ?? 0,
      number: b.number[k] === 1,
    });
  }
  return out;
}

/**
 * Lower-case, stopword-free, stemmed terms of a text with synonyms folded to one canonical term
 * ("truce", "cease-fire", "cessation of hostilities" → "ceasefir"). Figures and number words are
 * dropped: they are values, compared as values, not words. Order and repeats are kept.
 * Used for claim subjects and by the matcher on passages, so both sides are comparable.
 */
export function terms(text: string): string[] {
  const b = shared.scan(text);
  const out: string[] = [];
  for (let k = 0; k < b.n; k++) if (b.number[k] === 0) out.push(b.term[k] ?? '');
  return out;
}
