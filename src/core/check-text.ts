/**
 * A pasted text in, its claims with context out: what the worker runs for "Check a text", the page a reader
 * pastes a PDF's, an e-mail's or a printed article's text into.
 *
 * The text is read as the content script reads a page, a piece at a time: a line (a paragraph, once the lines a
 * PDF wraps are joined, see unwrapLines), cut at sentence ends when longer than a window. A line break ends a
 * sentence and a figure's thread anyway, so reading the lines apart finds what reading the whole would; and the
 * worker can answer the tabs' requests between pieces. Words a PDF hyphenated at a line's end are joined first
 * (see joinBrokenWords). Offsets are into the whole text as pasted.
 *
 * Two things a page's scan learns elsewhere are read from the text itself: the corpus's copy of it, which is no
 * source on it (a page's is known by its address), and a byline's date near its top (a page's by the content
 * script), which dates what follows as a dateline does.
 */
import { bylineOf, type Byline } from './check-byline';
import { copiedDocument } from './copied-document';
import type { CorpusIndex } from './corpus/model';
import { scanCounting, type ScanGates } from './scan-texts';
import { joinBrokenWords, unwrapLines, type JoinedText } from './text/unwrap-lines';
import { windowsOf, type TextWindow } from './text/windows';
import type { DocumentInfo, OtherClaim, ScannedClaim } from './types';

/** A line of text: no line break inside. */
const LINE = /[^\n\r\u2028\u2029]+/g;

/**
 * The pieces `text` is read in, in order: its lines, its hard-wrapped lines joined (see unwrapLines), each cut
 * into windows of at most `max` characters at sentence ends. Blank lines are left out; `start` is the piece's
 * offset in `text`, and a piece's text is `text` at that offset but for line breaks read as spaces.
 */
export function checkWindows(text: string, max: number): TextWindow[] {
  const out: TextWindow[] = [];
  for (const line of unwrapLines(text).matchAll(LINE)) {
    if (line[0].trim() === '') continue;
    for (const window of windowsOf(line[0], max))
      out.push({ start: line.index + window.start, text: window.text });
  }
  return out;
}

/** A claim's span moved from offsets into the joined text (see joinBrokenWords) to offsets into the pasted one. */
function toSource<T extends { start: number; end: number }>(claim: T, joined: JoinedText): T {
  return { ...claim, start: joined.source(claim.start), end: joined.source(claim.end, true) };
}

/** What a text (or a piece of one) says that the corpus has context for, and how many claims it makes besides. */
export interface CheckedText {
  /** Claims with at least one match or count of another time, in text order; spans are offsets into the text. */
  claims: ScannedClaim[];
  /** How many claims found no source states (figures, dates and quotes the corpus has nothing on). */
  unmatched: number;
  /** The first MAX_OTHERS of them, in text order; spans are offsets into the text. */
  others: OtherClaim[];
  /** The corpus document the text is a copy of, in whole or in part (see copiedDocument): no source on it. */
  itself?: DocumentInfo;
}

/**
 * Most claims without context listed one by one: a pasted report of 200,000 characters may make thousands, and
 * past a few hundred a list is no longer read; the count says how many there are.
 */
export const MAX_OTHERS = 300;

/**
 * One piece's claims (see checkWindows), their spans moved to offsets in the whole text. Relative dates are read
 * against `referenceDate`; `published` says it is the day the text was written, not the reader's today (see
 * MatchOptions). The document `itself` is no source (see copiedDocument).
 */
function checkWindow(
  index: CorpusIndex,
  gates: ScanGates | null,
  window: TextWindow,
  referenceDate: string,
  published: boolean,
  itself: number | null,
): CheckedText & { dateline?: string } {
  const { found, unmatched, dateline } = scanCounting(
    index,
    gates,
    window.text,
    referenceDate,
    published,
    itself,
  );
  const claims = found.map(({ claim, result }) => ({
    claim: { ...claim, start: claim.start + window.start, end: claim.end + window.start },
    result,
  }));
  const others = unmatched.map((claim) => ({
    ...claim,
    start: claim.start + window.start,
    end: claim.end + window.start,
  }));
  const checked = { claims, unmatched: unmatched.length, others };
  return dateline === undefined ? checked : { ...checked, dateline };
}

/** Turns given to other work while a long text is read (the worker answers tabs' requests in them). */
export interface Turns {
  /** Characters read between two turns. */
  every: number;
  /** Resolves once the other work has had its turn. */
  take(): Promise<void>;
}

/**
 * The windows with the byline's line taken out of them: the pieces before and after it. A byline is read for its
 * date alone (its names make no claim, its date is no date it reports), and it may have been joined with the
 * headline above or the paragraph below (see unwrapLines), whose claims are read apart from it.
 */
function* withoutByline(windows: TextWindow[], byline: Byline | null): Generator<TextWindow> {
  for (const window of windows) {
    const end = window.start + window.text.length;
    if (byline === null || end <= byline.start || window.start >= byline.end) {
      yield window;
      continue;
    }
    if (window.start < byline.start)
      yield { start: window.start, text: window.text.slice(0, byline.start - window.start) };
    if (end > byline.end) yield { start: byline.end, text: window.text.slice(byline.end - window.start) };
  }
}

/**
 * Every piece of `text` checked (see checkWindows, checkWindow), in order, with a turn for other work (`turns`)
 * between pieces once `turns.every` characters have been read since the last. The pieces after a dateline, or
 * after a byline near the top that gives a day (see bylineOf), are read as published on its day, whatever
 * `referenceDate` and `published` say: the text says when it was written. The corpus's copy of the text is no
 * source on it, and is named (`itself`).
 */
export async function checkText(
  index: CorpusIndex,
  gates: ScanGates | null,
  text: string,
  referenceDate: string,
  published: boolean,
  max: number,
  turns?: Turns,
): Promise<CheckedText> {
  const out: CheckedText = { claims: [], unmatched: 0, others: [] };
  let sinceTurn = 0;
  // A dateline ("Published April 8 2017") starts a report of that day: the lines after it are read as written then.
  let day = referenceDate;
  let dated = published;
  // Words a PDF hyphenated at line ends are read whole ("Feb-\nruary 27"); offsets go back to the pasted text.
  const joined = joinBrokenWords(text);
  const itself = copiedDocument(index, joined.text);
  const byline = bylineOf(joined.text, referenceDate);
  let bylineAhead = byline;
  for (const window of withoutByline(checkWindows(joined.text, max), byline)) {
    if (turns && sinceTurn >= turns.every) {
      await turns.take();
      sinceTurn = 0;
    }
    // A byline dates what follows it, as a dateline does.
    if (bylineAhead !== null && window.start >= bylineAhead.end) {
      day = bylineAhead.day;
      dated = true;
      bylineAhead = null;
    }
    const { claims, unmatched, others, dateline } = checkWindow(index, gates, window, day, dated, itself);
    for (const found of claims) out.claims.push({ ...found, claim: toSource(found.claim, joined) });
    out.unmatched += unmatched;
    for (const other of others) if (out.others.length < MAX_OTHERS) out.others.push(toSource(other, joined));
    sinceTurn += window.text.length;
    if (dateline !== undefined) {
      day = dateline;
      dated = true;
    }
  }
  const copied = itself === null ? undefined : index.documents[itself];
  return copied === undefined ? out : { ...out, itself: copied };
}
