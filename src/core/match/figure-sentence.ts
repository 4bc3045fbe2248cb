/**
 * The sentence of a passage that holds a figure. A passage may run over several sentences, and what a figure is
 * said of (whose race, which period) is told in its own.
 */
import type { CorpusIndex } from '../corpus/model';
import { SentenceFinder } from '../text/sentences';
import type { ClaimContext } from './subject';
import { perClaim, perIndex } from './terms-cache';

/**
 * The sentence of `text` around `at` (the last one when `at` is the text's end), and where it starts in `text`:
 * the engine's own sentence reading (abbreviations, closing quotes), as the page's claims are read.
 */
export function sentenceAround(text: string, at: number): { text: string; offset: number } {
  if (text === '') return { text: '', offset: 0 };
  const [start, end] = new SentenceFinder(text).at(Math.min(at, text.length - 1));
  return { text: text.slice(start, end), offset: start };
}

/** A test of a figure [start, end) in its sentence. */
export type FigureTest = (sentence: string, start: number, end: number) => boolean;

/**
 * `test` asked of the page claim in its sentence and of a corpus claim in its passage's sentence, each answer
 * kept (a page claim meets many corpus claims, and a corpus claim many pages). Used for what a figure is told
 * as: a poll's sample, a share.
 */
export function figureTestOfBoth(test: FigureTest): {
  page: (ctx: ClaimContext) => boolean;
  corpus: (index: CorpusIndex, claimIndex: number) => boolean;
} {
  const page = perClaim((ctx: ClaimContext): boolean => {
    const at = ctx.claim.sentence.indexOf(ctx.claim.text);
    return at >= 0 && test(ctx.claim.sentence, at, at + ctx.claim.text.length);
  });
  const corpus = perIndex((index: CorpusIndex, claimIndex: number): boolean => {
    const claim = index.claims[claimIndex];
    const text = index.passages[claim?.passage ?? -1]?.text ?? '';
    if (!claim || text === '') return false;
    const sentence = sentenceAround(text, claim.start);
    return test(sentence.text, claim.start - sentence.offset, claim.end - sentence.offset);
  });
  return { page, corpus };
}
