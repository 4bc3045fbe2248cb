/**
 * A pasted text read as paragraphs rather than as the lines it was printed in. Text copied from a PDF, a
 * terminal or a plain-text e-mail breaks its lines inside sentences ("Syria's war has killed more than\n250,000
 * people"), and the engine ends a sentence, and a figure's thread, at every line break: the figure would lose
 * what it counts and who reports it. Such breaks are read as spaces; those that end a paragraph, a sentence, a
 * heading or a list item stay.
 */
import { isNumberWord } from './number-words';

/** A line ends a sentence (or introduces what follows) when its last mark, closing quotes aside, is one of these. */
const LINE_END = /[.!?:;…]["'”’»)\]]*$/u;

/** A line that starts a list item: a bullet, a dash, or "1." / "2)". */
const LIST_ITEM = /^\s*(?:[-–—•*·▪●]\s|\d{1,3}[.)]\s)/u;

/** A line shorter than this that the next line follows with a capital reads as a heading, a byline or a date. */
const SHORT_LINE = 40;

/** Starts with an upper-case letter. */
const CAPITAL = /^\s*\p{Lu}/u;

/**
 * Columns inside a line: a tab, or three spaces or more, between words. A table's rows ("Killed since March 2011
 * 290,000  UN") are as long as prose lines and start with capitals; joined, a table read as one sentence, each
 * figure taking the other rows' words.
 */
const COLUMNS = /\S(?:\t| {3,})\S/;

/** True when the break between `before` and `after` (two lines, without their line break) is only a wrap. */
function wraps(before: string, after: string): boolean {
  const line = before.trimEnd();
  if (line.trim() === '' || after.trim() === '') return false;
  if (COLUMNS.test(line) || COLUMNS.test(after)) return false;
  if (LINE_END.test(line) || LIST_ITEM.test(after)) return false;
  return !(line.trim().length < SHORT_LINE && CAPITAL.test(after));
}

/**
 * `text` with each line break inside a paragraph (see wraps) turned into spaces, character for character: the
 * result has the same length, so an offset into it is an offset into `text`.
 */
export function unwrapLines(text: string): string {
  const lines = text.split(/(\r\n|\n|\r)/);
  // split with a capture group alternates lines and the breaks between them.
  for (let i = 1; i < lines.length - 1; i += 2) {
    const before = lines[i - 1] ?? '';
    const after = lines[i + 1] ?? '';
    if (wraps(before, after)) lines[i] = ' '.repeat((lines[i] ?? '').length);
  }
  return lines.join('');
}

/** A hyphen at a line's end, the next line going on in lower case: a word a PDF broke across two lines. */
const HYPHEN_BREAK = /-(\r\n|\n|\r)(?=\p{Ll})/gu;

/** The most letters looked back over for the broken word's first half. */
const WORD_REACH = 40;

/** A text with the words it broke at line ends joined (see joinBrokenWords), and the way back to its offsets. */
export interface JoinedText {
  text: string;
  /**
   * The offset in the source text of an offset in `text`: a start (a claim's first character) lands after what
   * was dropped at that point, an end (`end` true) before it.
   */
  source(offset: number, end?: boolean): number;
}

/**
 * `text` with each word a PDF hyphenated at a line's end joined again: "since Feb-\nruary 27" reads "since
 * February 27", "peo-\nple" "people". A number word or a figure keeps its hyphen, as in a compound written so
 * ("twenty-\nfive" reads "twenty-five", "15-\nyear-old" "15-year-old"); a compound of other words broken at its
 * own hyphen loses it ("well-\nknown" reads "wellknown"), which names no claim. Linear in the text's length.
 */
export function joinBrokenWords(text: string): JoinedText {
  const cuts: number[] = [];
  const dropped: number[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(HYPHEN_BREAK)) {
    const hyphen = m.index;
    let from = hyphen;
    while (from > Math.max(last, hyphen - WORD_REACH) && /[\p{L}\p{N}]/u.test(text.charAt(from - 1))) from--;
    if (from === hyphen) continue;
    const word = text.slice(from, hyphen);
    const keep = /\p{N}$/u.test(word) || isNumberWord(word.toLowerCase());
    const dropFrom = keep ? hyphen + 1 : hyphen;
    out += text.slice(last, dropFrom);
    cuts.push(out.length);
    last = hyphen + 1 + (m[1]?.length ?? 1);
    dropped.push(last - dropFrom);
  }
  if (cuts.length === 0) return { text, source: (offset) => offset };
  out += text.slice(last);
  // shifts[k]: characters dropped at the first k cuts.
  const shifts = [0];
  for (const n of dropped) shifts.push((shifts[shifts.length - 1] ?? 0) + n);
  return {
    text: out,
    source(offset, end = false) {
      // How many cuts lie before the offset (at it too, for a start): a binary search, for a long PDF's thousands.
      let lo = 0;
      let hi = cuts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const cut = cuts[mid] ?? 0;
        if (cut < offset || (!end && cut === offset)) lo = mid + 1;
        else hi = mid;
      }
      return offset + (shifts[lo] ?? 0);
    },
  };
}
