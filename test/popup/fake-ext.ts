/**
 * A stand-in for src/shared/browser.ts in component tests: the worker and the tab's content script are
 * replaced by handler tables, and every call is recorded so a test can check what the view asked for.
 */
import type { Envelope } from '../../src/shared/messages';

type Handler = (payload: Record<string, unknown>) => unknown;
type Listener = (changes: Record<string, unknown>, area: string) => void;
type UpdatedListener = (tabId: number, info: { status?: string }) => void;

/** A port the view opened to a tab's content script (tabs.connect), driven by the test. */
export class FakePort {
  readonly messageListeners = new Set<(message: unknown) => void>();
  readonly disconnectListeners = new Set<() => void>();
  connected = true;
  readonly onMessage = {
    addListener: (listener: (message: unknown) => void) => void this.messageListeners.add(listener),
  };
  readonly onDisconnect = {
    addListener: (listener: () => void) => void this.disconnectListeners.add(listener),
  };
  constructor(
    readonly tabId: number,
    readonly name: string,
  ) {}
  /** The view closed its side. */
  disconnect(): void {
    this.connected = false;
  }
  /** The content script posts a message. */
  post(message: unknown): void {
    for (const listener of this.messageListeners) listener(message);
  }
  /** The page went away. */
  drop(): void {
    this.connected = false;
    for (const listener of this.disconnectListeners) listener();
  }
}

/** A recorded call to the worker or a tab. */
export interface Call {
  type: string;
  payload: Record<string, unknown>;
  tabId?: number;
}

/** The fake's controls. */
export const fake = {
  worker: {} as Record<string, Handler>,
  tab: {} as Record<string, Handler>,
  /** When set, tabs.sendMessage fails as Chromium does for a tab without a content script. */
  tabUnreachable: false,
  /** When set, the tab is gone: tabs.get rejects for it, as for a closed tab (implies unreachable). */
  tabClosed: false,
  /** The tab's status as tabs.get gives it: 'loading' while its page loads (set tabUnreachable too, for no script yet). */
  tabStatus: 'complete' as 'loading' | 'complete',
  activeTabId: 7 as number | undefined,
  calls: [] as Call[],
  created: [] as string[],
  activated: [] as number[],
  /** Tabs reloaded through tabs.reload, in order. */
  reloaded: [] as number[],
  optionsOpened: 0,
  listeners: new Set<Listener>(),
  updatedListeners: new Set<UpdatedListener>(),
  ports: [] as FakePort[],
  /** storage.session's contents (the check page reads a handed text from it). */
  session: {} as Record<string, unknown>,
  reset(): void {
    this.worker = {};
    this.tab = {};
    this.tabUnreachable = false;
    this.tabClosed = false;
    this.tabStatus = 'complete';
    this.activeTabId = 7;
    this.calls = [];
    this.created = [];
    this.activated = [];
    this.reloaded = [];
    this.optionsOpened = 0;
    this.listeners.clear();
    this.updatedListeners.clear();
    this.ports = [];
    this.session = {};
  },
  /** Fires tabs.onUpdated as the browser would while a tab loads. */
  emitTabUpdated(tabId: number, info: { status?: string }): void {
    for (const listener of this.updatedListeners) listener(tabId, info);
  },
  /** The ports still open. */
  openPorts(): FakePort[] {
    return this.ports.filter((p) => p.connected);
  },
  /** Fires storage.onChanged as the browser would after a write. */
  emitStorage(changes: Record<string, unknown>): void {
    for (const listener of this.listeners) listener(changes, 'sync');
  },
  callsOf(type: string): Call[] {
    return this.calls.filter((c) => c.type === type);
  },
};

async function answer(
  handler: Handler | undefined,
  type: string,
  payload: Record<string, unknown>,
): Promise<Envelope<unknown>> {
  if (!handler) return { ok: false, error: `no fake handler for ${type}` };
  try {
    return { ok: true, value: await handler(payload) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The fake `ext`. Only what the popup, the options page and the check page use. */
export const ext = {
  runtime: {
    id: 'fakeextensionid',
    getURL: (path: string) => `chrome-extension://fakeextensionid/${path.replace(/^\//, '')}`,
    async sendMessage(message: { type: string; payload: Record<string, unknown> }) {
      fake.calls.push({ type: message.type, payload: message.payload });
      return answer(fake.worker[message.type], message.type, message.payload);
    },
    async openOptionsPage() {
      fake.optionsOpened++;
    },
  },
  tabs: {
    async query() {
      return fake.activeTabId === undefined ? [] : [{ id: fake.activeTabId }];
    },
    async get(tabId: number) {
      if (fake.tabClosed) throw new Error(`No tab with id: ${tabId}.`);
      return { id: tabId, status: fake.tabStatus };
    },
    async sendMessage(tabId: number, message: { type: string; payload: Record<string, unknown> }) {
      fake.calls.push({ type: message.type, payload: message.payload, tabId });
      if (fake.tabUnreachable || fake.tabClosed)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer(fake.tab[message.type], message.type, message.payload);
    },
    connect(tabId: number, { name }: { name: string }) {
      const port = new FakePort(tabId, name);
      fake.ports.push(port);
      return port;
    },
    onUpdated: {
      addListener: (listener: UpdatedListener) => void fake.updatedListeners.add(listener),
      removeListener: (listener: UpdatedListener) => void fake.updatedListeners.delete(listener),
    },
    async create({ url }: { url: string }) {
      fake.created.push(url);
      return { id: 99 };
    },
    async reload(tabId: number) {
      if (fake.tabClosed) throw new Error(`No tab with id: ${tabId}.`);
      fake.reloaded.push(tabId);
    },
    async update(tabId: number) {
      fake.activated.push(tabId);
      // In the call log too, so a test can check what came first.
      fake.calls.push({ type: 'tabs.update', payload: {}, tabId });
      return { id: tabId };
    },
  },
  storage: {
    session: {
      async get(key: string) {
        return key in fake.session ? { [key]: structuredClone(fake.session[key]) } : {};
      },
      async remove(key: string) {
        delete fake.session[key];
      },
    },
    onChanged: {
      addListener: (listener: Listener) => void fake.listeners.add(listener),
      removeListener: (listener: Listener) => void fake.listeners.delete(listener),
    },
  },
};
