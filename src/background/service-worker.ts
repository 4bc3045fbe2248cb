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
import { parseSettings, SETTINGS_KEY, siteKey, withSite } from '../shared/settings';
import { badgeText, clearBadgesWhereOff, hostOf, setTabBadge } from './badge';
import { matchClaims } from '../core/match-claims';
import { scanTexts } from '../core/scan-texts';
import { repeatedDocument } from '../core/corpus/copies';
import {
  bundledArtifact,
  corpusGates,
  corpusReady,
  corpusWithDisagreements,
  loadCorpus,
  freshCorpus,
} from './corpus-store';
import { tellTabsCorpusChanged } from './corpus-notice';
import {
  addUserDocuments,
  loadUserDocuments,
  removeUserDocument,
  removeUserDocuments,
  removeUnreadableEntries,
  updateUserDocument,
  isUserDocumentsKey,
} from './user-documents-store';
import { workerGuards } from './guards';
import { placedDocuments } from '../core/match/undated-window';
import { userDocumentInfo } from '../shared/user-document-info';
import { loadSettings, updateSettings } from './settings-store';
import { checkTextInTurns } from './check-text';
import { listenToCheckMenu } from './check-menu';

handleRequests<WorkerProtocol>(WORKER_REQUESTS, workerGuards, {
  async scanTexts({ texts, referenceDate, published }, sender) {
    const index = await corpusReady();
    // The sending frame's address, known to the browser: the page itself, if the reader added it, is no source.
    const found = scanTexts(index, corpusGates(index), texts, referenceDate, published, sender.url);
    return { found };
  },
  async match({ claims }) {
    const index = await corpusReady();
    return { results: matchClaims(index, claims) };
  },
  async setBadge({ count }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    // A count reported just as the site was switched off must not bring the badge back.
    const host = hostOf(sender.url ?? sender.tab?.url);
    await setTabBadge(tabId, badgeText(count, await loadSettings(), host));
    return null;
  },
  getSettings: () => loadSettings(),
  setSite: ({ host, enabled }) => updateSettings((current) => withSite(current, host, enabled)),
  forgetSite: ({ host }) =>
    updateSettings((current) => {
      const sites = { ...current.sites };
      delete sites[siteKey(host) ?? host];
      return { ...current, sites };
    }),
  setGlobal: (change) => updateSettings((current) => ({ ...current, ...change })),
  async getCorpusInfo({ waitForDisagreements }) {
    // The disagreements are found after the index is in use, seconds after a change at thousands of documents:
    // pages' scans never wait for them, and the options page shows the documents meanwhile.
    const loaded = waitForDisagreements ? await corpusWithDisagreements() : await loadCorpus();
    return {
      documents: placedDocuments(loaded.index),
      disagreements: loaded.disagreementsPending ? null : loaded.index.disagreements,
      userDocuments: loaded.userIds,
      userProblems: loaded.problems,
      unreadable: loaded.unreadable,
    };
  },
  async getDocuments() {
    return { documents: placedDocuments(await corpusReady()) };
  },
  async addDocuments({ documents }) {
    // A corpus that cannot load must not stop documents being added: the copy check is then skipped, and without
    // the bundled ids a new id is kept apart from them by its "user-" prefix alone.
    const bundledIds = await bundledArtifact().then(
      (artifact) => artifact.documents.map((d) => d.id),
      () => [],
    );
    const current = await corpusReady().catch(() => null);
    const { added, rejected, stored } = await addUserDocuments(documents, bundledIds, (text, outlet) =>
      current === null ? null : (repeatedDocument(current, text, outlet)?.title ?? null),
    );
    // The titles a reader sees come from the index (a document without one is titled by its first line). They are
    // stored whether or not an index can be built: the answer must not say otherwise.
    const loaded = await freshCorpus(stored).catch(() => null);
    if (loaded === null) return { added: added.map(userDocumentInfo), rejected };
    const ids = new Set(added.map((d) => d.id));
    return { added: loaded.index.documents.filter((d) => ids.has(d.id)), rejected };
  },
  async removeDocument({ id }) {
    const { removed, stored } = await removeUserDocument(id);
    // Answered once the index no longer holds it: a page opened right after must not match it. A corpus that
    // cannot load holds nothing to match; the document is gone from storage all the same.
    if (removed) await freshCorpus(stored).catch(() => undefined);
    return { removed };
  },
  async updateDocument({ id, ...details }) {
    const { updated, stored } = await updateUserDocument(id, details);
    // Answered once the index holds the new details: the cards of pages opened after show them.
    if (updated) await freshCorpus(stored).catch(() => undefined);
    return { updated };
  },
  async removeDocuments({ ids }) {
    const { removed, stored } = await removeUserDocuments(ids);
    // As for one: answered once the index no longer holds them.
    if (removed > 0) await freshCorpus(stored).catch(() => undefined);
    return { removed };
  },
  async removeUnreadableEntries({ expected }) {
    const { removed, found, stored } = await removeUnreadableEntries(expected);
    // As for a document: answered once the corpus is built from what storage holds now, so the options page,
    // reloading it, no longer says entries could not be read. Open tabs are told by the storage listener below.
    if (removed > 0) await freshCorpus(stored).catch(() => undefined);
    return { removed, found };
  },
  async exportDocuments() {
    const { documents, unreadable, error } = await loadUserDocuments();
    if (error !== undefined) throw new Error(`your documents could not be read from storage: ${error}`);
    return { documents, unreadable };
  },
  async checkText({ text, referenceDate, published }) {
    const index = await corpusReady().catch((error: unknown) => {
      // The page says it in words; the reason is for whoever debugs it.
      console.warn('Claim Lens: the corpus could not be loaded to check a text', error);
      return null;
    });
    if (index === null) return { kind: 'no-corpus' };
    return checkTextInTurns(index, text, referenceDate, published);
  },
  async openFullView({ claimId }, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    const hash = claimId === null ? '' : `#claim=${encodeURIComponent(claimId)}`;
    await ext.tabs.create({ url: ext.runtime.getURL(`src/popup/index.html?tab=${tabId}${hash}`) });
    return null;
  },
});

listenToCheckMenu();

ext.commands.onCommand.addListener((command: string) => {
  const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
  if (direction === 0) return;
  void ext.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, 'stepClaim', { direction })))
    .catch(() => undefined); // a tab without our content script (browser pages) simply has no claims
});

// However the settings change (popup, options page, another synced browser), tabs now off lose their badge.
ext.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
  // However the user's documents were written (an add or remove here, storage cleared in the developer tools),
  // the index follows what is stored now, and then open pages ask again.
  if (Object.keys(changes).some(isUserDocumentsKey)) {
    void freshCorpus()
      .catch(() => undefined)
      .then(() => tellTabsCorpusChanged())
      .catch(() => undefined);
  }
  const change = changes[SETTINGS_KEY];
  if (change === undefined) return;
  void clearBadgesWhereOff(parseSettings(change.newValue).settings).catch(() => undefined);
});

// Start loading the index while the first message is still on its way.
void corpusReady().catch(() => undefined);
