/**
 * The browser as the worker's tests give it: storage areas in memory, the message listener kept for `ask`, and
 * every other listener the worker adds in its first turn taken and dropped.
 */
import type { Envelope } from '../../src/shared/messages';
import { fakeStorageArea } from './fake-storage-area';

/** The message listener the worker registered (see handleRequests). */
export type Listener = (
  message: unknown,
  sender: { id: string; url?: string },
) => Promise<Envelope<unknown>> | undefined;

/** What a test reads and sets: the worker's listener once it has started, and storage.local's contents. */
export interface WorkerBrowserState {
  listener: ((message: unknown, sender: unknown) => unknown) | null;
  local: Record<string, unknown>;
}

/** The module `src/shared/browser` stands for, over `state`. */
export function fakeWorkerBrowser(state: WorkerBrowserState) {
  const session: Record<string, unknown> = {};
  return {
    ext: {
      runtime: {
        id: 'claim-lens',
        getURL: (path: string) => `chrome-extension://claim-lens/${path}`,
        onMessage: { addListener: (listener: WorkerBrowserState['listener']) => (state.listener = listener) },
        onInstalled: { addListener: () => undefined },
        onStartup: { addListener: () => undefined },
      },
      contextMenus: { onClicked: { addListener: () => undefined } },
      storage: {
        local: fakeStorageArea(() => state.local),
        session: fakeStorageArea(() => session),
        onChanged: { addListener: () => undefined },
      },
      commands: { onCommand: { addListener: () => undefined } },
      tabs: { query: async () => [] },
    },
    extensionAlive: () => true,
  };
}

/** A content script's sender: a web page's tab. */
export const PAGE_SENDER = { id: 'claim-lens', url: 'https://news.example/story', tab: { id: 3 } };
/** The options page's sender: one of the extension's own pages. */
export const OPTIONS_SENDER = {
  id: 'claim-lens',
  url: 'chrome-extension://claim-lens/src/options/index.html',
};

/** A request to the worker from `sender` (the options page unless said), answered as the sender receives it. */
export async function askWorker(
  state: WorkerBrowserState,
  type: string,
  payload: Record<string, unknown> = {},
  sender: { id: string; url?: string } = OPTIONS_SENDER,
): Promise<Envelope<unknown>> {
  const reply = (state.listener as Listener)({ type, payload }, sender);
  if (!reply) throw new Error(`${type} was not answered`);
  return reply;
}
