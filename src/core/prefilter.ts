import { TRIGGER_SOURCE } from './extract/triggers';

/** Quote marks, except an apostrophe inside a word ("Syria’s"), which is far more common. */
const QUOTE_MARK = /["“”‘]|[’'](?![A-Za-z])/;
const TRIGGER = new RegExp(TRIGGER_SOURCE);

/**
 * A cheap test that a block may hold a claim: a digit, a number word, a month or weekday name, a
 * relative-date word or a quote mark. False means extractClaims would find nothing, so a page scanner
 * can skip the block without running the parsers. True is only a maybe.
 */
export function hasClaimCandidates(text: string): boolean {
  return TRIGGER.test(text) || QUOTE_MARK.test(text);
}
