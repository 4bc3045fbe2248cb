/**
 * Typed send/handle over the message protocol: a wrong request name or payload is a compile error, and
 * a handler's thrown error reaches the caller as a rejected promise.
 */
import { ext, type Runtime } from './browser';
import {
  asMessage,
  unwrap,
  type Envelope,
  type ReplyOf,
  type RequestOf,
  type TabProtocol,
  type WorkerProtocol,
} from './messages';

/** Sends a request to the service worker and resolves with its reply. */
export async function sendToWorker<K extends keyof WorkerProtocol>(
  type: K,
  payload: RequestOf<WorkerProtocol, K>,
): Promise<ReplyOf<WorkerProtocol, K>> {
  return unwrap<ReplyOf<WorkerProtocol, K>>(await ext.runtime.sendMessage({ type, payload }));
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
