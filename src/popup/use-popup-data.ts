/**
 * Everything the popup reads, and keeps fresh: the tab's state from its content script, the settings and
 * the corpus metadata from the worker. The tab's list is rendered the moment getTabState answers; settings
 * and corpus metadata arrive in parallel and only refine what is shown.
 *
 * The view follows the page: once its content script answers, a port to it (FOLLOW_TAB_PORT) brings a notice
 * whenever the claims change, and its closing says the page went away, so the view waits for the next page
 * rather than showing the last one's claims (the full view may stay open while its tab goes elsewhere).
 * A tab still loading its page is asked until its script answers or its load ends without one (LOADING_MS at most).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ext, type Runtime, type Tabs } from '../shared/browser';
import { loadCorpusInfo, type CorpusInfoSink } from '../shared/corpus-info';
import { FOLLOW_TAB_PORT, isTabChangedNotice, type CorpusInfo } from '../shared/messages';
import { sendToTab, sendToWorker } from '../shared/rpc';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { resolveTabId, type PopupTarget } from './popup-target';
import { tabLoad, unansweredStatus, type TabStatus } from './tab-status';
import { LOADING_MS, NEXT_PAGE_MS, POLL_MS, RETRY_MS, WATCH_MS } from './popup-timing';

/** The popup's data and the actions that change it. */
export interface PopupData {
  tabId: number | null;
  tab: TabStatus;
  settings: Settings | null;
  corpus: CorpusInfo | null;
  /**
   * True when the worker could not give the corpus metadata (its index did not load, or the worker is out of reach):
   * nothing can be looked up. Claims the tab already has still show. Why is in the console, not here.
   */
  corpusUnavailable: boolean;
  /** The corpus came without its disagreements and the answer that was to bring them failed. */
  disagreementsFailed: boolean;
  /** Switches the shown site on or off, through the worker (which saves it). */
  setSite(host: string, enabled: boolean): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  /** Asks the worker for the corpus metadata again (after a document was added from the popup). */
  reloadCorpus(): void;
  /**
   * Reloads the shown tab (tabs.reload needs no permission) and waits for its next page as when the page changes:
   * Chromium gives a page opened before the extension was installed, updated or reloaded no content script.
   */
  reloadTab(): void;
}

