import { EVENT_TERMS, termSpans, type TermSpan } from '../text/terms';

/**
 * How far around a claim its subject is looked for, in characters. The caller passes the terms of
 * the whole sentence (computed once per sentence), and these windows pick from them.
 */
const AFTER_REACH = 160;
const BEFORE_REACH = 120;
const MAX_SUBJECT = 8;

/** Words that end the noun phrase after a figure: what follows is when or why, not what. */
const PHRASE_ENDERS = [
  ' since ',
  ' after ',
  ' before ',
  ' during ',
  ' until ',
  ' when ',
  ' amid ',
  ' because ',
  ' despite ',
  ' following ',
  ' according ',
  ' and ',
  ' but ',
  ' while ',
  ' or ',
  ' as ',
];

/** True when the raw text between two terms breaks a phrase: a clause mark, or (if asked) a joining word. */
function breaksPhrase(text: string, from: number, to: number, words: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 44 || c === 0x2014 || c === 0x2013) return true;
  }
  if (!words || to - from < 4) return false;
  const gap = ` ${text.slice(from, to).toLowerCase()} `;
  return PHRASE_ENDERS.some((w) => gap.includes(w));
}

function pushUnique(out: string[], term: string): void {
  if (out.length < MAX_SUBJECT && !out.includes(term)) out.push(term);
}

/** Index of the first span starting at or after `pos`. */
function firstAtOrAfter(spans: readonly TermSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Terms ending before `start` within reach, after the last figure there, nearest first. */
function termsBefore(spans: readonly TermSpan[], start: number, max: number): TermSpan[] {
  const out: TermSpan[] = [];
  for (let k = firstAtOrAfter(spans, start) - 1; k >= 0 && out.length < max; k--) {
    const t = spans[k];
    if (!t || t.number || t.start < start - BEFORE_REACH) break;
    if (t.end <= start) out.push(t);
  }
  return out;
}

/** Terms starting at or after `end` within reach. */
function termsAfter(spans: readonly TermSpan[], end: number): TermSpan[] {
  const out: TermSpan[] = [];
  for (let k = firstAtOrAfter(spans, end); k < spans.length; k++) {
    const t = spans[k];
    if (!t || t.start >= end + AFTER_REACH) break;
    out.push(t);
  }
  return out;
}

/**
 * What a figure counts and what happened to it: the noun phrase after the figure ("people",
 * "Syrians living in besieged areas"), the nearest event term of the clause when the phrase has
 * none ("30 people, five of them children, were killed" → kill; "displaced millions" → displac),
 * then the words just before it ("Syria's war has killed"). `spans` are the sentence's terms.
 */
export function quantitySubject(
  text: string,
  spans: readonly TermSpan[],
  start: number,
  end: number,
): string[] {
  const out: string[] = [];
  const after = termsAfter(spans, end);
  let prevEnd = end;
  let k = 0;
  for (; k < after.length && out.length < 4; k++) {
    const t = after[k];
    if (!t || t.number || breaksPhrase(text, prevEnd, t.start, out.length > 0)) break;
    pushUnique(out, t.term);
    prevEnd = t.end;
  }
  const before = termsBefore(spans, start, 6);
  if (!out.some((t) => EVENT_TERMS.has(t))) {
    const later = after.slice(k).find((t) => !t.number && EVENT_TERMS.has(t.term));
    const earlier = before.find((t) => EVENT_TERMS.has(t.term));
    const event = later && (!earlier || later.start - end < start - earlier.end) ? later : earlier;
    if (event) pushUnique(out, event.term);
  }
  for (const t of before.slice(0, 3)) pushUnique(out, t.term);
  return out;
}

/** What a date is the date of: the nearest words before it in the sentence, then a few after. */
export function dateSubject(text: string, spans: readonly TermSpan[], start: number, end: number): string[] {
  const out: string[] = [];
  for (const t of termsBefore(spans, start, 4)) pushUnique(out, t.term);
  let prevEnd = end;
  let n = 0;
  // A date opens or closes a clause ("On Saturday two women … were killed"): figures after it are
  // part of what happened then, so they are skipped rather than ending the window.
  const want = out.length === 0 ? 5 : 3;
  for (const t of termsAfter(spans, end)) {
    if (n >= want || breaksPhrase(text, prevEnd, t.start, n > 0)) break;
    prevEnd = t.end;
    if (t.number) continue;
    pushUnique(out, t.term);
    n++;
  }
  return out;
}

/**
 * A quote's subject is its own words. A short quote ("frayed") borrows the words around it in the
 * sentence ("the frayed ceasefire"), so even a one-word quote says what it is about.
 */
export function quoteSubject(
  quoteText: string,
  spans: readonly TermSpan[],
  start: number,
  end: number,
): string[] {
  const own: string[] = [];
  for (const t of termSpans(quoteText)) if (!t.number && !own.includes(t.term)) own.push(t.term);
  if (own.length >= 3) return own.slice(0, 60);
  for (const t of termsBefore(spans, start, 3)) if (!own.includes(t.term)) own.push(t.term);
  let n = 0;
  for (const t of termsAfter(spans, end)) {
    if (n >= 2) break;
    if (!t.number && !own.includes(t.term)) {
      own.push(t.term);
      n++;
    }
  }
  return own;
}
