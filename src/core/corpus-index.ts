/**
 * The corpus index artifact: built once from the corpus documents (at bundle time by the Vite plugin, or at start
 * by the command line), shipped as plain JSON, and loaded for matching; the service worker extends the bundled one
 * with the documents a user adds on the options page.
 *
 * The artifact stores each passage's text once; claim texts and sentences are slices of it, the retrieval
 * index holds only terms and counts, and the corpus disagreements refer to claims by number.
 */
import MiniSearch from 'minisearch';
import { CorpusError } from './errors';
import { cleanDocument } from './corpus/clean';
import { splitSentences } from './corpus/passages';
import { isIsoDate } from './corpus/sources-meta';
import { FORMAT, VERSION, type IndexArtifact, type StoredPassage } from './corpus/artifact';
import { indexFrom } from './corpus/load-index';
import { extractClaims } from './extract-claims';
import { datelineReference } from './extract/datelines';
import { terms } from './text/terms';
import type { DateValue, DocumentInfo } from './types';
import { findCorpusDisagreements } from './match/disagreements';
import { yearAsWritten } from './match/compare-dates';

export type { CorpusIndex } from './corpus/model';
export type { IndexArtifact } from './corpus/artifact';

/** One document to index: its id (file name without .txt), its full text, and what is known about its source. */
export interface CorpusSource {
  id: string;
  text: string;
  meta?: {
    outlet?: string | null;
    title?: string | null;
    date?: string | null;
    url?: string | null;
    /** The title when neither `title` nor the text gives one (a user document's file name). */
    fallbackTitle?: string | null;
  };
}

/** MiniSearch options shared by build and load: the engine's own terms, so subjects and passages compare. */
export const SEARCH_OPTIONS = {
  fields: ['text'],
  idField: 'id',
  tokenize: (text: string): string[] => terms(text),
  processTerm: (term: string): string => term,
};

/**
 * How far into an undated document a dateline dates the whole of it: past a headline, a byline and a caption. One
 * further down dates what follows it (another article's excerpt, an update), not the document.
 */
const OPENING_CHARS = 600;

/**
 * A date written relative to the day of writing ("on Wednesday", "last week", "3 days ago") names no day at all
 * when the document's date is unknown; kept, it would "agree" with every other unanchored weekday.
 */
function isRelativeDate(text: string): boolean {
  return (
    !/\b(1[89]|20)\d\d\b/.test(text) &&
    !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.test(text)
  );
}

/** Builds the title a reader sees: metadata first, then the headline found in the text, then the id. */
function titleOf(source: CorpusSource, found: string | null): string {
  return source.meta?.title?.trim() || found || source.meta?.fallbackTitle?.trim() || source.id;
}

/** Splits one document into passages, in file order. */
function passagesOf(
  docIndex: number,
  source: CorpusSource,
): {
  passages: StoredPassage[];
  opens: boolean[];
  headings: StoredPassage[];
  /** Lines that are no passage, by offset: where a dateline may stand alone (see CleanedDocument.opening). */
  lines: StoredPassage[];
  title: string | null;
} {
  const cleaned = cleanDocument(source.text, source.meta?.title ?? null);
  const passages: StoredPassage[] = [];
  // Per passage: does it open a paragraph (a block of the cleaned text)?
  const opens: boolean[] = [];
  for (const block of cleaned.blocks) {
    splitSentences(source.text, block).forEach((s, k) => {
      passages.push([docIndex, s.start, source.text.slice(s.start, s.end)]);
      opens.push(k === 0);
    });
  }
  const headings = cleaned.headings.map((h): StoredPassage => [
    docIndex,
    h.start,
    source.text.slice(h.start, h.end),
  ]);
  const lines = [...cleaned.opening, ...cleaned.headings].map((h): StoredPassage => [
    docIndex,
    h.start,
    source.text.slice(h.start, h.end),
  ]);
  return { passages, opens, headings, lines, title: cleaned.title };
}

function documentInfo(source: CorpusSource, foundTitle: string | null): DocumentInfo {
  const meta = source.meta ?? {};
  const date = meta.date ?? null;
  if (date !== null && !isIsoDate(date)) throw new CorpusError(source.id, `date "${date}" is not YYYY-MM-DD`);
  return {
    id: source.id,
    outlet: meta.outlet?.trim() || null,
    title: titleOf(source, foundTitle),
    date,
    url: meta.url?.trim() || null,
  };
}

/** An artifact with no documents: what `buildIndexArtifact` extends. */
function emptyArtifact(): IndexArtifact {
  return {
    format: FORMAT,
    version: VERSION,
    documents: [],
    passages: [],
    headings: [],
    paragraphStarts: [],
    datelines: [],
    written: [],
    claims: [],
    search: new MiniSearch<{ id: number; text: string }>(SEARCH_OPTIONS).toJSON(),
    disagreements: [],
  };
}

/**
 * Builds the index artifact from corpus documents: cleans and splits each document, extracts the claims of every
 * passage (dates resolved against a dateline before them, else the document's date when known), indexes passages
 * for retrieval and finds the facts the corpus's own sources disagree on. Pure: no I/O, so it runs in Node and in
 * the service worker alike.
 */
