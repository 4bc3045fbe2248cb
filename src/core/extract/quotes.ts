import { isLetter, isNewline, isSpace } from '../text/chars';
import { isAttributionGap, speakerAfter, speakerBefore, type SpeakerHit } from './speaker';
import { isQuotedToken } from './quote-kinds';

/** A quoted statement found in the text. */
export interface QuoteHit {
  /** Span including the quote marks (or the paragraph edge where a mark is missing). */
  start: number;
  end: number;
  /** The words inside, trimmed; parts broken by "he said" are joined with a space. */
  text: string;
  /** The parts `text` joins, when there are two or more. */
  parts?: string[];
  speaker?: SpeakerHit;
}

/** Longest quote accepted; an unclosed mark never claims more than this. */
const MAX_DOUBLE = 1500;
const MAX_SINGLE = 300;

const MARKS = /["“”‘’'«»„]/g;
/** The line breaks of isNewline, found by the regex engine. */
const NEWLINES = /[\n\r\u2028\u2029]/g;

const OPENERS_BEFORE = new Set([40, 91, 123, 0x2014, 0x2013, 45, 47, 58]);

type MarkKind = 'open' | 'close' | 'either' | 'none';

function isEdge(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || isNewline(code);
}

/** How a straight or curly mark reads from its neighbours. */
function classify(text: string, i: number, paraStart: number): { double: boolean; kind: MarkKind } {
  const c = text.charCodeAt(i);
  const p = i > paraStart ? text.charCodeAt(i - 1) : NaN;
  const n = text.charCodeAt(i + 1);
  // Guillemets (« », French and others) and the low opening mark („, German and others) are double marks too.
  if (c === 0x201c || c === 0xab || c === 0x201e) return { double: true, kind: 'open' };
  if (c === 0x201d || c === 0xbb) return { double: true, kind: 'close' };
  if (c === 0x2018) return { double: false, kind: isLetter(p) ? 'none' : 'open' };
  const openish = (isEdge(p) || OPENERS_BEFORE.has(p)) && !isEdge(n);
  const closeish = !isEdge(p) && (isEdge(n) || !(isLetter(n) || (n >= 48 && n <= 57)));
  if (c === 34)
    return { double: true, kind: openish && !closeish ? 'open' : closeish && !openish ? 'close' : 'either' };
  // ’ and ': an apostrophe between letters ("Syria’s", "don't") is not a mark.
  if (isLetter(p) && isLetter(n)) return { double: false, kind: 'none' };
  if (c === 39 && openish && isLetter(n)) return { double: false, kind: 'open' };
  if (closeish) return { double: false, kind: 'close' };
  return { double: false, kind: 'none' };
}

function trimQuote(text: string, a: number, b: number): string {
  let s = a;
  let e = b;
  while (s < e && (isSpace(text.charCodeAt(s)) || isNewline(text.charCodeAt(s)))) s++;
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (isSpace(c) || isNewline(c) || c === 44 || c === 59 || c === 58 || c === 46) e--;
    else break;
  }
  return text.slice(s, e);
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) return true;
  return false;
}

interface RawQuote {
  start: number;
  end: number;
  text: string;
  paraStart: number;
  paraEnd: number;
  /** The opening mark exists (a quote starting at a paragraph edge has none). */
  opened: boolean;
  closed: boolean;
  double: boolean;
}

/**
 * Finds quoted statements in one pass over the quote marks, paragraph by paragraph (a line break
 * ends a paragraph). Curly marks say which way they face; straight marks are read from their
 * neighbours. A closing mark with no opening one (scraped text drops it) quotes from the start of
 * its paragraph; an opening mark never closed quotes to the paragraph's end; both only up to a
 * length limit. Work is linear in the text: each mark is looked at once.
 */
