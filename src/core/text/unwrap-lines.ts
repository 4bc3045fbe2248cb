/**
 * A pasted text read as paragraphs rather than as the lines it was printed in. Text copied from a PDF, a
 * terminal or a plain-text e-mail breaks its lines inside sentences ("Syria's war has killed more than\n250,000
 * people"), and the engine ends a sentence, and a figure's thread, at every line break: the figure would lose
 * what it counts and who reports it. Such breaks are read as spaces; those that end a paragraph, a sentence, a
 * heading or a list item stay.
 */

/** A line ends a sentence (or introduces what follows) when its last mark, closing quotes aside, is one of these. */
const LINE_END = /[.!?:;…]["'”’»)\]]*$/u;

/** A line that starts a list item: a bullet, a dash, or "1." / "2)". */
const LIST_ITEM = /^\s*(?:[-–—•*·▪●]\s|\d{1,3}[.)]\s)/u;

/** A line shorter than this that the next line follows with a capital reads as a heading, a byline or a date. */
const SHORT_LINE = 40;

/** Starts with an upper-case letter. */
const CAPITAL = /^\s*\p{Lu}/u;

/** True when the break between `before` and `after` (two lines, without their line break) is only a wrap. */
function wraps(before: string, after: string): boolean {
  const line = before.trimEnd();
  if (line.trim() === '' || after.trim() === '') return false;
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
