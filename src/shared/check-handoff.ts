/**
 * Handing a selected text to the check page ("Check with Claim Lens" in the context menu) without putting it in
 * the page's address, which the browser keeps in its history and may sync. The worker stores the text in
 * `storage.session` (held in memory, never written to disk, cleared when the browser closes, and out of content
 * scripts' reach) under a random one-time key, and opens the check page with that key; the page reads the text
 * and deletes it.
 */
import { isIsoDate } from '../core/corpus/sources-meta';
import { ext } from './browser';

/** The check page, as a path inside the extension. */
export const CHECK_PAGE = 'src/check/index.html';

/** Query parameter of the check page that names the handed text's key. */
export const HANDOFF_PARAM = 'handoff';

/** Value of HANDOFF_PARAM when the text could not be stored: the page asks the reader to paste it. */
export const HANDOFF_FAILED = 'failed';

/** storage.session keys of handed texts start with this, so they cannot be taken for any other entry. */
export const HANDOFF_PREFIX = 'checkText:';

/** Why a handed text is less than the reader selected. */
export type HandedCut =
  /** The selection had `chars` characters, more than the check page takes (CHECK_TEXT_LIMITS): this is its start. */
  | { kind: 'over-limit'; chars: number }
  /**
   * The text is as long as the browser's copy of a selection goes (Firefox stops at 16,384 characters), and the page
   * could not be asked for the rest: the selection may have gone on.
   */
  | { kind: 'browser-limit' };

/** What the check page was handed. */
export type Handed =
  /** Opened without a handed text (from the options page, or typed in). */
  | { kind: 'none' }
  /**
   * `cut` says why the text is only part of the selection (null when it is all of it); `writtenOn` is the day the
   * page it came from says it was published (null when it states none).
   */
  | { kind: 'text'; text: string; cut: HandedCut | null; writtenOn: string | null }
  /** A key whose text is gone: read already (the page was reloaded) or never stored. */
  | { kind: 'gone' }
  /** The worker could not store the text. */
  | { kind: 'failed' };

/** A key no one can guess or reuse (the key alone names the text; 122 random bits). */
function newKey(): string {
  return crypto.randomUUID();
}

/** What is stored under a key: the text, why it is less than the selection, and its page's date. */
interface StoredHandOver {
  text: string;
  cut: HandedCut | null;
  writtenOn: string | null;
}

/** A stored entry read back, or null for anything else. */
function storedHandOver(raw: unknown): StoredHandOver | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { text, cut, writtenOn } = raw as { text?: unknown; cut?: unknown; writtenOn?: unknown };
  if (typeof text !== 'string') return null;
  const day = typeof writtenOn === 'string' && isIsoDate(writtenOn) ? writtenOn : null;
  return { text, cut: handedCut(cut), writtenOn: day };
}

/** A stored cut read back; anything unexpected counts as none. */
function handedCut(raw: unknown): HandedCut | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kind, chars } = raw as { kind?: unknown; chars?: unknown };
  if (kind === 'browser-limit') return { kind };
  if (kind === 'over-limit' && typeof chars === 'number' && Number.isSafeInteger(chars))
    return { kind, chars };
  return null;
}

/**
 * Worker side: stores `text` for the check page (with `cut`, why it is only part of the selection, and `writtenOn`,
 * the day its page says it was published) and returns the address to open. When storage refuses it (its quota is
 * shared with the corpus cache), the address says so instead, and the page asks for the text to be pasted.
 */
export async function handOver(
  text: string,
  cut: HandedCut | null = null,
  writtenOn: string | null = null,
): Promise<string> {
  const key = newKey();
  try {
    const stored: StoredHandOver = { text, cut, writtenOn };
    await ext.storage.session.set({ [HANDOFF_PREFIX + key]: stored });
  } catch (error) {
    console.warn('Claim Lens: the selected text could not be handed to the check page', error);
    return ext.runtime.getURL(`${CHECK_PAGE}?${HANDOFF_PARAM}=${HANDOFF_FAILED}`);
  }
  return ext.runtime.getURL(`${CHECK_PAGE}?${HANDOFF_PARAM}=${encodeURIComponent(key)}`);
}

/** Worker side: forgets a handed text whose page did not open (the key is the address's HANDOFF_PARAM). */
export async function dropHandOver(url: string): Promise<void> {
  const key = new URL(url).searchParams.get(HANDOFF_PARAM);
  if (key !== null && key !== HANDOFF_FAILED) await ext.storage.session.remove(HANDOFF_PREFIX + key);
}

/**
 * Check page side: the text the page's address (`search`, as in location.search) names, read once: it is deleted
 * from storage as it is read, so a reload or a copied address finds nothing.
 */
export async function takeHandedText(search: string): Promise<Handed> {
  const key = new URLSearchParams(search).get(HANDOFF_PARAM);
  if (key === null) return { kind: 'none' };
  if (key === HANDOFF_FAILED) return { kind: 'failed' };
  const storageKey = HANDOFF_PREFIX + key;
  const stored: Record<string, unknown> = await ext.storage.session.get(storageKey);
  await ext.storage.session.remove(storageKey);
  const handed = storedHandOver(stored[storageKey]);
  return handed === null ? { kind: 'gone' } : { kind: 'text', ...handed };
}
