import { isHyphen, isSpace } from './chars';
import { isNumberWord } from './number-words';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { EVENT_HEADWORDS, SYNONYM_GROUPS } from './synonyms';
import { tokenize } from './tokenize';

/** A normalised term with the span of the input it came from. */
export interface TermSpan {
  /** Canonical term; '#' for a figure or number word. */
  term: string;
  start: number;
  end: number;
  /** A figure or number word: a value, not part of a subject. */
  number: boolean;
}

interface Phrase {
  stems: readonly string[];
  canon: string;
}

interface SynonymIndex {
  /** Entries written in capitals, matched only against words written in capitals. */
  acronyms: Map<string, string>;
  /** Exact lower-case word forms. */
  surface: Map<string, string>;
  /** Stems of single-word entries not marked exact. */
  stems: Map<string, string>;
  /** Multi-word entries keyed by the stem of their first word, longest first. */
  phrases: Map<string, Phrase[]>;
}

let index: SynonymIndex | null = null;

/** Canonical term of a synonym group: the stem of its lower-cased headword. */
function canonicalOf(headword: string): string {
  return stem(headword.replace(/^=/, '').toLowerCase());
}

function buildIndex(): SynonymIndex {
  const idx: SynonymIndex = { acronyms: new Map(), surface: new Map(), stems: new Map(), phrases: new Map() };
  for (const group of SYNONYM_GROUPS) {
    const head = group[0];
    if (head === undefined) continue;
    const canon = canonicalOf(head);
    for (const entry of group) {
      const exact = entry.startsWith('=');
      const raw = exact ? entry.slice(1) : entry;
      const words = tokenize(raw).map((t) => t.lower);
      const first = words[0];
      if (first === undefined) continue;
      if (words.length === 1 && /[A-Z]/.test(raw) && raw === raw.toUpperCase()) {
        idx.acronyms.set(first, canon);
      } else if (words.length === 1) {
        idx.surface.set(first, canon);
        if (!exact) idx.stems.set(stem(first), canon);
      } else {
        const stems = words.map((w) => (STOPWORDS.has(w) ? w : stem(w)));
        const key = stems[0] ?? '';
        const list = idx.phrases.get(key) ?? [];
        list.push({ stems, canon });
        list.sort((a, b) => b.stems.length - a.stems.length);
        idx.phrases.set(key, list);
      }
    }
  }
  return idx;
}

function synonymIndex(): SynonymIndex {
  index ??= buildIndex();
  return index;
}

/** What a lower-case word contributes, memoised: news repeats a small vocabulary. */
interface WordInfo {
  stem: string;
  /** Canonical term, or '' for a stopword or a one-letter word, '#' for a number word. */
  term: string;
}

const wordCache = new Map<string, WordInfo>();

function wordInfo(idx: SynonymIndex, lower: string): WordInfo {
  let info = wordCache.get(lower);
  if (info === undefined) {
    const stop = STOPWORDS.has(lower);
    const s0 = stop ? lower : stem(lower);
    let term: string;
    if (isNumberWord(lower)) term = '#';
    else if (stop || lower.length < 2) term = '';
    else term = idx.surface.get(lower) ?? idx.stems.get(s0) ?? s0;
    info = { stem: s0, term };
    if (wordCache.size >= 50_000) wordCache.clear();
    wordCache.set(lower, info);
  }
  return info;
}

/** Canonical terms of the event groups (deaths, displacement, arrests …), see EVENT_HEADWORDS. */
export const EVENT_TERMS: ReadonlySet<string> = new Set(EVENT_HEADWORDS.map(canonicalOf));

/** True when only spaces or hyphens (at most a few) separate two tokens: they can form one phrase. */
function joined(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isHyphen(c)) return false;
  }
  return true;
}

/**
 * Normalised terms of `text[from, to)` with their spans, in order. Figures and number words are
 * kept as '#' markers so that callers can stop a window at the next figure; `terms` drops them.
 */
export function termSpans(text: string, from = 0, to = text.length): TermSpan[] {
  const idx = synonymIndex();
  const toks = tokenize(text, from, to);
  const out: TermSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t === undefined) break;
    if (t.numeric) {
      out.push({ term: '#', start: t.start, end: t.end, number: true });
      i++;
      continue;
    }
    const info = wordInfo(idx, t.lower);
    const s0 = info.stem;
    const phrases = idx.phrases.get(s0);
    let matched = 0;
    if (phrases) {
      for (const p of phrases) {
        const n = p.stems.length;
        if (i + n > toks.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const a = toks[i + k - 1];
          const b = toks[i + k];
          ok =
            a !== undefined &&
            b !== undefined &&
            joined(text, a.end, b.start) &&
            wordInfo(idx, b.lower).stem === p.stems[k];
        }
        if (ok) {
          const last = toks[i + n - 1];
          out.push({ term: p.canon, start: t.start, end: last ? last.end : t.end, number: false });
          matched = n;
          break;
        }
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    i++;
    const acronym = t.acronym ? idx.acronyms.get(t.lower) : undefined;
    if (acronym !== undefined) {
      out.push({ term: acronym, start: t.start, end: t.end, number: false });
      continue;
    }
    if (info.term === '#') out.push({ term: '#', start: t.start, end: t.end, number: true });
    else if (info.term !== '') out.push({ term: info.term, start: t.start, end: t.end, number: false });
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
  const out: string[] = [];
  for (const t of termSpans(text)) if (!t.number) out.push(t.term);
  return out;
}
