/**
 * Typed send/handle over the message protocol: a wrong request name or payload is a compile error, and
 * a handler's thrown error reaches the caller as a rejected promise.
 */
import { ext, extensionAlive, type Runtime } from './browser';
import {
  asMessage,
  NO_REPLY,
  unwrap,
  type Envelope,
  type ReplyOf,
  type RequestOf,
  type TabProtocol,
  type WorkerProtocol,
} from './messages';

/**
 * The waits before each new try of a request the worker never received. A worker the browser is stopping or
 * starting (it stops one idle for 30 s, or restarts it after an update of the browser) has no listener for a
 * moment, and a message sent then fails with "Receiving end does not exist"; the next one wakes it.
 */
export const UNDELIVERED_RETRY_MS: readonly number[] = [50, 250, 1_000];

/** True when a send failed because no listener received it: nothing was done, so sending again is safe. */
export function undelivered(error: unknown): boolean {
  return (
    error instanceof Error &&
    /receiving end does not exist|could not establish connection/i.test(error.message)
  );
}

/**
 * True when the worker received a request but stopped before it replied (the browser stopped it meanwhile). The
 * polyfill turns Chromium's "message port closed" into no reply at all, which `unwrap` then refuses.
 */
export function replyLost(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.message === NO_REPLY || /port closed|channel closed|manager disconnected/i.test(error.message))
  );
}

/**
 * Requests that only read (or set what they set again, as the badge): one whose reply was lost is sent again. A
 * request that changes the user's documents or settings is not, since it may have been done.
 */
const REPEATABLE: ReadonlySet<keyof WorkerProtocol> = new Set<keyof WorkerProtocol>([
  'scanTexts',
  'match',
  'setBadge',
  'getSettings',
  'getCorpusInfo',
  'getDocuments',
  'exportDocuments',
  'checkText',
]);

/**
 * Sends a request to the service worker and resolves with its reply. One the worker did not receive, or a
 * repeatable one whose reply was lost, is sent again (see UNDELIVERED_RETRY_MS) while the extension is still there:
 * a worker stopped mid-scan had the content script take the failure for the extension's removal and remove every
 * highlight of the page, and a scan that lost one reply read no further.
 */
export async function sendToWorker<K extends keyof WorkerProtocol>(
  type: K,
  payload: RequestOf<WorkerProtocol, K>,
): Promise<ReplyOf<WorkerProtocol, K>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return unwrap<ReplyOf<WorkerProtocol, K>>(await ext.runtime.sendMessage({ type, payload }));
    } catch (error) {
      const wait = UNDELIVERED_RETRY_MS[attempt];
      const again = undelivered(error) || (REPEATABLE.has(type) && replyLost(error));
      if (wait === undefined || !again || !extensionAlive()) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Sends a request to the content script of `tabId` (its top frame unless `frameId` says) and resolves with its reply. */
export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<TabProtocol, K>,
  frameId = 0,
): Promise<ReplyOf<TabProtocol, K>> {
  return unwrap<ReplyOf<TabProtocol, K>>(await ext.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}

/** One handler per request of protocol P. */
export type Handlers<P> = {
  [K in keyof P]: (
    payload: RequestOf<P, K>,
    sender: Runtime.MessageSender,
  ) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

/**
 * Checks one incoming request before its handler runs: returns the payload typed, or a reason to refuse.
 * Messages may come from a content script in a compromised page, so shape and sender are both checked.
 */
export type Guards<P> = {
  [K in keyof P]: (
    payload: Record<string, unknown>,
    sender: Runtime.MessageSender,
  ) => { ok: true; payload: RequestOf<P, K> } | { ok: false; reason: string };
};

/**
 * Registers handlers for protocol P on runtime.onMessage. Call it synchronously at start-up: a service
 * worker woken by a message only delivers it to listeners added in the first turn.
 */
export function handleRequests<P>(
  names: readonly (keyof P)[],
  guards: Guards<P>,
  handlers: Handlers<P>,
): void {
  ext.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== ext.runtime.id) return undefined;
    const message = asMessage<P>(raw, names);
    if (message === null) return undefined;
    const type = message.type;
    return answer(() => {
      const checked = guards[type](message.payload, sender);
      if (!checked.ok) throw new Error(`Claim Lens refused ${String(type)}: ${checked.reason}`);
      return handlers[type](checked.payload, sender);
    });
  });
}

/** Runs a handler and wraps its value or error in an envelope; never rejects. */
async function answer<T>(run: () => T | Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
