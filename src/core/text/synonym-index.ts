import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { SYNONYM_GROUPS } from './synonyms';
import { tokenize } from './tokenize';

/** A multi-word synonym entry: the stems of its words (stopwords kept as written) and its group. */
export interface Phrase {
  stems: readonly string[];
  canon: string;
}

/** The synonym groups arranged for lookup by word, stem or first word of a phrase. */
export interface SynonymIndex {
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
export function canonicalOf(headword: string): string {
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

/** The synonym index, built on first use. */
export function synonymIndex(): SynonymIndex {
  index ??= buildIndex();
  return index;
}
