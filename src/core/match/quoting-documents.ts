/**
 * Which documents print a short quotation word for word: several reports of one statement. The short-quote rule
 * (see score-quote.ts) ties such a quote to a statement by a name few documents use, and the reports of one
 * statement all use its names.
 */
import type { CorpusIndex } from '../corpus/model';
import { MIN_QUOTE_WORDS, quoteText, type QuoteText } from './compare-quotes';

/** A quote's normalised words, one key for every spelling quoteText folds together. */
function wordsKey(quote: QuoteText): string {
  return quote.words.map((w) => w.norm).join(' ');
}

/** Per index, the documents quoting each short quotation, keyed by wordsKey (see shortQuotations). */
const built = new WeakMap<CorpusIndex, ReadonlyMap<string, ReadonlySet<number>>>();

/** The documents quoting each short quotation of the corpus, worked out on first use: a corpus never changes. */
function shortQuotations(index: CorpusIndex): ReadonlyMap<string, ReadonlySet<number>> {
  const known = built.get(index);
  if (known) return known;
  const out = new Map<string, Set<number>>();
  for (const claim of index.claims) {
    if (claim.value.type !== 'quote') continue;
    const quote = quoteText(claim.value.text);
    if (quote.words.length >= MIN_QUOTE_WORDS) continue;
    const doc = index.passages[claim.passage]?.doc;
    if (doc === undefined) continue;
    const key = wordsKey(quote);
    let docs = out.get(key);
    if (!docs) out.set(key, (docs = new Set()));
    docs.add(doc);
  }
  built.set(index, out);
  return out;
}

const NONE: ReadonlySet<number> = new Set();

/** The documents with a quotation of exactly `quote`'s words (fewer than MIN_QUOTE_WORDS), as quoteText reads them. */
export function documentsQuoting(index: CorpusIndex, quote: QuoteText): ReadonlySet<number> {
  if (quote.words.length >= MIN_QUOTE_WORDS) return NONE;
  return shortQuotations(index).get(wordsKey(quote)) ?? NONE;
}
