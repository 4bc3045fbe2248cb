/**
 * Splits prose into passages (sentences) with offsets into the original text.
 *
 * A passage is the unit a match shows, so it must read as a whole statement: abbreviations, initials, decimals
 * and acronyms do not end a sentence, and a sentence boundary inside a quotation does not split the quotation
 * (so a quoted statement stays in one passage and can be matched as a whole).
 */
import type { TextSpan } from './clean';
import { ABBREVIATIONS, SENTENCE_STARTS } from '../text/abbreviations';

/** Curly quotation marks pair by direction; straight ones pair in order (see quotedRanges). */
const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);

/** The word just before position `dot` (a full stop), with internal dots kept: "U.S", "D-N.Y", "Mr", "3". */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && /[\p{L}\p{N}.\-’']/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot).replace(/^[-'’]+/, '');
}

/** True when the full stop at `dot` belongs to an abbreviation, an initial, an acronym or a number. */
function isNonFinalDot(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // Initials ("John F. Kennedy") and dotted acronyms ("U.S.", "D-N.Y.", "U.N."): a capital before the dot
  // with only single letters between dots.
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}{1,2}[.-])+\p{L}{1,2}$/u.test(word) && /\p{Lu}/u.test(word)) return true;
  return false;
}

/** True when the word at `at` begins a sentence whatever comes before it (see SENTENCE_STARTS). */
function startsSentence(text: string, at: number): boolean {
  const word = /^\p{L}{2,12}(?!\p{L})/u.exec(text.slice(at, at + 13))?.[0];
  return word !== undefined && SENTENCE_STARTS.has(word.toLowerCase());
}

/**
 * Marks the ranges inside double quotation marks, so boundaries there can be ignored.
 * Curly quotes pair by direction; straight quotes pair in order. An unclosed quote protects nothing, so a stray
 * mark cannot glue a whole paragraph together.
 */
function quotedRanges(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i] ?? '';
    if (OPEN_QUOTES.has(c)) open = i;
    else if (CLOSE_QUOTES.has(c) && open >= 0) {
      out.push({ start: open, end: i });
      open = -1;
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        out.push({ start: straightOpen, end: i });
        straightOpen = -1;
      }
    }
  }
  return out;
}

function inside(ranges: TextSpan[], pos: number): boolean {
  for (const r of ranges) if (pos > r.start && pos < r.end) return true;
  return false;
}

/**
 * Splits one block of prose (a span of `text`) into sentence spans, trimmed, in order.
 * A boundary is `.`, `!`, `?` or `…`, then any closing quotes or brackets, then white space, then something that
 * can start a sentence (a capital, a digit or an opening quote).
 */
export function splitSentences(text: string, span: TextSpan): TextSpan[] {
  const out: TextSpan[] = [];
  const quoted = quotedRanges(text, span);
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i] ?? '';
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let end = i + 1;
    while (end < span.end && /[.!?…"'”’)\]]/.test(text[end] ?? '')) end++;
    let next = end;
    while (next < span.end && /\s/.test(text[next] ?? '')) next++;
    if (next === end || next >= span.end) continue;
    if (!/[\p{Lu}\p{N}"'“‘«([]/u.test(text[next] ?? '')) continue;
    if (c === '.' && end === i + 1 && isNonFinalDot(text, i, start) && !startsSentence(text, next)) continue;
    if (inside(quoted, end - 1)) continue;
    out.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out.filter((s) => s.end > s.start);
}
