/** How the content script cuts a long block's text before sending it to the worker. */
import { SCAN_LIMITS } from '../shared/messages';
import { windowsOf as cut, type TextWindow } from '../core/text/windows';

/** Longest text sent at once; longer blocks are cut at sentence ends. */
export const MAX_WINDOW = SCAN_LIMITS.textChars;
/** Cuts long text into windows that end at a sentence end (or a space) so each extract call is short. */
export function windowsOf(text: string, max = MAX_WINDOW): TextWindow[] {
  return cut(text, max);
}