/** Loads and follows the popup's data for `target`. */
export function usePopupData(target: PopupTarget): PopupData {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabStatus>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [corpusUnavailable, setCorpusUnavailable] = useState(false);
  const [disagreementsFailed, setDisagreementsFailed] = useState(false);
  const live = useRef({
    tabId: null as number | null,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
    watchUntil: 0,
    retryUntil: 0,
    /** While the followed page is gone and the next one's script has not answered yet. */
    awaitUntil: 0,
    /** Since the tab was seen loading without an answer: when asking it stops (0: not seen loading). */
    loadingUntil: 0,
    /** After a load seen in progress has ended: until when the view still says so while the script starts. */
    settleUntil: 0,
    port: null as Runtime.Port | null,
    gone: false,
    /** Counts corpus loads: a late answer of an older one must not replace a newer one's. */
    corpusLoads: 0,
  });

  const poll = useCallback(async (): Promise<void> => {
    const now = live.current;
    if (now.tabId === null || now.gone) return;
    if (now.timer !== 0) clearTimeout(now.timer);
    now.timer = 0;
    let again = Date.now() < now.watchUntil;
    try {
      const state = await sendToTab(now.tabId, 'getTabState', {});
      if (now.gone) return;
      now.awaitUntil = 0;
      now.loadingUntil = 0;
      now.settleUntil = 0;
      setTab({ kind: 'ready', state });
      again = again || state.scanning;
      follow(now.tabId);
    } catch {
      if (now.gone) return;
      const load = await tabLoad(now.tabId);
      if (now.gone) return;
      // The full view's tab was closed: say so now, not after waiting for a next page that will not come.
      if (load === 'closed') {
        setTab({ kind: 'closed' });
        return;
      }
      const time = Date.now();
      // A page whose HTML is still arriving has no content script yet (it runs at document_idle): the view says
      // the page is loading, not that Claim Lens cannot run there, and asks until its script answers.
      if (load === 'loading') {
        if (now.loadingUntil === 0) now.loadingUntil = time + LOADING_MS;
      } else if (now.loadingUntil !== 0) {
        // The load seen in progress has ended: its script is starting, and gets the usual moment to answer.
        now.loadingUntil = 0;
        now.settleUntil = time + RETRY_MS;
        now.retryUntil = Math.max(now.retryUntil, now.settleUntil);
        if (now.awaitUntil > 0) now.awaitUntil = Math.min(now.awaitUntil, now.settleUntil);
      }
      const pageLoading = load === 'loading' || time < now.settleUntil;
      // No content script otherwise: a browser page, the extension store, or a page whose script is still
      // starting, so it is asked again for a moment, while the popup already says it cannot run here (unless the
      // page it showed has just gone, when the next one is still loading).
      const awaiting = time < now.awaitUntil;
      setTab((previous) => unansweredStatus(previous, pageLoading, awaiting));
      again = again || awaiting || time < now.retryUntil || (load === 'loading' && time < now.loadingUntil);
    }
    if (again && now.timer === 0) now.timer = setTimeout(() => void poll(), POLL_MS);
  }, []);

  /** Opens the port that follows the tab's page, unless one is open. */
  const follow = (tabId: number | null): void => {
    const now = live.current;
    if (tabId === null || now.port !== null || now.gone) return;
    let port: Runtime.Port;
    try {
      port = ext.tabs.connect(tabId, { name: FOLLOW_TAB_PORT, frameId: 0 });
    } catch {
      return; // Polling still works; the view just does not follow the page.
    }
    now.port = port;
    port.onMessage.addListener((message: unknown) => {
      if (isTabChangedNotice(message) && !now.gone) void poll();
    });
    port.onDisconnect.addListener(() => {
      // Read, so that Chromium does not log it as unchecked: a page going into the back/forward cache closes the
      // port with an error, and that is a page going away like any other.
      void ext.runtime.lastError;
      if (now.port === port) now.port = null;
      if (!now.gone) awaitNextPage();
    });
  };

  /** The shown page is going away: wait for the next page's content script rather than say it cannot run. */
  const awaitNextPage = (): void => {
    const now = live.current;
    now.awaitUntil = Date.now() + NEXT_PAGE_MS;
    setTab({ kind: 'loading' });
    if (now.timer !== 0) clearTimeout(now.timer);
    now.timer = setTimeout(() => void poll(), POLL_MS);
  };

  const watch = useCallback(() => {
    live.current.watchUntil = Date.now() + WATCH_MS;
    void poll();
  }, [poll]);

  useEffect(() => {
    const now = live.current;
    now.gone = false;
    void (async () => {
      let id: number | null = null;
      try {
        id = await resolveTabId(target);
      } catch {
        id = null;
      }
      if (now.gone) return;
      setTabId(id);
      if (id === null) {
        setTab({ kind: 'unreachable' });
        return;
      }
      now.tabId = id;
      now.retryUntil = Date.now() + RETRY_MS;
      await poll();
    })();
    sendToWorker('getSettings', {})
      .then((value) => !now.gone && setSettings(value))
      .catch(() => !now.gone && setSettings(parseSettings(undefined).settings));
    loadCorpusInfo(corpusSink(now)).catch((error: unknown) => {
      if (now.gone) return;
      // The reason (a JSON parser's message, a fetch status) is for whoever debugs it; the popup says it in words.
      console.warn('Claim Lens: the corpus could not be loaded', error);
      setCorpusUnavailable(true);
    });

    // Settings change in the options page, another popup or another window: follow them, through the
    // worker so that a corrupt stored value is repaired rather than merely ignored here.
    const onChanged = (changes: Record<string, unknown>): void => {
      if (!(SETTINGS_KEY in changes)) return;
      sendToWorker('getSettings', {})
        .then((value) => !now.gone && setSettings(value))
        .catch(() => undefined);
      watch();
    };
    ext.storage.onChanged.addListener(onChanged);
    // A load started or finished in the tab (its status needs no permission). At its end the next page's script is
    // about to answer, or never will (a browser page), so the wait for it ends soon.
    const onUpdated = (tabId: number, info: Tabs.OnUpdatedChangeInfoType): void => {
      if (tabId !== now.tabId) return;
      // A new load in a tab the view does not follow (its page had no script): say it is loading, and ask it.
      if (info.status === 'loading' && now.port === null) {
        now.loadingUntil = 0;
        void poll();
        return;
      }
      if (info.status !== 'complete') return;
      now.retryUntil = Date.now() + RETRY_MS;
      if (now.awaitUntil > 0) now.awaitUntil = Math.min(now.awaitUntil, now.retryUntil);
      void poll();
    };
    ext.tabs.onUpdated.addListener(onUpdated);
    return () => {
      now.gone = true;
      if (now.timer !== 0) clearTimeout(now.timer);
      ext.storage.onChanged.removeListener(onChanged);
      ext.tabs.onUpdated.removeListener(onUpdated);
      const port = now.port;
      now.port = null;
      try {
        port?.disconnect();
      } catch {
        // Already closed with its page.
      }
    };
  }, [target, poll, watch]);

  const setSite = useCallback(
    async (host: string, enabled: boolean) => {
      setSettings(await sendToWorker('setSite', { host, enabled }));
      watch();
    },
    [watch],
  );
  const setPaused = useCallback(
    async (paused: boolean) => {
      setSettings(await sendToWorker('setGlobal', { paused }));
      watch();
    },
    [watch],
  );

  /** Where a corpus load's answers go; an older load's late answers go nowhere. */
  const corpusSink = (now: typeof live.current): CorpusInfoSink => {
    const load = ++now.corpusLoads;
    return {
      show: (value) => {
        setCorpus(value);
        setCorpusUnavailable(false);
        setDisagreementsFailed(false);
      },
      current: () => !now.gone && now.corpusLoads === load,
      disagreementsFailed: () => setDisagreementsFailed(true),
    };
  };

  const reloadCorpus = useCallback(() => {
    // The count shown stays on failure; the document was added all the same.
    loadCorpusInfo(corpusSink(live.current)).catch(() => undefined);
  }, []);

  const reloadTab = useCallback(() => {
    const now = live.current;
    const id = now.tabId;
    if (id === null || now.gone) return;
    // Waiting before the reload is asked for, so that its load's end, which may come before the answer, cuts the
    // wait short: a browser's own page gets no content script however often it is reloaded.
    awaitNextPage();
    ext.tabs.reload(id).catch(() => {
      // Refused (the tab closed meanwhile): asking again says what the tab is now.
      if (now.gone) return;
      now.awaitUntil = 0;
      void poll();
    });
  }, [poll]);

  return {
    tabId,
    tab,
    settings,
    corpus,
    corpusUnavailable,
    disagreementsFailed,
    setSite,
    setPaused,
    reloadCorpus,
    reloadTab,
  };
}
