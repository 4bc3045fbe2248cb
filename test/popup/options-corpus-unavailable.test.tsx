// @vitest-environment happy-dom
/**
 * The options page when the corpus cannot be loaded (a corrupt or missing bundled index, a worker that cannot be
 * reached): it says so in words a user can act on, never the parser's message, and the user's own documents stay
 * in view, to be added to, exported and removed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CorpusView } from '../../src/options/CorpusView';
import type { AddDocumentsReply } from '../../src/shared/messages';
import type { UserDocument } from '../../src/core/corpus/user-documents';
import { fake } from './fake-ext';
import { CORPUS } from './fixtures';
import { $, click, mount, settle, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

/** What Chromium's JSON parser says of a corpus-index.json cut off in the middle. */
const PARSE_ERROR = `Unexpected end of JSON input while parsing '{"format": "claim-lens-index", "documents": ['`;

const stored = (id: string, text: string, over: Partial<UserDocument> = {}): UserDocument => ({
  id,
  name: `${id.replace(/^user-/, '')}.txt`,
  text,
  outlet: null,
  title: null,
  date: null,
  url: null,
  added: '2026-01-05T10:00:00.000Z',
  ...over,
});

const RIVERTON = stored(
  'user-riverton',
  'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the regional governor said.',
  { outlet: 'Valley Herald' },
);
const NOTES = stored('user-notes', 'a short note without a headline.', { title: 'My notes' });

let documents: UserDocument[];

beforeEach(() => {
  fake.reset();
  documents = [RIVERTON, NOTES];
  fake.worker.getCorpusInfo = () => {
    throw new Error(PARSE_ERROR);
  };
  fake.worker.exportDocuments = () => ({ documents, unreadable: 0 });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function open(): Promise<HTMLElement> {
  const root = await mount(<CorpusView />);
  await settle();
  return root;
}

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="documents"] tbody tr[data-doc]')].map((tr) =>
    // The actions cell by its Remove button (an Edit button comes before it).
    [...tr.querySelectorAll('td')].map(
      (td) => td.querySelector('button.remove')?.textContent ?? td.firstChild?.textContent ?? '',
    ),
  );

