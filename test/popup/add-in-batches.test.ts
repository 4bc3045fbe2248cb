/**
 * Adding many documents: requests of a bounded size, replies merged, progress after each answer, a failure stops
 * the rest and says so.
 */
import { describe, expect, it } from 'vitest';
import { addInBatches } from '../../src/options/add-in-batches';
import type { AddDocumentsReply, NewDocument } from '../../src/shared/messages';

const doc = (name: string): NewDocument => ({
  name,
  text: `${name} text`,
  title: null,
  outlet: null,
  date: null,
  url: null,
});
const docs = (n: number) => Array.from({ length: n }, (_, i) => doc(`d${i}`));
const info = (id: string) => ({ id, outlet: null, title: id, date: null, url: null });

/** A worker that adds every document except those named in `refuse`, and fails on request number `failAt`. */
function worker(refuse: string[] = [], failAt = -1) {
  const sent: string[][] = [];
  const send = async (batch: NewDocument[]): Promise<AddDocumentsReply> => {
    sent.push(batch.map((d) => d.name));
    if (sent.length - 1 === failAt) throw new Error('storage is full');
    return {
      added: batch.filter((d) => !refuse.includes(d.name)).map((d) => info(d.name)),
      rejected: batch.filter((d) => refuse.includes(d.name)).map((d) => ({ name: d.name, reason: 'dup' })),
    };
  };
  return { sent, send };
}

describe('addInBatches', () => {
  it.each<[string, number, number, number[]]>([
    ['nothing to send', 0, 3, []],
    ['fewer than a batch', 2, 3, [2]],
    ['exactly a batch', 3, 3, [3]],
    ['a batch and a bit', 7, 3, [3, 3, 1]],
  ])('%s: sends in order, in batches of at most the size', async (_name, n, size, batches) => {
    const w = worker();
    const out = await addInBatches(docs(n), w.send, { size });
    expect(w.sent.map((b) => b.length)).toEqual(batches);
    expect(w.sent.flat()).toEqual(docs(n).map((d) => d.name));
    expect(out.reply.added.map((d) => d.id)).toEqual(docs(n).map((d) => d.name));
    expect(out.error).toBeNull();
  });

  it('merges the refusals of every batch', async () => {
    const w = worker(['d1', 'd5']);
    const out = await addInBatches(docs(6), w.send, { size: 2 });
    expect(out.reply.added.map((d) => d.id)).toEqual(['d0', 'd2', 'd3', 'd4']);
    expect(out.reply.rejected).toEqual([
      { name: 'd1', reason: 'dup' },
      { name: 'd5', reason: 'dup' },
    ]);
  });

  it('stops at a failed request, keeps what was added, and says how many were not sent', async () => {
    const w = worker([], 1);
    const out = await addInBatches(docs(7), w.send, { size: 3 });
    expect(w.sent.map((b) => b.length)).toEqual([3, 3]);
    expect(out.reply.added.map((d) => d.id)).toEqual(['d0', 'd1', 'd2']);
    expect(out.error).toBe('storage is full (4 of 7 documents not sent)');
  });

  it.each<[string, number, number, number, [number, number][]]>([
    ['nothing to send', 0, 3, -1, []],
    ['one batch', 2, 3, -1, [[2, 2]]],
    [
      'a batch and a bit',
      7,
      3,
      -1,
      [
        [3, 7],
        [6, 7],
        [7, 7],
      ],
    ],
    ['a failed second request', 7, 3, 1, [[3, 7]]],
    ['a failed first request', 7, 3, 0, []],
  ])('%s: reports progress after each answered request only', async (_name, n, size, failAt, calls) => {
    const progress: [number, number][] = [];
    const w = worker([], failAt);
    await addInBatches(docs(n), w.send, { size, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual(calls);
  });

  it('reports progress only once the request is answered, not when it is sent', async () => {
    const progress: number[] = [];
    let answer: (reply: AddDocumentsReply) => void = () => undefined;
    const out = addInBatches(docs(2), () => new Promise((resolve) => (answer = resolve)), {
      size: 3,
      onProgress: (done) => progress.push(done),
    });
    await Promise.resolve();
    expect(progress).toEqual([]);
    answer({ added: [], rejected: [] });
    await out;
    expect(progress).toEqual([2]);
  });

  it('reports a failure of the first request as it is', async () => {
    const out = await addInBatches(docs(2), worker([], 0).send, { size: 3 });
    expect(out).toEqual({ reply: { added: [], rejected: [] }, error: 'storage is full' });
  });
});
