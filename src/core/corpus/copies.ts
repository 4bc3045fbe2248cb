/**
 * Whether a new document repeats one already in the corpus: a pasted copy of a bundled article would count
 * its sources twice ("3 sources agree" where two do). Compared sentence by sentence, as the corpus keeps
 * passages and not whole texts, and after folding case, spacing and punctuation, since a copy pasted from a
 * browser rarely keeps the file's exact spacing.
 */
import { cleanDocument, normalise } from './clean';
import type { DocumentInfo } from '../types';
import type { CorpusIndex } from './model';
import { splitSentences } from './passages';

/** Sentences shorter than this say too little to tell two documents apart ("He said so."). */
const MIN_WORDS = 6;
/** Share of the new text's sentences one document must hold for the text to be a copy of it. */
const COPY_SHARE = 0.8;
/** The fewest telling sentences a copy must share with its original. */
const MIN_SHARED = 2;

const byIndex = new WeakMap<CorpusIndex, Map<string, number>>();

/** Folded passage text → the document it belongs to (the first, when two documents share a sentence). */
function passagesOf(index: CorpusIndex): Map<string, number> {
  let map = byIndex.get(index);
  if (!map) {
    map = new Map();
    for (const passage of index.passages) {
      const key = normalise(passage.text);
      if (!map.has(key)) map.set(key, passage.doc);
    }
    byIndex.set(index, map);
  }
  return map;
}

/** The index of the corpus document `text` repeats, or null when it is no copy of any. */
export function copyOf(index: CorpusIndex, text: string): number | null {
  const passages = passagesOf(index);
  const counts = new Map<number, number>();
  let telling = 0;
  // Split as the corpus splits documents into passages: prose blocks, then sentences.
  for (const block of cleanDocument(text).blocks) {
    for (const span of splitSentences(text, block)) {
      const key = normalise(text.slice(span.start, span.end));
      if (key.split(' ').length < MIN_WORDS) continue;
      telling++;
      const doc = passages.get(key);
      if (doc !== undefined) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    }
  }
  for (const [doc, shared] of counts) if (shared >= MIN_SHARED && shared >= COPY_SHARE * telling) return doc;
  return null;
}

/**
 * The corpus document a new text repeats, unless the text comes from another named outlet than that
 * document's: a wire story two outlets printed word for word is each outlet's report.
 */
export function repeatedDocument(
  index: CorpusIndex,
  text: string,
  outlet: string | null,
): DocumentInfo | null {
  const doc = copyOf(index, text);
  const original = doc === null ? undefined : index.documents[doc];
  if (!original) return null;
  const name = (value: string) => value.trim().toLowerCase();
  if (outlet !== null && original.outlet !== null && name(outlet) !== name(original.outlet)) return null;
  return original;
}
