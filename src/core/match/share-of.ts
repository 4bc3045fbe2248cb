/**
 * A figure told as a share of one the text has just given: "Of that, £23 billion would go on spending plans",
 * "£4bn, of which £1.3bn could be used …", "104,000 jobs would be cut, with around 6,000 of those expected in
 * Wales". Such a figure counts a part, and what it is a part of is said before it, often in another sentence: it
 * is no rival of a whole ("£35bn of cuts") nor of another part.
 */
import type { CorpusIndex } from '../corpus/model';
import { figureTestOfBoth } from './figure-sentence';
import type { ClaimContext } from './subject';

/** Right before the figure: "Of that," "Of these" "of which" "of whom", with at most one small word after. */
const SHARE_BEFORE =
  /(?:^|[^\p{L}])of\s+(?:that|this|these|those|them|which|whom|it)\s*,?\s*(?:(?:some|about|around|nearly|almost|only|just|over|under|more|less|than|up|to|at|least|most)\s+){0,3}$/iu;

/** Right after the figure, past what it counts (up to three words): "6,000 of those", "half of them". */
const SHARE_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+of\s+(?:those|these|them|which|whom|it|that)(?![\p{L}])/iu;

/** How far either side of the figure the two patterns read. */
const REACH = 48;

/** True when the figure [start, end) of `sentence` is told as a share of a figure given before it. */
export function isShareOf(sentence: string, start: number, end: number): boolean {
  if (start < 0) return false;
  return (
    SHARE_BEFORE.test(sentence.slice(Math.max(0, start - REACH), start)) ||
    SHARE_AFTER.test(sentence.slice(end, end + REACH))
  );
}

const shares = figureTestOfBoth(isShareOf);

/** True when the page figure or the corpus figure (`claimIndex`) is a share of another (see the file's comment). */
export function sharesOfOther(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  return shares.page(ctx) || shares.corpus(index, claimIndex);
}
