/**
 * The sentence of a passage that holds a figure. A passage may run over several sentences, and what a figure is
 * said of (whose race, which period) is told in its own.
 */
import { SentenceFinder } from '../text/sentences';

/**
 * The sentence of `text` around `at` (the last one when `at` is the text's end), and where it starts in `text`:
 * the engine's own sentence reading (abbreviations, closing quotes), as the page's claims are read.
 */
export function sentenceAround(text: string, at: number): { text: string; offset: number } {
  if (text === '') return { text: '', offset: 0 };
  const [start, end] = new SentenceFinder(text).at(Math.min(at, text.length - 1));
  return { text: text.slice(start, end), offset: start };
}
