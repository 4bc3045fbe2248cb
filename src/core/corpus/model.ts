/**
 * The loaded corpus index as the matcher sees it: documents, passages, the claims found in each passage, and
 * the retrieval index over passages. Built from an IndexArtifact by loadIndex; never serialised itself.
 */
import type { Retrieval } from '../match/retrieval';
import type { ClaimKind, ClaimValue, CorpusDisagreement, DocumentInfo } from '../types';

/** One sentence (or quotation run) of a corpus document. */
export interface Passage {
  /** Index into CorpusIndex.documents. */
  doc: number;
  text: string;
  /** Offsets in the original document file. */
  start: number;
  end: number;
  /** Indexes into CorpusIndex.claims. */
  claims: number[];
  /** The subheading the passage sits under, when its document has one above it. */
  heading?: string;
  /**
   * True when the passage continues the paragraph of the passage before it (which is then of the same
   * document); false or absent when it opens one, or the artifact predates paragraphs.
   */
  inParagraph?: boolean;
  /**
   * The day of the passage's dateline (ISO), when it has one: when it was reported, which FA-KES-like scraped
   * text runs into its first sentence ("… AFP Thursday 14 Jul 2016 Air strikes kill …"). No claim, but a
   * better witness of the report's time than a document date that may be wrong (see report-days.ts).
   */
  dateline?: string;
  /**
   * The day the passage was written on (ISO), when a dateline before it in its document gives another day than
   * the document's date: the news it reports is of the days before that day (see report-days.ts).
   */
  written?: string;
}

/** A claim found in a corpus passage; offsets are relative to the passage text. */
export interface CorpusClaim {
  passage: number;
  kind: ClaimKind;
  start: number;
  end: number;
  value: ClaimValue;
  subject: string[];
}

/** A corpus ready for matching. */
export interface CorpusIndex {
  documents: DocumentInfo[];
  disagreements: CorpusDisagreement[];
  passages: Passage[];
  claims: CorpusClaim[];
  /** Per document, the indexes of its passages. */
  documentPassages: number[][];
  /** The retrieval index over passages (MiniSearch's, as flat postings; ids are passage indexes). */
  retrieval: Retrieval;
  /** Number of passages each term occurs in, for weighting rare terms above common ones. */
  passageFrequency: Map<string, number>;
  /** Lazily filled caches of the terms of a passage and of a whole document. */
  passageTerms: Map<number, ReadonlySet<string>>;
  documentTerms: Map<number, ReadonlySet<string>>;
}

/**
 * The label a reader sees for a document: its outlet, or when the outlet is unknown its title (what a reader
 * knows it by, and no invented outlet; the title is the id only when the document has none).
 */
export function sourceLabel(doc: DocumentInfo): string {
  return doc.outlet ?? doc.title;
}
