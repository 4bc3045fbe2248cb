/**
 * The worker's removeUnreadableEntries: the corpus answers count the stored entries that cannot be read, the
 * request removes only them (a page cannot ask), and the corpus, built again, no longer says any could not be read.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact } from '../../src/core/corpus-index';
import type { UserDocument } from '../../src/core/corpus/user-documents';
import type { CorpusInfo } from '../../src/shared/messages';
import { askWorker, PAGE_SENDER, type WorkerBrowserState } from './fake-worker-browser';

const browser = vi.hoisted((): WorkerBrowserState => ({ listener: null, local: {} }));

vi.mock('../../src/shared/browser', async () =>
  (await import('./fake-worker-browser')).fakeWorkerBrowser(browser),
);

const PAGE = PAGE_SENDER;

function ask(type: string, payload?: Record<string, unknown>, sender?: { id: string; url?: string }) {
  return askWorker(browser, type, payload, sender);
}

async function corpusInfo(): Promise<CorpusInfo> {
  const reply = await ask('getCorpusInfo', { waitForDisagreements: false });
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: CorpusInfo }).value;
}

const DAM: UserDocument = {
  id: 'user-dam',
  text: 'Cracks in the dam\n\nEngineers found 14 cracks in the Riverton dam on Monday.',
  outlet: 'Valley Herald',
  title: null,
  date: null,
  url: null,
  added: '2026-01-05T10:00:00.000Z',
};

beforeAll(async () => {
  const artifact = JSON.stringify(buildIndexArtifact(readCorpusDir('seeds')));
  vi.stubGlobal('fetch', async () => new Response(artifact, { status: 200 }));
  browser.local['userDocuments'] = [DAM, 'junk'];
  browser.local['userDocuments.1'] = [{ ...DAM, text: 'Another text under the same id.' }, { id: 7 }];
  await import('../../src/background/service-worker');
});

describe('removeUnreadableEntries, in the worker', () => {
  it('counts the unreadable entries in the corpus answer, beside the line that says so', async () => {
    const info = await corpusInfo();
    expect(info.unreadable).toBe(3);
    expect(info.userProblems).toEqual(['3 stored document(s) could not be read; they are kept as they are']);
    expect(info.userDocuments).toEqual(['user-dam']);
  });

  it('refuses a page, and a count that is not the one stored, removing nothing', async () => {
    const before = structuredClone(browser.local);
    expect(await ask('removeUnreadableEntries', { expected: 3 }, PAGE)).toMatchObject({ ok: false });
    expect(await ask('removeUnreadableEntries', { expected: 2 })).toEqual({
      ok: true,
      value: { removed: 0, found: 3 },
    });
    expect(browser.local).toEqual(before);
    expect((await corpusInfo()).unreadable).toBe(3);
  });

  it('removes them, keeps the document, and answers once the corpus no longer says any could not be read', async () => {
    expect(await ask('removeUnreadableEntries', { expected: 3 })).toEqual({
      ok: true,
      value: { removed: 3, found: 3 },
    });
    expect(browser.local).toEqual({ userDocuments: [DAM] });
    const info = await corpusInfo();
    expect(info.unreadable).toBe(0);
    expect(info.userProblems).toEqual([]);
    expect(info.userDocuments).toEqual(['user-dam']);
  });
});
