/**
 * What the popup was opened for: the tab named by `?tab=` (the full view, and the e2e harness) or the
 * active tab, and the claim named by `#claim=` (the content script's "Open full view" button).
 */
import { ext } from '../shared/browser';

/** The popup's address, read once at start. */
export interface PopupTarget {
  /** The tab id from `?tab=`, or null when the popup shows the active tab. */
  tabParam: number | null;
  /** The claim id from `#claim=`, or null. */
  claimId: string | null;
}

/** Reads `?tab=` and `#claim=`; a malformed tab id counts as absent rather than breaking the popup. */
export function readTarget(search: string, hash: string): PopupTarget {
  const raw = new URLSearchParams(search).get('tab');
  const tab = raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
  const claim = new URLSearchParams(hash.replace(/^#/, '')).get('claim');
  return { tabParam: tab, claimId: claim !== null && claim.length > 0 && claim.length <= 100 ? claim : null };
}

/** The id of the tab to show: the named one, else the active tab of the popup's window, else null. */
export async function resolveTabId(target: PopupTarget): Promise<number | null> {
  if (target.tabParam !== null) return target.tabParam;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The address of the full view of a tab, opened by "Open full view" (the popup's footer and the hover card). */
export function fullViewUrl(tabId: number, claimId: string | null = null): string {
  const hash = claimId === null ? '' : `#claim=${encodeURIComponent(claimId)}`;
  return ext.runtime.getURL(`src/popup/index.html?tab=${tabId}${hash}`);
}
