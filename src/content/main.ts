/**
 * Content script entry: connects the page's Claim Lens (ContentApp) to the extension — the engine's
 * prefilter, the worker's extractor and matcher, and the settings — and answers the popup's and worker's
 * tab requests.
 */
import { mark, SCAN_START_MARK } from './scan-marks';
import { hasClaimCandidates } from '../core/prefilter';
import { ext, extensionAlive } from '../shared/browser';
import { FOLLOW_TAB_PORT, TAB_REQUESTS, type TabProtocol } from '../shared/messages';
import { handleRequests, sendToWorker, type Guards } from '../shared/rpc';
import { SETTINGS_KEY } from '../shared/settings';
import { readStoredSettings } from '../shared/stored-settings';
import type { AppPorts } from './app-ports';
import { ContentApp } from './content-app';
import { pageSelection } from './page-selection';
import { pageSource } from './page-source';
import { shownFrames } from './shown-frames';
import { foreignLanguage } from './page-language';
import { TabFollowers } from './tab-followers';

// First thing: the benchmark (and anyone profiling a page) measures the scan from here.
mark(SCAN_START_MARK);

const followers = new TabFollowers();
// Only this extension's own pages can reach a content script's onConnect; the sender is checked anyway.
ext.runtime.onConnect.addListener((port) => {
  if (port.name === FOLLOW_TAB_PORT && port.sender?.id === ext.runtime.id) followers.add(port);
});

const ports: AppPorts = {
  scanTexts: async (texts, referenceDate, published) =>
    (await sendToWorker('scanTexts', { texts, referenceDate, published })).found,
  setBadge: (count) => sendToWorker('setBadge', { count }),
  stateChanged: () => followers.notify(),
  // Read here, not asked of the worker: a page that turns out to hold nothing must not wake it.
  getSettings: async () => {
    if (!extensionAlive()) throw new Error('Extension context invalidated');
    return (await readStoredSettings()).settings;
  },
  getDocuments: async () => (await sendToWorker('getDocuments', {})).documents,
  openFullView: (claimId) => sendToWorker('openFullView', { claimId }),
  onSettingsChanged(listener) {
    const onChanged = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) listener();
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => ext.storage.onChanged.removeListener(onChanged);
  },
  alive: extensionAlive,
};

const app = new ContentApp(document, hasClaimCandidates, ports);

const guards: Guards<TabProtocol> = {
  getTabState: () => ({ ok: true, payload: {} }),
  revealClaim: (payload) =>
    typeof payload.id === 'string' && payload.id.length <= 100
      ? { ok: true, payload: { id: payload.id, open: payload.open === true } }
      : { ok: false, reason: 'bad id' },
  stepClaim: (payload) =>
    payload.direction === 1 || payload.direction === -1
      ? { ok: true, payload: { direction: payload.direction } }
      : { ok: false, reason: 'bad direction' },
  corpusChanged: () => ({ ok: true, payload: {} }),
  getPageSource: () => ({ ok: true, payload: {} }),
  getSelectedText: () => ({ ok: true, payload: {} }),
};

handleRequests<TabProtocol>(TAB_REQUESTS, guards, {
  // The frames the page shows are counted only when asked, and only where Claim Lens runs.
  getTabState: () => {
    const state = app.state();
    if (state.off !== null) return state;
    const language = state.claims.length === 0 ? foreignLanguage(document) : null;
    return { ...state, unreadFrames: shownFrames(document), ...(language === null ? {} : { language }) };
  },
  revealClaim: ({ id, open }) => app.reveal(id, open),
  stepClaim: ({ direction }) => ({ found: app.step(direction) }),
  corpusChanged: () => {
    app.corpusChanged();
    return null;
  },
  // Only the extension's own pages reach this handler (handleRequests checks the sender), and only when the
  // reader pressed "Add this page": the HTML goes to the popup, inside the browser, and nowhere else.
  getPageSource: () => pageSource(document),
  // Asked by the worker only when the reader picked "Check with Claim Lens" on this page; the text goes to the
  // extension's check page, nowhere else.
  getSelectedText: () => pageSelection(window),
});

void app.start();
