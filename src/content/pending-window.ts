/**
 * A window of a block's text sent to the worker, and what its answer becomes on the page: the claims with context
 * in the window's own text (not its label's), each with its Range and the text nodes it was read from.
 */
import type { ScannedClaim } from '../core/types';
import { rangeOf, textNodesOf, type Block } from './block-reader';
import type { PlacedClaim } from './kept-back';
import { claimRelation, type FoundClaim } from './found-claim';

/** A window of a block's text waiting for the worker's answer. */
export interface Pending {
  block: Block;
  /** The read of the block it came from (a newer read makes it stale). */
  token: number;
  /** Offset of the window in the block's text. */
  start: number;
  /**
   * Length of the words read before the window (see block-label.ts): claims before it are the label's own, and
   * the window's offsets start after it.
   */
  labelLength: number;
  /** Length of the window's own text: claims past it are in the words read after it. */
  ownLength: number;
  /** The window's text, with its label. */
  text: string;
  /** The day it is read against: the page's, or its own article's. */
  day: string;
  /** The key of its answer (see answerKey). */
  key: string;
  /** The scan generation it belongs to (a full rescan abandons older ones). */
  generation: number;
}

/**
 * The key of a window's answer: its text, read against the page's date; an article's own day goes before the text
 * of the few windows read against one (joining every text with its day would copy every candidate text once more).
 */
export function answerKey(text: string, day: string, pageDay: string): string {
  return day === pageDay ? text : `${day}\u0001${text}`;
}

/** A claim with context of an answered window, placed on the page but not yet given its id. */
export interface Candidate extends PlacedClaim, Omit<FoundClaim, 'id' | 'range'> {
  /** The day its window was read against (part of its id). */
  readonly day: string;
}

/**
 * The claims with context of `window`'s answer that lie in its own text, in the block's offsets; those without a
 * relation or whose words are no longer on the page are left out.
 */
export function candidatesOf(window: Pending, answer: readonly ScannedClaim[]): Candidate[] {
  const { block, start, labelLength, ownLength, day } = window;
  const out: Candidate[] = [];
  const shift = start - labelLength;
  for (const { claim: local, result } of answer) {
    if (local.start < labelLength || local.end > labelLength + ownLength) continue;
    const relation = claimRelation(result);
    if (!relation) continue;
    const claim = shift === 0 ? local : { ...local, start: local.start + shift, end: local.end + shift };
    const range = rangeOf(block, claim.start, claim.end);
    if (!range) continue;
    const nodes = textNodesOf(block, claim.start, claim.end);
    out.push({ container: block.container, claim, result, relation, range, nodes, day });
  }
  return out;
}
