/**
 * The sentence of a passage that holds a figure. A passage may run over several sentences, and what a figure is
 * said of (whose race, which period) is told in its own.
 */

/** A sentence's end: a stop, a closing quote maybe, and a capital (a quote's opening maybe) after the space. */
const SENTENCE_END = /[.!?]["”']?\s+(?=["“']?\p{Lu})/gu;

/** The sentence of `text` around [start, end), and where it starts in `text`. */
export function sentenceAround(text: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end) return { text: text.slice(from, m.index + 1), offset: from };
  }
  return { text: text.slice(from), offset: from };
}