export function buildIndexArtifact(docs: CorpusSource[]): IndexArtifact {
  return extendIndexArtifact(emptyArtifact(), docs);
}

/** Options of extendIndexArtifact. */
export interface ExtendOptions {
  /**
   * False leaves the artifact's disagreements empty, for the caller to find in turns (findDisagreementsInTurns):
   * they take most of the time, and matching needs none of them.
   */
  disagreements?: boolean;
}

/**
 * A new artifact holding `base`'s documents followed by `docs` (documents a user adds to the bundled corpus).
 * Only the new documents are split and read; their passages join base's retrieval index, and the corpus's
 * disagreements are found again, since a new source may contradict an old one. The result is what
 * `buildIndexArtifact` gives for all the documents together (but for the order in which the retrieval index
 * lists its terms). `base` is not changed; an id already in it, or
 * twice in `docs`, is a CorpusError.
 */
export function extendIndexArtifact(
  base: IndexArtifact,
  docs: CorpusSource[],
  { disagreements = true }: ExtendOptions = {},
): IndexArtifact {
  const seen = new Set<string>(base.documents.map((d) => d.id));
  const documents = [...base.documents];
  const passages = [...base.passages];
  const headings = [...(base.headings ?? [])];
  // An older base without paragraphs: each of its passages stands alone.
  const paragraphStarts = base.paragraphStarts ? [...base.paragraphStarts] : base.passages.map((_, i) => i);
  const datelines = [...(base.datelines ?? [])];
  const written = [...(base.written ?? [])];
  const claims = [...base.claims];
  const added: StoredPassage[] = [];
  for (const source of docs) {
    if (!source.id || typeof source.id !== 'string') throw new CorpusError('(document)', 'has no id');
    if (seen.has(source.id)) throw new CorpusError(source.id, 'appears twice in the corpus');
    seen.add(source.id);
    if (typeof source.text !== 'string' || source.text.trim() === '')
      throw new CorpusError(source.id, 'is empty');
    const docIndex = documents.length;
    const split = passagesOf(docIndex, source);
    const info = documentInfo(source, split.title);
    documents.push(info);
    headings.push(...split.headings);
    // The passage's report day: its first dateline, or a weekday beside a verb of saying.
    let dateline: string | null = null;
    // The day the document's relative dates count from: its recorded date, until a dateline starts a report of
    // its own day (as extractClaims does within one text, here across passages and lines).
    let reference = info.date ?? undefined;
    let next = reference;
    // Where the text being read starts in the document.
    let at = 0;
    const onSaid = (value: DateValue) => void (dateline ??= value.start);
    const onDateline = (value: DateValue, start: number) => {
      dateline ??= value.start;
      const day = datelineReference(value);
      if (day === null) return;
      next = day;
      // An undated document that says at its top when it was written is dated so (see OPENING_CHARS).
      if (info.date === null && at + start < OPENING_CHARS) info.date = day;
    };
    let line = 0;
    for (const [k, passage] of split.passages.entries()) {
      for (; line < split.lines.length && (split.lines[line]?.[1] ?? 0) < passage[1]; line++) {
        const [, offset, text] = split.lines[line] ?? [0, 0, ''];
        at = offset;
        extractClaims(text, { onDateline });
      }
      const passageIndex = passages.length;
      dateline = null;
      at = passage[1];
      reference = next;
      if (reference !== undefined && reference !== info.date) written.push([passageIndex, reference]);
      if (split.opens[k]) paragraphStarts.push(passageIndex);
      passages.push(passage);
      added.push(passage);
      const options = reference
        ? // "…, officials said Thursday" dates its passage as a dateline does, when the document's date places it.
          { referenceDate: reference, onDateline, onSaid }
        : { onDateline };
      for (const c of extractClaims(passage[2], options)) {
        if (!reference && c.kind === 'date' && isRelativeDate(c.text)) continue;
        const value = reference ? yearAsWritten(c.value) : c.value;
        claims.push([passageIndex, c.kind, c.start, c.end, value, c.subject]);
      }
      if (dateline !== null) datelines.push([passageIndex, dateline]);
    }
  }
  // loadJS keeps the averages array it is given and updates it as documents are added: give it a copy.
  const search = MiniSearch.loadJS<{ id: number; text: string }>(
    { ...base.search, averageFieldLength: [...base.search.averageFieldLength] },
    SEARCH_OPTIONS,
  );
  const first = base.passages.length;
  search.addAll(added.map((p, k) => ({ id: first + k, text: p[2] })));
  const artifact: IndexArtifact = {
    format: FORMAT,
    version: VERSION,
    documents,
    passages,
    headings,
    paragraphStarts,
    datelines,
    written,
    claims,
    search: search.toJSON(),
    disagreements: [],
  };
  if (disagreements) artifact.disagreements = findCorpusDisagreements(indexFrom(artifact));
  return artifact;
}

export { loadCheckedIndex, loadIndex } from './corpus/load-index';
