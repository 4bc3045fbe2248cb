/**
 * What the popup knows of its tab, and what it says when the tab's content script does not answer: a page still
 * loading has no script yet (it runs at document_idle), a page the view followed may be going to the next one, and
 * otherwise Claim Lens cannot run there.
 */
import { ext } from '../shared/browser';
import type { TabState } from '../shared/messages';

/**
 * What is known about the tab: still asking, its page is still loading (its content script, run at document_idle,
 * is not there yet), its content script does not answer, it was closed, or its state.
 */
export type TabStatus =
  | { kind: 'loading' }
  | { kind: 'page-loading' }
  | { kind: 'unreachable' }
  | { kind: 'closed' }
  | { kind: 'ready'; state: TabState };

/**
 * Where the tab's page is: the tab is gone (closed, or an id that never was one), still loading, or loaded.
 * Chromium and Firefox give a tab's status without the tabs permission, which only guards its address and title.
 */
export async function tabLoad(tabId: number): Promise<'closed' | 'loading' | 'loaded'> {
  try {
    return (await ext.tabs.get(tabId)).status === 'loading' ? 'loading' : 'loaded';
  } catch {
    return 'closed';
  }
}

/**
 * The status after the tab's script did not answer. `pageLoading`: its page is loading, or its load has just ended
 * and the script is starting; `awaiting`: the page the view showed has just gone, and the next one's script is
 * awaited. A page still loading says so, unless the view shows a page that is not going away; the next page
 * awaited is "loading"; otherwise the claims shown stay (a script busy for a moment), and with none, Claim Lens
 * cannot run there.
 */
export function unansweredStatus(previous: TabStatus, pageLoading: boolean, awaiting: boolean): TabStatus {
  if (pageLoading && (awaiting || previous.kind !== 'ready')) return { kind: 'page-loading' };
  if (awaiting) return { kind: 'loading' };
  return previous.kind === 'ready' ? previous : { kind: 'unreachable' };
}
