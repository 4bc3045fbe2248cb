/**
 * The service worker: owns the corpus index and the settings, answers the content scripts and the popup.
 *
 * Every listener is registered in the first synchronous turn, because Chromium delivers the event that
 * woke a stopped worker only to listeners that exist by then. Work that needs the index awaits
 * corpusReady() inside the handler.
 */
import { ext } from '../shared/browser';
import { handleRequests } from '../shared/rpc';
import { WORKER_REQUESTS, type WorkerProtocol } from '../shared/messages';
import { sendToTab } from '../shared/rpc';
import { withSite } from '../shared/settings';
import { matchClaims } from '../core/match-claims';
import { corpusReady } from './corpus-store';
import { workerGuards } from './guards';
import { loadSettings, updateSettings } from './settings-store';

handleRequests<WorkerProtocol>(WORKER_REQUESTS, workerGuards, {
  async match({ claims }) {
    const index = await corpusReady();
    return { results: matchClaims(index, claims) };
  },
  async setBadge({ count }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await ext.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    await ext.action.setBadgeBackgroundColor({ tabId, color: '#3558a8' });
    return null;
  },
  getSettings: () => loadSettings(),
  setSite: ({ host, enabled }) => updateSettings((current) => withSite(current, host, enabled)),
  forgetSite: ({ host }) =>
    updateSettings((current) => {
      const sites = { ...current.sites };
      delete sites[host];
      return { ...current, sites };
    }),
  setGlobal: (change) => updateSettings((current) => ({ ...current, ...change })),
  async getCorpusInfo() {
    const index = await corpusReady();
    return { documents: index.documents, disagreements: index.disagreements };
  },
  async openFullView({ claimId }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    const hash = claimId === null ? '' : `#claim=${encodeURIComponent(claimId)}`;
    await ext.tabs.create({ url: ext.runtime.getURL(`src/popup/index.html?tab=${tabId}${hash}`) });
    return null;
  },
});

ext.commands.onCommand.addListener((command: string) => {
  const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
  if (direction === 0) return;
  void ext.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, 'stepClaim', { direction })))
    .catch(() => undefined); // a tab without our content script (browser pages) simply has no claims
});

// Start loading the index while the first message is still on its way.
void corpusReady().catch(() => undefined);
