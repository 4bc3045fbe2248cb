/**
 * The worker's answers to the options page when the bundled corpus index cannot be loaded (a corrupt or missing
 * corpus-index.json): the user's documents are still added, listed for export, and removed, and each answer says
 * what was done, not the index's failure.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../src/shared/messages';
import { USER_DOCUMENTS_KEY } from '../../src/background/user-documents-store';
import { askWorker, type WorkerBrowserState } from './fake-worker-browser';
import { storedDocumentEntries } from './fake-storage-area';

const browser = vi.hoisted((): WorkerBrowserState => ({ listener: null, local: {} }));

vi.mock('../../src/shared/browser', async () =>
  (await import('./fake-worker-browser')).fakeWorkerBrowser(browser),
);

/** A request from the options page, answered as the page receives it. */
function ask(type: string, payload: Record<string, unknown> = {}): Promise<Envelope<unknown>> {
  return askWorker(browser, type, payload);
}

const RIVERTON =
  'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the regional governor said, and forced 30,000 ' +
  'residents from their homes.';

beforeAll(async () => {
  // A corpus-index.json cut off in the middle, as a failed write or a bad unpack leaves it.
  vi.stubGlobal(
    'fetch',
    async () => new Response('{"format": "claim-lens-index", "documents": [', { status: 200 }),
  );
  await import('../../src/background/service-worker');
});
beforeEach(() => {
  browser.local = {};
});

/** Storage as an earlier add left it. */
function stored(): void {
  browser.local[USER_DOCUMENTS_KEY] = [
    {
      id: 'user-riverton',
      name: 'riverton.txt',
      text: RIVERTON,
      outlet: null,
      title: null,
      date: null,
      url: null,
      added: '2026-01-05T10:00:00.000Z',
    },
  ];
}

describe('the worker without its bundled corpus', () => {
  it('still fails getCorpusInfo, for the options page to say so in its own words', async () => {
    for (const waitForDisagreements of [false, true])
      expect(await ask('getCorpusInfo', { waitForDisagreements })).toMatchObject({
        ok: false,
        error: 'Unexpected end of JSON input',
      });
  });

  it('adds a document, and answers it as added, titled by its headline', async () => {
    const reply = await ask('addDocuments', {
      documents: [
        { name: 'riverton.txt', text: RIVERTON, outlet: 'Valley Herald', title: null, date: null, url: null },
      ],
    });
    expect(reply).toEqual({
      ok: true,
      value: {
        added: [
          {
            id: 'user-riverton',
            outlet: 'Valley Herald',
            title: 'Floods in Riverton',
            date: null,
            url: null,
          },
        ],
        rejected: [],
      },
    });
    expect((storedDocumentEntries(browser.local) as { id: string }[]).map((d) => d.id)).toEqual([
      'user-riverton',
    ]);
  });

  it('exports the documents the user added', async () => {
    stored();
    const reply = (await ask('exportDocuments')) as { ok: true; value: { documents: { id: string }[] } };
    expect(reply.value.documents.map((d) => d.id)).toEqual(['user-riverton']);
  });

  it('answers a text to check with "no corpus", for the check page to say so in its own words', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const text = "Syria's war has killed more than 250,000 people since March 2011.";
    expect(await ask('checkText', { text, referenceDate: '2016-06-01', published: false })).toEqual({
      ok: true,
      value: { kind: 'no-corpus' },
    });
    warn.mockRestore();
  });

  it('removes a document, and says it did', async () => {
    stored();
    expect(await ask('removeDocument', { id: 'user-riverton' })).toEqual({
      ok: true,
      value: { removed: true },
    });
    expect(storedDocumentEntries(browser.local)).toEqual([]);
  });
});
