/**
 * The page's selection for "Check with Claim Lens", read in the page: `Selection.toString()` keeps the line breaks
 * between paragraphs, headings and list items that the browser's `selectionText` turns into spaces in Chromium, and
 * a line break ends a sentence and a figure's thread in the engine ("since 2011" at a paragraph's end must not run
 * into the next one's first words).
 */
import { cutText } from '../shared/cut-text';
import { CHECK_TEXT_LIMITS, type PageSelection } from '../shared/messages';
import { readingDate } from './reference-date';

/**
 * The selection in `win`, cut to the check page's limit, with its whole length and the day the page says it was
 * published. The blank lines a selection starts or ends with (one that began at a paragraph's end) are left out.
 */
export function pageSelection(
  win: Pick<Window, 'getSelection' | 'document'>,
  now = new Date(),
): PageSelection {
  // A selection inside a text field is not the document's: toString() gives '' and the worker keeps selectionText.
  const text = (win.getSelection()?.toString() ?? '').trim();
  const out: PageSelection = { text: cutText(text, CHECK_TEXT_LIMITS.chars), chars: text.length };
  if (text === '') return out;
  const reading = readingDate(win.document, now);
  if (reading.published) out.writtenOn = reading.day;
  return out;
}