export function findQuotes(text: string): QuoteHit[] {
  const raw: RawQuote[] = [];
  let paraStart = 0;
  let paraEnd = -1;
  let dOpen = -1;
  let sOpen = -1;
  let inPara = 0;
  const flush = (): void => {
    if (dOpen >= 0 && paraEnd - dOpen <= MAX_DOUBLE) {
      const t = trimQuote(text, dOpen + 1, paraEnd);
      let end = paraEnd;
      while (end > dOpen && isSpace(text.charCodeAt(end - 1))) end--;
      if (hasLetter(t) && t.includes(' ')) {
        raw.push({
          start: dOpen,
          end,
          text: t,
          paraStart,
          paraEnd,
          opened: true,
          closed: false,
          double: true,
        });
      }
    }
    dOpen = -1;
    sOpen = -1;
    inPara = 0;
  };
  // One regex instance per module: findQuotes never re-enters itself, and `lastIndex` is reset here.
  const re = MARKS;
  re.lastIndex = 0;
  // The last line break before the current mark, found going forward so that every char is read
  // once however many paragraphs there are; `breakAt` is the first break not yet passed.
  let lastBreak = -1;
  let breakAt = -1;
  // `test` rather than `exec`: no match array per mark; a mark is one char, just before lastIndex.
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (i >= paraEnd) {
      if (paraEnd >= 0) flush();
      while (breakAt < i) {
        if (breakAt >= 0) lastBreak = breakAt;
        NEWLINES.lastIndex = breakAt + 1;
        breakAt = NEWLINES.test(text) ? NEWLINES.lastIndex - 1 : text.length;
      }
      // The paragraph starts after the last line break, and never before the previous one's end.
      paraStart = Math.max(0, paraEnd, lastBreak + 1);
      let pe = text.indexOf('\n', i);
      if (pe < 0) pe = text.length;
      paraEnd = pe;
    }
    const mark = classify(text, i, paraStart);
    const double = mark.double;
    // After „ the quote closes with “ („Wir sind bereit“), the mark that opens one in English.
    const kind =
      text.charCodeAt(i) === 0x201c && dOpen >= 0 && text.charCodeAt(dOpen) === 0x201e ? 'close' : mark.kind;
    if (kind === 'none') continue;
    if (double) {
      const opening = kind === 'open' || (kind === 'either' && dOpen < 0);
      if (opening) {
        dOpen = i;
        sOpen = -1;
        continue;
      }
      if (dOpen >= 0) {
        if (i - dOpen <= MAX_DOUBLE) {
          const t = trimQuote(text, dOpen + 1, i);
          if (hasLetter(t)) {
            raw.push({
              start: dOpen,
              end: i + 1,
              text: t,
              paraStart,
              paraEnd,
              opened: true,
              closed: true,
              double: true,
            });
            inPara++;
          }
        }
        dOpen = -1;
      } else if (inPara === 0 && i - paraStart <= MAX_DOUBLE && isLetter(text.charCodeAt(paraStart))) {
        const p = text.charCodeAt(i - 1);
        if (isLetter(p) || p === 44 || p === 46 || p === 33 || p === 63) {
          const t = trimQuote(text, paraStart, i);
          if (hasLetter(t) && t.includes(' ')) {
            raw.push({
              start: paraStart,
              end: i + 1,
              text: t,
              paraStart,
              paraEnd,
              opened: false,
              closed: true,
              double: true,
            });
            inPara++;
          }
        }
      }
      continue;
    }
    if (dOpen >= 0) continue;
    if (kind === 'open') sOpen = i;
    else if (sOpen >= 0 && i - sOpen <= MAX_SINGLE) {
      const t = trimQuote(text, sOpen + 1, i);
      if (hasLetter(t))
        raw.push({
          start: sOpen,
          end: i + 1,
          text: t,
          paraStart,
          paraEnd,
          opened: true,
          closed: true,
          double: false,
        });
      sOpen = -1;
    }
  }
  if (paraEnd >= 0) {
    paraEnd = Math.min(paraEnd, text.length);
    flush();
  }
  return joinAndAttribute(text, raw);
}

/** What separates the words of a name: "Recep Tayyip Erdoğan" has three. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * True when the quote after an attribution names its own speaker who is not the one just named: in
 * "“…,” said Goldwein. “…,” Lew said" or "“…,” he said. “…,” Ruto said" the second quote is another
 * person's, not the first one's next words. A pronoun after the second ("he added") continues.
 */
function anotherSpeaker(first: SpeakerHit | null, next: SpeakerHit | null): boolean {
  if (!next || next.pronoun) return false;
  if (!first || first.pronoun) return true;
  const words = new Set(first.name.toLowerCase().split(NOT_WORD));
  return !next.name
    .toLowerCase()
    .split(NOT_WORD)
    .some((w) => w.length > 1 && words.has(w));
}

/** Joins "…,” Kerry said. “…" into one statement and finds who spoke each one. */
function joinAndAttribute(text: string, raw: RawQuote[]): QuoteHit[] {
  const out: QuoteHit[] = [];
  for (let k = 0; k < raw.length; k++) {
    const q = raw[k];
    if (!q) continue;
    let end = q.end;
    let joined = q.text;
    const parts = [q.text];
    let speaker: SpeakerHit | null = null;
    let last = q;
    for (
      let next = raw[k + 1];
      next && next.double && last.closed && next.opened && next.paraStart === last.paraStart;
      next = raw[k + 1]
    ) {
      if (!isAttributionGap(text, last.end, next.start)) break;
      speaker ??= speakerAfter(text, last.end, last.paraEnd);
      if (next.closed && anotherSpeaker(speaker, speakerAfter(text, next.end, next.paraEnd))) break;
      joined = `${joined} ${next.text}`;
      parts.push(next.text);
      end = next.end;
      last = next;
      k++;
    }
    // A header's name or a type in quotation marks is no statement (quote-kinds.ts).
    if (parts.length === 1 && isQuotedToken(joined)) continue;
    if (!speaker && last.closed) speaker = speakerAfter(text, last.end, last.paraEnd);
    if (!speaker && q.opened) speaker = speakerBefore(text, q.start, q.paraStart);
    const hit: QuoteHit = { start: q.start, end, text: joined };
    if (parts.length > 1) hit.parts = parts;
    if (speaker) hit.speaker = speaker;
    out.push(hit);
  }
  return out;
}
