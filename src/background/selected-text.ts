/**
 * The text "Check with Claim Lens" hands to the check page. The browser passes the selection with the click
 * (`selectionText`), but not as the page has it: Chromium 150 turns every line break into a space, and Firefox 153
 * keeps the line breaks but stops at 16,384 characters. So the tab's content script is asked for the selection
 * first (`getSelectedText`), and the browser's copy is kept for where it cannot answer: a page without the content
 * script (browser pages, the PDF viewer), a frame (it runs in the top frame only), a page gone or too busy to
 * answer, a selection inside a text field.
 */
import { isIsoDate } from '../core/corpus/sources-meta';
import type { Menus } from '../shared/browser';
import type { HandedCut } from '../shared/check-handoff';
import { cutText } from '../shared/cut-text';
import { CHECK_TEXT_LIMITS, type PageSelection } from '../shared/messages';
import { sendToTab } from '../shared/rpc';

/**
 * Most characters of a selection Firefox passes extensions in `selectionText` (its SelectionUtils keeps the first
 * 16,384 as `fullText`). Chromium 150 passed a selection of 2.8 million characters whole.
 */
export const BROWSER_SELECTION_CAP = 16_384;

/** How long the page may take to answer: one busy with its own scripts must not hold the check page back long. */
export const PAGE_ANSWER_MS = 1_500;

/**
 * The text for the check page, why it is only part of the selection (null when it is all of it), and the day the
 * page says it was published (null when it states none, or the browser's copy is used).
 */
export interface SelectedText {
  text: string;
  cut: HandedCut | null;
  writtenOn: string | null;
}

/** Letters and digits alone: the two copies of a selection differ in their spaces, line breaks and tabs. */
function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when the page's selection is the one the browser passed: the same letters and digits, whatever lies between
 * them, or only the same start where either copy was cut. They differ when a page script moved the selection after
 * the click, or when the selection runs through a shadow root, whose text Chromium's copy holds and the page's
 * `toString()` leaves out: the browser's copy is then the reader's selection.
 */
export function sameSelection(page: PageSelection, browserText: string): boolean {
  const fromPage = lettersOf(page.text);
  const fromBrowser = lettersOf(browserText);
  const pageCut = page.chars > page.text.length;
  const browserCut = browserText.length >= BROWSER_SELECTION_CAP;
  if (pageCut && browserCut) return fromPage.startsWith(fromBrowser) || fromBrowser.startsWith(fromPage);
  if (pageCut) return fromBrowser.startsWith(fromPage);
  if (browserCut) return fromPage.startsWith(fromBrowser);
  return fromPage === fromBrowser;
}

/** A content script's answer, checked: a page may not make the worker hold more than the check page takes. */
function isPageSelection(raw: unknown): raw is PageSelection {
  if (typeof raw !== 'object' || raw === null) return false;
  const { text, chars, writtenOn } = raw as { text?: unknown; chars?: unknown; writtenOn?: unknown };
  return (
    typeof text === 'string' &&
    text.length <= CHECK_TEXT_LIMITS.chars &&
    typeof chars === 'number' &&
    Number.isSafeInteger(chars) &&
    chars >= text.length &&
    (writtenOn === undefined || (typeof writtenOn === 'string' && isIsoDate(writtenOn)))
  );
}

/** The selection as the frame's content script has it, or null when none answers in time. */
async function askPage(tabId: number, frameId: number, wait: number): Promise<PageSelection | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), wait);
  });
  try {
    const answer = await Promise.race([sendToTab(tabId, 'getSelectedText', {}, frameId), late]);
    return isPageSelection(answer) ? answer : null;
  } catch {
    // No content script in that frame (a browser page, the PDF viewer, a frame), or its page is gone.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The browser's copy, cut to the check page's limit. */
function fromBrowser(text: string): SelectedText {
  if (text.length > CHECK_TEXT_LIMITS.chars)
    return {
      text: cutText(text, CHECK_TEXT_LIMITS.chars),
      cut: { kind: 'over-limit', chars: text.length },
      writtenOn: null,
    };
  // A shorter copy is whole; one of exactly the cap is where Firefox stopped, and the selection may go on.
  if (text.length === BROWSER_SELECTION_CAP) return { text, cut: { kind: 'browser-limit' }, writtenOn: null };
  return { text, cut: null, writtenOn: null };
}

/**
 * The selected text for a click on the menu item in tab `tabId`: the page's own when its content script answers
 * with the same selection, else the browser's. Never rejects: at worst it is the browser's copy, or ''.
 */
export async function selectedText(
  info: Pick<Menus.OnClickData, 'selectionText' | 'frameId'>,
  tabId: number | undefined,
  wait = PAGE_ANSWER_MS,
): Promise<SelectedText> {
  const browserText = info.selectionText ?? '';
  const page = tabId === undefined ? null : await askPage(tabId, info.frameId ?? 0, wait);
  if (page !== null && page.text !== '' && (browserText === '' || sameSelection(page, browserText))) {
    const cut = page.chars > page.text.length ? { kind: 'over-limit' as const, chars: page.chars } : null;
    return { text: page.text, cut, writtenOn: page.writtenOn ?? null };
  }
  return fromBrowser(browserText);
}
