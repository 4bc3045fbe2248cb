/** How the content script cuts a long block's text before sending it to the worker. */
import { SCAN_LIMITS } from '../shared/messages';

/** Longest text sent at once; longer blocks are cut at sentence ends. */
export const MAX_WINDOW = SCAN_LIMITS.textChars;
/** Cuts long text into windows that end at a sentence end (or a space) so each extract call is short. */
export function windowsOf(text: string, max = MAX_WINDOW): { start: number; text: string }[] {
  if (text.length <= max) return [{ start: 0, text }];
  const out: { start: number; text: string }[] = [];
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
