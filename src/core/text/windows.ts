/**
 * Cutting a long text into windows the engine reads one at a time: each ends at a sentence end (or a space), so
 * that a claim is seldom cut in two and one extraction call stays short.
 */

/** A piece of a longer text, and where it starts in that text. */
export interface TextWindow {
  /** Offset of the window's first character in the whole text. */
  start: number;
  text: string;
}

/**
 * Cuts `text` into windows of at most `max` characters that end at a sentence end ('. ', '? ', '! ') in their
 * second half, else at a space there, else at `max`. Together they are the text, in order, without overlap.
 */
export function windowsOf(text: string, max: number): TextWindow[] {
  if (text.length <= max) return [{ start: 0, text }];
  const out: TextWindow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const slice = text.slice(start, end);
      const sentence = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
      const cut =
        sentence > max / 2
          ? sentence + 2
          : slice.lastIndexOf(' ') > max / 2
            ? slice.lastIndexOf(' ') + 1
            : max;
      end = start + cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}
