// @vitest-environment happy-dom
/**
 * Removing the stored entries that cannot be read, from the corpus view: offered under the line that counts them,
 * asked in the page (never window.confirm) with the export offered first, then done, said, and the line gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CorpusView } from '../../src/options/CorpusView';
import { removalText } from '../../src/options/RemoveUnreadable';
import type { CorpusInfo } from '../../src/shared/messages';
import type { DocumentInfo } from '../../src/core/types';
import type { UserDocument } from '../../src/core/corpus/user-documents';
import { fake } from '../popup/fake-ext';
import { CORPUS } from '../popup/fixtures';
import { $, click, mount, settle, texts, unmountAll } from '../popup/render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('../popup/fake-ext')).ext,
  extensionAlive: () => true,
}));

const MINE: DocumentInfo = {
  id: 'user-riverton',
  outlet: 'Valley Herald',
  title: 'Floods in Riverton',
  date: null,
  url: null,
};
const STORED: UserDocument = {
  ...MINE,
  text: 'The floods killed 412 people.',
  added: '2026-01-05T10:00:00.000Z',
};
const LINE = '3 stored document(s) could not be read; they are kept as they are';

/** The corpus with the user's document and `unreadable` entries that are not documents. */
function withUnreadable(unreadable: number): CorpusInfo {
  return {
    ...CORPUS,
    documents: [...CORPUS.documents, MINE],
    userDocuments: [MINE.id],
    userProblems: unreadable === 0 ? [] : [LINE.replace('3', String(unreadable))],
    unreadable,
  };
}

let corpus: CorpusInfo;
let saved: string[];

