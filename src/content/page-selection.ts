/**
 * The page's selection for "Check with Claim Lens", read in the page: `Selection.toString()` keeps the line breaks
 * between paragraphs, headings and list items that the browser's `selectionText` turns into spaces in Chromium, and
 * a line break ends a sentence and a figure's thread in the engine ("since 2011" at a paragraph's end must not run
 * into the next one's first words).
 */
import { cutText } from '../shared/cut-text';
import { CHECK_TEXT_LIMITS, type PageSelection } from '../shared/messages';

/** The selection in `win`, cut to the check page's limit, with its whole length. */
export function pageSelection(win: Pick<Window, 'getSelection'>): PageSelection {
  // A selection inside a text field is not the document's: toString() gives '' and the worker keeps selectionText.
  const text = win.getSelection()?.toString() ?? '';
  return { text: cutText(text, CHECK_TEXT_LIMITS.chars), chars: text.length };
}
