/** The typed RPC layer: sender checks, shape checks, and errors crossing the boundary as messages. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; url?: string; tab?: { id: number } }) => unknown;
const listeners: Listener[] = [];
const sendMessage = vi.fn();
let alive = true;

vi.mock('../../src/shared/browser', () => ({
  ext: {
    runtime: {
      id: 'self',
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      sendMessage: (message: unknown) => sendMessage(message),
    },
  },
  extensionAlive: () => alive,
}));

const { handleRequests, sendToWorker } = await import('../../src/shared/rpc');
const { asMessage } = await import('../../src/shared/messages');

interface TestProtocol {
  double: { request: { n: number }; reply: number };
  boom: { request: Record<string, never>; reply: null };
}

describe('handleRequests', () => {
  beforeEach(() => {
    listeners.length = 0;
    handleRequests<TestProtocol>(
      ['double', 'boom'],
      {
        double: (payload) =>
          typeof payload.n === 'number'
            ? { ok: true, payload: { n: payload.n } }
            : { ok: false, reason: 'n must be a number' },
        boom: () => ({ ok: true, payload: {} }),
      },
      {
        double: ({ n }) => n * 2,
        boom: () => {
          throw new Error('it broke');
        },
      },
    );
  });
  const deliver = (message: unknown, sender = { id: 'self' }) => listeners[0]!(message, sender);

  it.each([
    ['a well-formed request', { type: 'double', payload: { n: 21 } }, { ok: true, value: 42 }],
    [
      'a payload failing its guard',
      { type: 'double', payload: { n: '21' } },
      { ok: false, error: 'Claim Lens refused double: n must be a number' },
    ],
    ['a handler that throws', { type: 'boom', payload: {} }, { ok: false, error: 'it broke' }],
  ])('answers %s with an envelope', async (_name, message, expected) => {
    await expect(deliver(message)).resolves.toEqual(expected);
  });

  it.each([
    ['another extension', { type: 'double', payload: { n: 1 } }, { id: 'other' }],
    ['an unknown type', { type: 'triple', payload: { n: 1 } }, { id: 'self' }],
    ['a payload that is not an object', { type: 'double', payload: [1] }, { id: 'self' }],
    ['a non-object message', 'double', { id: 'self' }],
  ])('ignores %s (no reply, so other listeners may answer)', (_name, message, sender) => {
    expect(deliver(message, sender)).toBeUndefined();
  });
});

describe('sendToWorker', () => {
  it('unwraps a value and rethrows an error reply', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, value: { count: 1 } });
    await expect(sendToWorker('getSettings', {})).resolves.toEqual({ count: 1 });
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'nope' });
    await expect(sendToWorker('getSettings', {})).rejects.toThrow('nope');
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendToWorker('getSettings', {})).rejects.toThrow(/no reply/);
  });

  const UNDELIVERED = new Error('Could not establish connection. Receiving end does not exist.');

  it('sends again a request the worker did not receive (it was stopping or starting), and only that', async () => {
    sendMessage.mockReset();
    sendMessage
      .mockRejectedValueOnce(UNDELIVERED)
      .mockRejectedValueOnce(UNDELIVERED)
      .mockResolvedValueOnce({ ok: true, value: { count: 2 } });
    await expect(sendToWorker('getSettings', {})).resolves.toEqual({ count: 2 });
    expect(sendMessage).toHaveBeenCalledTimes(3);

    // A failure the worker answered, or any other, is not sent again.
    sendMessage.mockReset();
    sendMessage.mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(sendToWorker('getSettings', {})).rejects.toThrow('quota exceeded');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('sends a request that only reads again when the worker stopped before replying, and not one that writes', async () => {
    const lost = new Error('The message port closed before a response was received.');
    sendMessage.mockReset();
    sendMessage.mockRejectedValueOnce(lost).mockResolvedValueOnce({ ok: true, value: { found: [] } });
    const scan = { texts: [], referenceDate: '2016-01-01', published: false };
    await expect(sendToWorker('scanTexts', scan)).resolves.toEqual({ found: [] });
    expect(sendMessage).toHaveBeenCalledTimes(2);

    // The polyfill resolves a lost reply as none at all.
    sendMessage.mockReset();
    sendMessage.mockResolvedValueOnce(undefined).mockResolvedValueOnce({ ok: true, value: { found: [] } });
    await expect(sendToWorker('scanTexts', scan)).resolves.toEqual({ found: [] });
    expect(sendMessage).toHaveBeenCalledTimes(2);

    sendMessage.mockReset();
    sendMessage.mockRejectedValueOnce(lost);
    await expect(sendToWorker('removeDocuments', { ids: ['a'] })).rejects.toThrow(/port closed/);
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendToWorker('removeDocuments', { ids: ['a'] })).rejects.toThrow(/no reply/);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after a few tries, or at once once the extension is gone', async () => {
    sendMessage.mockReset();
    sendMessage.mockRejectedValue(UNDELIVERED);
    await expect(sendToWorker('getSettings', {})).rejects.toThrow(/Receiving end/);
    expect(sendMessage).toHaveBeenCalledTimes(4);

    sendMessage.mockClear();
    alive = false;
    await expect(sendToWorker('getSettings', {})).rejects.toThrow(/Receiving end/);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    alive = true;
    sendMessage.mockReset();
  });
});

describe('asMessage', () => {
  it('accepts only known types with object payloads', () => {
    expect(asMessage({ type: 'a', payload: {} }, ['a'])).toEqual({ type: 'a', payload: {} });
    expect(asMessage({ type: 'a' }, ['a'])).toBeNull();
    expect(asMessage(null, ['a'])).toBeNull();
  });
});
