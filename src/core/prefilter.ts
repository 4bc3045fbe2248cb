import { TriggerScanner } from './extract/triggers';

/** Quote marks, except an apostrophe inside a word ("Syria’s"), which is far more common. */
export const QUOTE_MARK = /["“”‘«»„]|[’'](?![A-Za-z])/;
const triggers = new TriggerScanner();

/**
 * A cheap test that a block may hold a claim: a digit, a number word, a month or weekday name, a
 * relative-date word or a quote mark. False means extractClaims would find nothing, so a page scanner
 * can skip the block without running the parsers. True is only a maybe.
 */
export function hasClaimCandidates(text: string): boolean {
  return triggers.next(text, 0) || QUOTE_MARK.test(text);
}
