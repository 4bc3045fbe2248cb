/**
 * The worker's corpus answers once the user has documents: a page's card gets the documents as soon as the index
 * is loaded; the options page and the popup get them as soon too, and the disagreements, which are found after
 * the index, in turns, when they ask again, waiting for them.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact, loadIndex } from '../../src/core/corpus-index';
import { userCorpusSource, type UserDocument } from '../../src/core/corpus/user-documents';
import type { CorpusInfo, Envelope } from '../../src/shared/messages';
import { USER_DOCUMENTS_KEY } from '../../src/background/user-documents-store';
import { askWorker, PAGE_SENDER, type WorkerBrowserState } from './fake-worker-browser';

const browser = vi.hoisted((): WorkerBrowserState => ({ listener: null, local: {} }));

vi.mock('../../src/shared/browser', async () =>
  (await import('./fake-worker-browser')).fakeWorkerBrowser(browser),
);

const PAGE = PAGE_SENDER;

function ask(type: string, payload?: Record<string, unknown>, sender?: { id: string; url?: string }) {
  return askWorker(browser, type, payload, sender);
}

/** The corpus info of a reply that must have succeeded. */
function infoOf(reply: Envelope<unknown>): CorpusInfo {
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: CorpusInfo }).value;
}

/** A seed's toll given another figure: a disagreement the bundled corpus does not have. */
const TOLL: UserDocument = {
  id: 'user-toll',
  name: 'toll.txt',
  text:
    'Syria war toll\n\nSyria’s war has killed more than 250,000 people and displaced millions since it started ' +
    'with the brutal repression of anti-government protests in March 2011.',
  outlet: 'Valley Herald',
  title: null,
  date: null,
  url: null,
  added: '2026-01-05T10:00:00.000Z',
};
/** The same toll given a third figure, added by the test: a disagreement it takes part in. */
const RIVAL =
  'War toll climbs\n\nSyria’s war has killed more than 310,000 people and displaced millions since it started ' +
  'with the brutal repression of anti-government protests in March 2011.';
const seeds = readCorpusDir('seeds');

beforeAll(async () => {
  const artifact = JSON.stringify(buildIndexArtifact(seeds));
  vi.stubGlobal('fetch', async () => new Response(artifact, { status: 200 }));
  browser.local[USER_DOCUMENTS_KEY] = [TOLL];
  await import('../../src/background/service-worker');
});

describe('the worker’s corpus answers', () => {
  it('gives a page the documents before the options page gets the disagreements, and those are all found', async () => {
    const order: string[] = [];
    const info = ask('getCorpusInfo', { waitForDisagreements: true }).then(
      (reply) => (order.push('getCorpusInfo'), reply),
    );
    const documents = ask('getDocuments', {}, PAGE).then((reply) => (order.push('getDocuments'), reply));
    const [corpus, docs] = await Promise.all([info, documents]);
    expect(order).toEqual(['getDocuments', 'getCorpusInfo']);
    expect(docs).toMatchObject({ ok: true });
    const listed = (docs as { value: { documents: { id: string }[] } }).value.documents.map((d) => d.id);
    expect(listed).toEqual([...seeds.map((d) => d.id), 'user-toll']);
    const whole = loadIndex(buildIndexArtifact([...seeds, userCorpusSource(TOLL)]));
    const found = infoOf(corpus).disagreements;
    expect(found).toEqual(whole.disagreements);
    expect(found?.some((d) => d.reports.some((r) => r.doc === 'user-toll'))).toBe(true);
  });

  it('after an add, answers with the documents at once and the disagreements null, then whole when asked to wait', async () => {
    const added = await ask('addDocuments', {
      documents: [
        { name: 'rival.txt', text: RIVAL, outlet: 'Hill Courier', title: null, date: null, url: null },
      ],
    });
    expect(added).toMatchObject({ ok: true, value: { added: [{ id: 'user-rival' }] } });
    // No macrotask has run since the add was answered: the disagreements, found a turn at a time, are not yet.
    const quick = infoOf(await ask('getCorpusInfo', { waitForDisagreements: false }));
    expect(quick.documents.map((d) => d.id)).toEqual([...seeds.map((d) => d.id), 'user-toll', 'user-rival']);
    expect(quick.userDocuments).toEqual(['user-toll', 'user-rival']);
    expect(quick.disagreements).toBeNull();
    const whole = infoOf(await ask('getCorpusInfo', { waitForDisagreements: true }));
    expect(whole.documents).toEqual(quick.documents);
    const expected = loadIndex(
      buildIndexArtifact([
        ...seeds,
        userCorpusSource(TOLL),
        userCorpusSource({
          ...TOLL,
          id: 'user-rival',
          name: 'rival.txt',
          text: RIVAL,
          outlet: 'Hill Courier',
        }),
      ]),
    ).disagreements;
    expect(whole.disagreements).toEqual(expected);
    expect(whole.disagreements?.some((d) => d.reports.some((r) => r.doc === 'user-rival'))).toBe(true);
    // Once found, the quick answer has them too.
    expect(infoOf(await ask('getCorpusInfo', { waitForDisagreements: false })).disagreements).toEqual(
      expected,
    );
  });

  it('restores a backup: an entry with a too-long title is refused alone, the others keep their first-added time', async () => {
    const entry = (name: string, title: string) => ({
      name,
      text: `${title}\n\nThe council counted 1,204 votes on Tuesday in ${name}.`,
      outlet: 'Hill Courier',
      title,
      date: null,
      url: null,
      added: '2025-03-04T05:06:07.000Z',
    });
    const reply = await ask('addDocuments', {
      documents: [entry('kept.txt', 'Kept'), entry('long.txt', 'x'.repeat(600)), entry('also.txt', 'Also')],
    });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        added: [{ id: 'user-kept' }, { id: 'user-also' }],
        rejected: [{ name: 'long.txt', reason: expect.stringMatching(/title is too long/) }],
      },
    });
    const exported = await ask('exportDocuments');
    const stored = (exported as { value: { documents: UserDocument[] } }).value.documents;
    expect(stored.filter((d) => d.id === 'user-kept' || d.id === 'user-also').map((d) => d.added)).toEqual([
      '2025-03-04T05:06:07.000Z',
      '2025-03-04T05:06:07.000Z',
    ]);
    await ask('removeDocuments', { ids: ['user-kept', 'user-also'] });
  });

  it('refuses a request that does not say whether to wait', async () => {
    expect(await ask('getCorpusInfo')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/waitForDisagreements/),
    });
  });
});
