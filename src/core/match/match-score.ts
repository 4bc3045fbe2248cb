/**
 * What every scorer of a passage shares: the match threshold, the candidate it produces and how its
 * score is rounded. Separate so the fact and quote scorers and the matcher depend on it, not on
 * each other.
 */
import { sourceLabel, type CorpusIndex, type Passage } from '../corpus/model';
import type { DocumentInfo, Match, OtherTimeCount } from '../types';

/**
 * The one confidence threshold for every kind of claim, tuned on test/gold/gold.json (see the gold test, which
 * prints precision and recall at this value).
 */
export const MATCH_THRESHOLD = 0.62;

/** A match with the corpus claim it came from (-1 when a quote was found in passage text without quote marks). */
export interface Candidate {
  match: Match;
  claim: number;
  passage: number;
  /** The evidence behind the score, for tuning and for explaining a match. */
  parts?: { subject: number; value: number; retrieval: number; entities: number };
  /** Set when the corpus figure is the page's count made at another time: context, not a match (see OtherTimeCount). */
  otherTime?: OtherTime;
}

/** When a corpus report gave a large figure, against the page's date (see countAtAnotherTime). */
export type OtherTime = Pick<OtherTimeCount, 'when' | 'reported' | 'bound' | 'likely'>;

/** A score as Match.score holds it: three decimals, so thresholds compare what the reader sees. */
export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * A score of at most this much below a threshold cannot round up to it: bounds use it as their margin, so a
 * shortcut never drops a candidate the full computation would keep.
 */
export const ROUNDING_MARGIN = 0.001;

/** A passage of the index with its document; null when the index has no such passage (a scorer then scores nothing). */
export function passageWithDocument(
  index: CorpusIndex,
  passageIndex: number,
): { passage: Passage; doc: DocumentInfo } | null {
  const passage = index.passages[passageIndex];
  const doc = passage ? index.documents[passage.doc] : undefined;
  return passage && doc ? { passage, doc } : null;
}

/**
 * A Match of a span of a passage: where it comes from (document, source label, passage with its offsets), then
 * the span, its score, relation and value. One literal, built once per candidate (a spread would copy it).
 */
export function passageMatch(
  doc: DocumentInfo,
  passage: Passage,
  spanStart: number,
  spanEnd: number,
  score: number,
  relation: Match['relation'],
  value: Match['value'],
): Match {
  return {
    doc: doc.id,
    source: sourceLabel(doc),
    passage: passage.text,
    passageStart: passage.start,
    passageEnd: passage.end,
    spanStart,
    spanEnd,
    score,
    relation,
    value,
  };
}
