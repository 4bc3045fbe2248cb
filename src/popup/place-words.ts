/**
 * The words that name where listed claims come from: a web page in the popup, a pasted text on the check page.
 * The list and its entries are the same components in both; only these words differ.
 */
import { formatCount } from '../core/text/format-count';

/** Where the listed claims come from. */
export type ClaimPlace = 'page' | 'text';

/** The words for one place. */
export interface PlaceWords {
  /** The list's heading (for screen readers). */
  listHeading: string;
  /** Where the claims are, in the summary line ("9 claims with context on this page"). */
  where: string;
  /** The label of the list's filter. */
  filter: string;
  /** Caption of the claim's own sentence. */
  ownSentence: string;
  /** Caption of a quote's word differences against the claim's own wording. */
  againstOwn: string;
  /** Whose the words are that only the claim's own wording has (the diff's legend). */
  own: string;
  /** "3 times on this page": an entry that stands for repeats. */
  times(count: number): string;
}

/** The words for each place. */
export const PLACE_WORDS: Record<ClaimPlace, PlaceWords> = {
  page: {
    listHeading: 'Claims on this page',
    where: 'on this page',
    filter: 'Only where a source differs from this page',
    ownSentence: 'On this page',
    againstOwn: 'Against the page',
    own: 'the page',
    times: (count) => `${formatCount(count)} times on this page`,
  },
  text: {
    listHeading: 'Claims in this text',
    where: 'in this text',
    filter: 'Only where a source differs from this text',
    ownSentence: 'In this text',
    againstOwn: 'Against the text',
    own: 'the text',
    times: (count) => `${formatCount(count)} times in this text`,
  },
};

/**
 * A sentence of the shared vocabulary (src/shared/relation-words.ts, which the hover card on a page reads too),
 * said of `place`: "none contradicts this page" becomes "none contradicts this text".
 */
export function placeSentence(sentence: string, place: ClaimPlace): string {
  return place === 'page' ? sentence : sentence.replace(/\bthis page\b/g, 'this text');
}
