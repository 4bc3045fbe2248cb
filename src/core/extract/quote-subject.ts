/** What a quoted statement is about: its own words, and for a short quote the words around it. */
import { TermScanner, type TermBuffer } from '../text/terms';
import { afterLimit, before, firstAtOrAfter, termsBefore } from './term-window';

/** Terms of quotes; its own buffer, as the caller's `context` is another scanner's. */
const quoteScanner = new TermScanner();
const MAX_QUOTE_SUBJECT = 60;

/**
 * A quote's subject is its own words. A short quote ("frayed") borrows the words around it in the
 * sentence ("the frayed ceasefire"), so even a one-word quote says what it is about. `context`
 * holds the sentence's terms when the quote is short, and may be empty otherwise.
 */
export function quoteSubject(
  quoteText: string,
  context: TermBuffer | null,
  start: number,
  end: number,
): string[] {
  const own: string[] = [];
  const q = quoteScanner.scan(quoteText);
  // Past MAX_QUOTE_SUBJECT distinct terms the rest would be cut anyway.
  for (let k = 0; k < q.n && own.length < MAX_QUOTE_SUBJECT; k++) {
    const t = q.term[k] ?? '';
    if (q.number[k] === 0 && !own.includes(t)) own.push(t);
  }
  if (own.length >= 3 || context === null) return own;
  const nBefore = termsBefore(context, start, 3);
  for (let m = 0; m < nBefore; m++) {
    const t = context.term[before[m] ?? 0] ?? '';
    if (!own.includes(t)) own.push(t);
  }
  let n = 0;
  const first = firstAtOrAfter(context, end);
  const limit = afterLimit(context, first, end);
  for (let k = first; k < limit && n < 2; k++) {
    const t = context.term[k] ?? '';
    if (context.number[k] === 0 && !own.includes(t)) {
      own.push(t);
      n++;
    }
  }
  return own;
}
