/**
 * The worker's side of "Check a text": the engine over a pasted text, a window at a time, with a turn for other
 * requests every so often, so that open tabs still get their claims while a long text is read.
 */
import { checkText } from '../core/check-text';
import type { CorpusIndex } from '../core/corpus/model';
import type { ScannedClaim } from '../core/types';
import { CHECK_TEXT_LIMITS, type CheckTextReply } from '../shared/messages';
import { corpusGates } from './corpus-store';
import { placedDocuments } from '../core/match/undated-window';

/**
 * Characters read between two turns given to other requests: a content script's batch (BATCH_CHARS), a few
 * hundredths of a second of the worker's time.
 */
export const TURN_CHARS = 32_000;

/** Lets the worker answer what arrived meanwhile (a macrotask: messages are tasks too). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The ids of the documents a claim's result names: its sources, its counts of other times, its silent sources. */
function citedDocs(claims: readonly ScannedClaim[]): Set<string> {
  const out = new Set<string>();
  for (const { result } of claims) {
    for (const match of result.matches) out.add(match.doc);
    for (const count of result.otherCounts ?? []) out.add(count.doc);
    for (const report of result.variance.reports) out.add(report.doc);
  }
  return out;
}

/** Checks `text` (within CHECK_TEXT_LIMITS, see the checkText guard) against `index`. */
export async function checkTextInTurns(
  index: CorpusIndex,
  text: string,
  referenceDate: string,
  published: boolean,
): Promise<CheckTextReply> {
  const { claims, unmatched, others, itself } = await checkText(
    index,
    corpusGates(index),
    text,
    referenceDate,
    published,
    CHECK_TEXT_LIMITS.window,
    { every: TURN_CHARS, take: nextTurn },
  );
  const cited = citedDocs(claims);
  const reply: CheckTextReply = {
    kind: 'checked',
    claims,
    unmatched,
    others,
    documents: placedDocuments(index).filter((doc) => cited.has(doc.id)),
    corpusSize: index.documents.length,
  };
  return itself === undefined ? reply : { ...reply, itself };
}