beforeEach(() => {
  fake.reset();
  corpus = withUnreadable(3);
  fake.worker.getCorpusInfo = () => corpus;
  fake.worker.exportDocuments = () => ({ documents: [STORED], unreadable: corpus.unreadable ?? 0 });
  saved = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:claim-lens-test');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  // The question is asked in the page: a dialog of the browser's would fail the test.
  vi.stubGlobal('confirm', () => {
    throw new Error('window.confirm was called');
  });
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const opener = (root: HTMLElement) =>
  root.querySelector<HTMLElement>('[data-testid="remove-unreadable-open"]');
const question = (root: HTMLElement) =>
  root.querySelector<HTMLElement>('[data-testid="remove-unreadable-question"]');
const result = (root: HTMLElement) => $(root, '[data-testid="remove-unreadable-result"]');

async function view(): Promise<HTMLElement> {
  const root = await mount(<CorpusView />);
  await settle();
  return root;
}

describe('removing the entries that cannot be read', () => {
  it('offers nothing when every stored entry reads', async () => {
    corpus = withUnreadable(0);
    const root = await view();
    expect(opener(root)).toBeNull();
    expect(result(root).textContent).toBe('');
  });

  it('offers them while the corpus cannot be loaded, counted from storage read on its own', async () => {
    fake.worker.getCorpusInfo = () => {
      throw new Error('corpus index missing (404)');
    };
    fake.worker.exportDocuments = () => ({ documents: [STORED], unreadable: 2 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const root = await view();
    expect(root.querySelector('[data-testid="corpus-unavailable"]')).not.toBeNull();
    expect(opener(root)?.textContent).toBe('Remove 2 unreadable entries');
  });

  it('asks in the page first, saying the export leaves them out, and offers the export', async () => {
    const root = await view();
    expect(opener(root)?.textContent).toBe('Remove 3 unreadable entries');
    await click(opener(root));
    const asked = question(root);
    expect(asked).not.toBeNull();
    expect(asked?.getAttribute('role')).toBe('group');
    const label = document.getElementById(asked?.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent).toBe('Remove 3 unreadable entries for good?');
    expect(asked?.textContent).toMatch(
      /The export leaves them out, so once removed they cannot be brought back/,
    );
    // Focus goes into the question, to the export it offers first, which the explanation describes.
    const exportFirst = $(root, '[data-testid="remove-unreadable-export"]');
    expect(document.activeElement).toBe(exportFirst);
    expect(document.getElementById(exportFirst.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /cannot read as documents/,
    );
    expect(fake.callsOf('removeUnreadableEntries')).toEqual([]);
    await click(exportFirst);
    expect(saved).toEqual([expect.stringMatching(/^claim-lens-documents-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect($(root, '[data-testid="remove-unreadable-exported"]').textContent).toMatch(
      /^Saved 1 document as claim-lens-documents-.*\.json\. 3 stored entries could not be read as a document and are not in it\.$/,
    );
    // Exporting removed nothing, and the question is still there.
    expect(fake.callsOf('removeUnreadableEntries')).toEqual([]);
    expect(question(root)).not.toBeNull();
  });

  it('removes them once confirmed, says so in a live region, drops the line, and moves focus to the list', async () => {
    fake.worker.removeUnreadableEntries = () => {
      corpus = withUnreadable(0);
      return { removed: 3, found: 3 };
    };
    const root = await view();
    expect(texts(root, '[data-testid="user-problems"] li')).toEqual([`Left out of the corpus: ${LINE}`]);
    await click(opener(root));
    await click($(root, '[data-testid="remove-unreadable-confirm"]'));
    await settle();
    expect(fake.callsOf('removeUnreadableEntries').map((c) => c.payload)).toEqual([{ expected: 3 }]);
    expect(result(root).getAttribute('role')).toBe('status');
    expect(result(root).textContent).toBe('Removed 3 unreadable entries.');
    expect(root.querySelector('[data-testid="user-problems"]')).toBeNull();
    expect(opener(root)).toBeNull();
    expect(question(root)).toBeNull();
    expect(document.activeElement).toBe($(root, '[data-testid="corpus-count"]'));
    // The user's document is still listed.
    expect(root.querySelector('tr[data-doc="user-riverton"]')).not.toBeNull();
  });

  it('removes nothing on Cancel or Escape, and gives focus back to the button', async () => {
    const root = await view();
    await click(opener(root));
    await click($(root, '[data-testid="remove-unreadable-cancel"]'));
    expect(question(root)).toBeNull();
    expect(document.activeElement).toBe(opener(root));
    await click(opener(root));
    await act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(question(root)).toBeNull();
    expect(document.activeElement).toBe(opener(root));
    expect(fake.callsOf('removeUnreadableEntries')).toEqual([]);
  });

  it('says why when the removal fails, and offers it again for what is left', async () => {
    fake.worker.removeUnreadableEntries = () => {
      // One part was written before storage went away: the corpus, loaded again, counts what is left.
      corpus = withUnreadable(1);
      throw new Error('storage went away');
    };
    const root = await view();
    await click(opener(root));
    await click($(root, '[data-testid="remove-unreadable-confirm"]'));
    await settle();
    expect(result(root).textContent).toBe('The unreadable entries could not be removed: storage went away');
    expect(opener(root)?.textContent).toBe('Remove 1 unreadable entry');
    expect(document.activeElement).toBe(opener(root));
  });

  it('removes nothing, and says so, when storage no longer holds the number shown', async () => {
    fake.worker.removeUnreadableEntries = () => {
      corpus = withUnreadable(5);
      return { removed: 0, found: 5 };
    };
    const root = await view();
    await click(opener(root));
    await click($(root, '[data-testid="remove-unreadable-confirm"]'));
    await settle();
    expect(result(root).textContent).toBe(
      'Nothing was removed: the stored entries changed since this page loaded (5 unreadable entries now).',
    );
    expect(opener(root)?.textContent).toBe('Remove 5 unreadable entries');
  });
});

describe('removalText', () => {
  it.each<[number, { removed: number; found: number }, string]>([
    [3, { removed: 3, found: 3 }, 'Removed 3 unreadable entries.'],
    [1, { removed: 1, found: 1 }, 'Removed 1 unreadable entry.'],
    [
      3,
      { removed: 0, found: 1 },
      'Nothing was removed: the stored entries changed since this page loaded (1 unreadable entry now).',
    ],
    [2, { removed: 0, found: 2 }, 'Nothing was removed.'],
  ])('expected %i, %o → %s', (expected, reply, text) => {
    expect(removalText(expected, reply).text).toBe(text);
  });
});