describe('the options page without its corpus', () => {
  it('says what went wrong and what the user can do, in words, not the parser’s', async () => {
    const root = await open();
    const notice = $(root, '[data-testid="corpus-unavailable"]');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(texts(notice, 'p')).toEqual([
      'Claim Lens could not load its corpus of news articles, so it cannot look up the claims on pages for now.',
      'The 2 documents you added are still kept in this browser and listed below: you can export or remove them, and add more.',
      'Reloading Claim Lens on the browser’s extensions page may bring the corpus back. Before you remove or ' +
        'reinstall the extension, export your documents: removing it deletes them.',
    ]);
    expect(root.textContent).not.toMatch(/JSON|Unexpected|claim-lens-index|\{/);
    // The reason is kept for whoever debugs it.
    expect(console.warn).toHaveBeenCalledWith(
      'Claim Lens: the corpus could not be loaded',
      expect.any(Error),
    );
  });

  it('lists the documents the user added, titled as the corpus titles them, each with Remove', async () => {
    const root = await open();
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('2 documents you added');
    expect(rows(root)).toEqual([
      ['Valley Herald', 'Floods in Riverton', 'undated', 'Remove'],
      ['unknown outlet', 'My notes', 'undated', 'Remove'],
    ]);
    // Not "no contradiction": the disagreements are not known without the corpus.
    expect(root.querySelector('[data-testid="no-disagreements"]')).toBeNull();
    expect($(root, '[data-testid="disagreements-unknown"]').textContent).toMatch(
      /^Not known until the corpus loads/,
    );
  });

  it('keeps the add form, and lists a document added while the corpus is away', async () => {
    const ADDED = stored('user-aleppo', 'Shelling hits Aleppo again\n\nShelling in Aleppo killed 12 people.');
    fake.worker.addDocuments = (): AddDocumentsReply => {
      documents = [...documents, ADDED];
      return {
        added: [{ id: ADDED.id, outlet: null, title: 'Shelling hits Aleppo again', date: null, url: null }],
        rejected: [],
      };
    };
    const root = await open();
    await act(() => {
      const text = $(root, '[data-testid="add-text"]') as HTMLTextAreaElement;
      text.value = ADDED.text;
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      $(root, '[data-testid="add-documents"]').dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    await settle();
    expect(fake.callsOf('addDocuments')).toHaveLength(1);
    // The form's message outlives the reload that lists the new document.
    expect($(root, '[data-testid="add-result"]').textContent).toBe(
      'Added 1 document: Shelling hits Aleppo again.',
    );
    expect(rows(root).map((row) => row[1])).toEqual([
      'Floods in Riverton',
      'My notes',
      'Shelling hits Aleppo again',
    ]);
  });

  it('exports the documents the user added', async () => {
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:claim-lens-test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const root = await open();
    await click($(root, '[data-testid="export-submit"]'));
    expect(saved).toEqual([expect.stringMatching(/^claim-lens-documents-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect($(root, '[data-testid="export-result"]').textContent).toMatch(/^Saved 2 documents as /);
  });

  it('removes a document once the user confirms, and lists the others', async () => {
    vi.stubGlobal('confirm', () => true);
    fake.worker.removeDocument = (payload) => {
      documents = documents.filter((d) => d.id !== payload.id);
      return { removed: true };
    };
    const root = await open();
    await click($(root, 'tr[data-doc="user-notes"] button.remove'));
    expect(fake.callsOf('removeDocument').map((c) => c.payload)).toEqual([{ id: 'user-notes' }]);
    expect(rows(root).map((row) => row[1])).toEqual(['Floods in Riverton']);
    expect(texts(root, '[data-testid="corpus-unavailable"] p')[1]).toMatch(
      /^The 1 document you added is still kept/,
    );
  });

  it('counts the stored entries it cannot read, which stay in storage', async () => {
    fake.worker.exportDocuments = () => ({ documents, unreadable: 1 });
    const root = await open();
    expect(texts(root, '[data-testid="user-problems"] li')).toEqual([
      'Left out of the corpus: 1 stored document(s) could not be read; they are kept as they are',
    ]);
  });

  it('offers the form alone, and says so, when the user added nothing', async () => {
    documents = [];
    const root = await open();
    expect(texts(root, '[data-testid="corpus-unavailable"] p').slice(1)).toEqual([
      'You can still add your own documents below; they are kept in this browser.',
      'Reloading Claim Lens on the browser’s extensions page may bring the corpus back.',
    ]);
    expect(root.querySelector('[data-testid="add-documents"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="documents"]')).toBeNull();
    expect(root.querySelector('[data-testid="export-documents"]')).toBeNull();
  });

  it('keeps the form and the export when the user’s documents cannot be read either', async () => {
    fake.worker.exportDocuments = () => {
      throw new Error('storage is unavailable');
    };
    const root = await open();
    expect(texts(root, '[data-testid="corpus-unavailable"] p')[1]).toBe(
      'The documents you added could not be read from this browser’s storage either. Claim Lens has not deleted them: try again in a moment.',
    );
    expect(root.querySelector('[data-testid="add-documents"]')).not.toBeNull();
    expect($(root, '[data-testid="export-documents"] p.muted').textContent).toMatch(
      /^The documents you added are kept in this browser only\./,
    );
    expect(root.querySelector('[data-testid="documents"]')).toBeNull();
  });

  it('shows the corpus once a retry loads it', async () => {
    const root = await open();
    fake.worker.getCorpusInfo = () => CORPUS;
    await click($(root, '[data-testid="corpus-retry"]'));
    expect(root.querySelector('[data-testid="corpus-unavailable"]')).toBeNull();
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('3 documents');
  });
});
