/**
 * The worker's corpus answers once the user has documents: a page's card gets the documents as soon as the index
 * is loaded, while the options page and the popup wait for the disagreements, which are found after it, in turns.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact, loadIndex } from '../../src/core/corpus-index';
import { userCorpusSource, type UserDocument } from '../../src/core/corpus/user-documents';
import type { CorpusInfo, Envelope } from '../../src/shared/messages';
import { USER_DOCUMENTS_KEY } from '../../src/background/user-documents-store';
import { askWorker, type WorkerBrowserState } from './fake-worker-browser';

const browser = vi.hoisted((): WorkerBrowserState => ({ listener: null, local: {} }));

vi.mock('../../src/shared/browser', async () =>
  (await import('./fake-worker-browser')).fakeWorkerBrowser(browser),
);

const PAGE = { id: 'claim-lens', url: 'https://news.example/story', tab: { id: 3 } };
const OPTIONS = { id: 'claim-lens', url: 'chrome-extension://claim-lens/src/options/index.html' };

function ask(type: string, sender: { id: string; url?: string } = OPTIONS): Promise<Envelope<unknown>> {
  return askWorker(browser, type, {}, sender);
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
    const info = ask('getCorpusInfo').then((reply) => (order.push('getCorpusInfo'), reply));
    const documents = ask('getDocuments', PAGE).then((reply) => (order.push('getDocuments'), reply));
    const [corpus, docs] = await Promise.all([info, documents]);
    expect(order).toEqual(['getDocuments', 'getCorpusInfo']);
    expect(docs).toMatchObject({ ok: true });
    const listed = (docs as { value: { documents: { id: string }[] } }).value.documents.map((d) => d.id);
    expect(listed).toEqual([...seeds.map((d) => d.id), 'user-toll']);
    const whole = loadIndex(buildIndexArtifact([...seeds, userCorpusSource(TOLL)]));
    const found = (corpus as { value: CorpusInfo }).value.disagreements;
    expect(found).toEqual(whole.disagreements);
    expect(found.some((d) => d.reports.some((r) => r.doc === 'user-toll'))).toBe(true);
  });
});
