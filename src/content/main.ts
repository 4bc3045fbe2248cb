/**
 * Content script entry (skeleton; the scanner, highlighter and card are built on this).
 * Answers the popup's requests about this tab.
 */
import { handleRequests, type Guards } from '../shared/rpc';
import { TAB_REQUESTS, type TabProtocol, type TabState } from '../shared/messages';

const state: TabState = { host: location.hostname, title: document.title, off: null, scanning: false, claims: [] };

const guards: Guards<TabProtocol> = {
  getTabState: () => ({ ok: true, payload: {} }),
  revealClaim: (payload) =>
    typeof payload.id === 'string' ? { ok: true, payload: { id: payload.id } } : { ok: false, reason: 'bad id' },
  stepClaim: (payload) =>
    payload.direction === 1 || payload.direction === -1
      ? { ok: true, payload: { direction: payload.direction } }
      : { ok: false, reason: 'bad direction' },
};

handleRequests<TabProtocol>(TAB_REQUESTS, guards, {
  getTabState: () => state,
  revealClaim: () => ({ found: false }),
  stepClaim: () => ({ found: false }),
});
