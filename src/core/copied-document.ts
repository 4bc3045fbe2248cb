/**
 * The corpus document a checked text is a copy of, in whole or in part: a reader who saved an article to their
 * documents and then pastes its text (or a part of it) on the check page would otherwise see every claim agree
 * with that saved copy, the same sentence quoted as the source. A web page's own saved copy is known by its
 * address (see pageDocument); a pasted text has none, so it is known by its sentences.
 *
 * Sentences are compared as copies.ts compares a new document with the corpus: split as the corpus splits
 * a document's lines into passages, folded by `normalise`, and only those of at least six words, which tell one
 * text from another. The text's lines are not cleaned of page furniture first, as a document's are: a line of
 * furniture is no passage of the document, and cleaning took more time than the rest of the comparison. The
 * corpus's passages are looked up through a table of their hashes built once per index, so a check costs a pass
 * over its own text, not over the corpus.
 */
import { normalise } from './corpus/clean';
import type { CorpusIndex } from './corpus/model';
import { splitSentences } from './corpus/passages';
import { unwrapLines } from './text/unwrap-lines';

/** A line: no line break inside. */
const LINE = /[^\n\r\u2028\u2029]+/g;

/** Sentences shorter than this say too little to tell two texts apart ("He said so."), as in copies.ts. */
const MIN_WORDS = 6;

/**
 * The fewest telling sentences a text shares with a document for the document to be its copy. One is a quotation:
 * a reader who pastes a sentence to see who prints it is told that this document does, and a single sentence
 * two outlets print word for word (a wire story's) is each outlet's report. Two are also copies.ts's minimum.
 */
const MIN_SHARED = 2;

/** The corpus's telling passages by hash, sorted, and each document's count of them. */
interface SentenceTable {
  /** Hashes of the passages' folded text, ascending. */
  hashes: Int32Array;
  /** The passage each hash is of, in the same order. */
  passages: Int32Array;
  /** Per document, its passages of at least MIN_WORDS words. */
  telling: Int32Array;
}

const tables = new WeakMap<CorpusIndex, SentenceTable>();

/** FNV-1a over UTF-16 code units: a lookup key; equal hashes are confirmed on the text. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Words in a folded sentence (see normalise: single spaces between words). */
function wordCount(key: string): number {
  let count = key === '' ? 0 : 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) count++;
  return count;
}

/**
 * The index's table, built on first use: one fold of every passage. Typed arrays, not a map of folded sentences:
 * a corpus of thousands of documents holds a hundred thousand passages, kept for as long as the index is.
 */
function tableOf(index: CorpusIndex): SentenceTable {
  let table = tables.get(index);
  if (table !== undefined) return table;
  const telling = new Int32Array(index.documents.length);
  const kept: number[] = [];
  const keptHashes: number[] = [];
  for (const [i, passage] of index.passages.entries()) {
    const key = normalise(passage.text);
    if (wordCount(key) < MIN_WORDS) continue;
    kept.push(i);
    keptHashes.push(hashOf(key));
    telling[passage.doc] = (telling[passage.doc] ?? 0) + 1;
  }
  const order = Int32Array.from(kept.keys()).sort((a, b) => (keptHashes[a] ?? 0) - (keptHashes[b] ?? 0));
  table = {
    hashes: order.map((k) => keptHashes[k] ?? 0),
    passages: order.map((k) => kept[k] ?? -1),
    telling,
  };
  tables.set(index, table);
  return table;
}

/** The documents (each once) that print the folded sentence `key` as one of their passages. */
function printing(index: CorpusIndex, table: SentenceTable, key: string): Set<number> {
  const docs = new Set<number>();
  const hash = hashOf(key);
  const { hashes, passages } = table;
  // The first position whose hash is not below `hash`.
  let low = 0;
  let high = hashes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((hashes[mid] ?? 0) < hash) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < hashes.length && hashes[i] === hash; i++) {
    const passage = index.passages[passages[i] ?? -1];
    if (passage !== undefined && normalise(passage.text) === key) docs.add(passage.doc);
  }
  return docs;
}

/**
 * The index of the corpus document `text` is a copy of, or null. A document is the text's copy when the two share
 * at least MIN_SHARED telling sentences word for word and those are most of either: more than half of the text's
 * (the text is an excerpt of the document, or the document with a few lines of its own) or more than half of the
 * document's (the text holds the document: a whole page selected and pasted brings its menus, captions and
 * related headlines along, which Readability left out of the saved copy; on 13 saved news pages of
 * ../shared/pages the article Readability read was 19–87 % of the page's whole text, and all of it was in that
 * text). A wire story another outlet printed in the corpus is the text's copy too when the two differ in little
 * more than their leads (in FA-KES two outlets' prints of one AFP story share up to 80 % of one's sentences and
 * 91 % of the other's): the check page names the document it leaves out. Of several, the one sharing the most.
 */
export function copiedDocument(index: CorpusIndex, text: string): number | null {
  const table = tableOf(index);
  const shared = new Map<number, number>();
  let telling = 0;
  // Lines an e-mail or a PDF wrapped inside sentences are joined first, as the check reads them (see checkWindows).
  const unwrapped = unwrapLines(text);
  for (const line of unwrapped.matchAll(LINE)) {
    const start = line.index + (line[0].length - line[0].trimStart().length);
    const end = line.index + line[0].trimEnd().length;
    if (end <= start) continue;
    for (const span of splitSentences(unwrapped, { start, end })) {
      const key = normalise(unwrapped.slice(span.start, span.end));
      if (wordCount(key) < MIN_WORDS) continue;
      telling++;
      for (const doc of printing(index, table, key)) shared.set(doc, (shared.get(doc) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let most = 0;
  for (const [doc, count] of shared) {
    if (count < MIN_SHARED || count <= most) continue;
    if (2 * count > telling || 2 * count > (table.telling[doc] ?? 0)) {
      best = doc;
      most = count;
    }
  }
  return best;
}
