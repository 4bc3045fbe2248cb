/**
 * Loading the corpus index artifact for matching: the stored passages, claims, headings, paragraphs and
 * datelines turned back into the CorpusIndex the matcher reads, with its retrieval postings and the corpus
 * disagreements materialised.
 */
import type { AsPlainObject } from 'minisearch';
import { CorpusError } from '../errors';
import { fail, validateArtifact, type IndexArtifact, type StoredPassage } from './artifact';
import type { CorpusClaim, CorpusIndex, Passage } from './model';
import { materialiseDisagreements } from '../match/disagreements';
import { buildRetrieval } from '../match/retrieval';

/**
 * Gives each passage the subheading it sits under: the last heading of its document that starts before it.
 * Passages and headings are both in file order within a document.
 */
function placeHeadings(passages: Passage[], headings: readonly StoredPassage[]): void {
  let h = 0;
  for (const passage of passages) {
    while (h < headings.length) {
      const [doc, start] = headings[h] ?? [0, 0];
      if (doc < passage.doc || (doc === passage.doc && start < passage.start)) h++;
      else break;
    }
    const above = headings[h - 1];
    if (above && above[0] === passage.doc) passage.heading = above[2];
  }
}

/** Counts, per term, the passages it occurs in, from the serialised retrieval index (no re-tokenising). */
function passageFrequencies(search: AsPlainObject): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, fields] of search.index) {
    let df = 0;
    for (const entry of Object.values(fields)) df += Object.keys(entry).length;
    out.set(term, df);
  }
  return out;
}

/** The index an artifact (already checked) stands for. */
export function indexFrom(artifact: IndexArtifact): CorpusIndex {
  const passages: Passage[] = artifact.passages.map(([doc, start, text]) => ({
    doc,
    text,
    start,
    end: start + text.length,
    claims: [],
  }));
  placeHeadings(passages, artifact.headings ?? []);
  if (artifact.paragraphStarts) {
    for (const p of passages) p.inParagraph = true;
    for (const i of artifact.paragraphStarts) {
      const p = passages[i];
      if (p) p.inParagraph = false;
    }
  }
  for (const [i, day] of artifact.datelines ?? []) {
    const p = passages[i];
    if (p) p.dateline = day;
  }
  for (const [i, day] of artifact.written ?? []) {
    const p = passages[i];
    if (p) p.written = day;
  }
  const claims: CorpusClaim[] = artifact.claims.map(([passage, kind, start, end, value, subject], i) => {
    passages[passage]?.claims.push(i);
    return { passage, kind, start, end, value, subject };
  });
  const documentPassages: number[][] = artifact.documents.map(() => []);
  passages.forEach((p, i) => documentPassages[p.doc]?.push(i));
  const index: CorpusIndex = {
    documents: artifact.documents,
    disagreements: [],
    passages,
    claims,
    documentPassages,
    retrieval: buildRetrieval(artifact.search),
    passageFrequency: passageFrequencies(artifact.search),
    passageTerms: new Map(),
    documentTerms: new Map(),
  };
  index.disagreements = materialiseDisagreements(index, artifact.disagreements);
  return index;
}

/** Loads an artifact (parsed JSON) for matching; throws CorpusError when its shape is wrong. */
export function loadIndex(artifact: unknown): CorpusIndex {
  return loadCheckedIndex(validateArtifact(artifact));
}

/**
 * Loads an artifact that validateArtifact already passed, or that this module built: the service worker checks
 * the bundled one once on fetch, and need not check it again, nor what extendIndexArtifact made of it.
 */
export function loadCheckedIndex(valid: IndexArtifact): CorpusIndex {
  // The matcher queries flat postings (match/retrieval.ts), so MiniSearch itself is not loaded here.
  try {
    return indexFrom(valid);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    fail(`has a corrupt retrieval index (${(err as Error).message})`);
  }
}
