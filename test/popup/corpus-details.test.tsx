// @vitest-environment happy-dom
/**
 * The corpus view with hundreds of documents: the add form before the table, a filter over the table, and the
 * disagreements cut to the first few until the user asks for all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CorpusView } from '../../src/options/CorpusView';
import { CorpusDetails, FILTER_FROM, ROWS_SHOWN } from '../../src/options/CorpusDetails';
import { DISAGREEMENTS_SHOWN } from '../../src/options/Disagreements';
import type { CorpusInfo } from '../../src/shared/messages';
import type { CorpusDisagreement, DocumentInfo } from '../../src/core/types';
import { fake } from './fake-ext';
import { CORPUS } from './fixtures';
import { $, click, listedDocuments, mount, settle, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

const OUTLETS = ['Valley Herald', 'Riverton Times', null];

/** `n` user documents, outlets in turn, the third of each three without one. */
function documents(n: number): DocumentInfo[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `user-report-${i}`,
    outlet: OUTLETS[i % 3] ?? null,
    title: `Report ${i} on the floods`,
    date: null,
    url: null,
  }));
}

function corpusOf(docs: DocumentInfo[], disagreements = 0): CorpusInfo {
  const first = CORPUS.disagreements![0]!;
  return {
    documents: docs,
    userDocuments: docs.map((d) => d.id),
    userProblems: [],
    disagreements: Array.from({ length: disagreements }, (_, i): CorpusDisagreement => ({
      ...first,
      topic: `fact ${i}`,
    })),
  };
}

async function type(element: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => fake.reset());
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('the add form', () => {
  it('comes before the documents table, with its heading', async () => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(300));
    const root = await mount(<CorpusView />);
    await settle();
    const heading = [...root.querySelectorAll('h3')].find((h) => h.textContent === 'Add your own documents');
    const form = $(root, '[data-testid="add-documents"]');
    const table = $(root, '[data-testid="documents"]');
    expect(heading?.nextElementSibling).toBe(form);
    expect(form.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('a corpus of thousands', () => {
  it('counts its documents, the shown ones and its disagreements as a person writes them', async () => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(1234), 1500);
    const root = await mount(<CorpusView />);
    await settle();
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('1,234 documents (1,234 added by you)');
    expect($(root, '[data-testid="documents-shown"]').textContent).toBe('Showing the first 200 of 1,234');
    expect($(root, '[data-testid="show-all-documents"]').textContent).toBe('List all 1,234');
    expect(root.textContent).toContain(`The first ${DISAGREEMENTS_SHOWN} of 1,500 are shown.`);
    expect(root.textContent).toContain('Show all 1,500');
  });
});

describe('the documents listed', () => {
  it.each<[string, boolean, string]>([
    ['the corpus', false, '3 documents (3 added by you)'],
    ['the user’s documents alone, without the corpus', true, '3 documents you added'],
  ])('are a table named by the heading above it (%s)', async (_what, unavailable, name) => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(3))} unavailable={unavailable} />);
    const ids = $(root, 'table[data-testid="documents"]').getAttribute('aria-labelledby') ?? '';
    expect(ids).not.toBe('');
    const named = ids.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(named.join(' ')).toBe(name);
    expect(document.getElementById(ids)).toBe($(root, '[data-testid="corpus-count"]'));
  });

  it(`lists the first ${ROWS_SHOWN}, and all once asked, with focus on the first row that brought`, async () => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(300))} />);
    expect(listedDocuments(root)).toHaveLength(ROWS_SHOWN);
    expect($(root, '[data-testid="documents-shown"]').textContent).toBe(
      `Showing the first ${ROWS_SHOWN} of 300`,
    );
    await click($(root, '[data-testid="show-all-documents"]'));
    expect(listedDocuments(root)).toEqual(documents(300).map((d) => d.id));
    expect(document.activeElement?.getAttribute('data-doc')).toBe(`user-report-${ROWS_SHOWN}`);
    expect($(root, '[data-testid="documents-shown"]').textContent).toBe('Showing 300 of 300');
    expect(root.querySelector('[data-testid="show-all-documents"]')).toBeNull();
  });

  it.each<[string, number, string]>([
    ['report', ROWS_SHOWN, `Showing the first ${ROWS_SHOWN} of 300 that match (300 in all)`],
    ['valley', 100, 'Showing 100 of 300'],
  ])('lists the first of the documents the filter finds (%j)', async (typed, count, status) => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(300))} />);
    await type($(root, '[data-testid="documents-filter"]'), typed);
    expect(listedDocuments(root)).toHaveLength(count);
    expect($(root, '[data-testid="documents-shown"]').textContent).toBe(status);
  });
});

describe('the documents filter', () => {
  it.each([0, 3, FILTER_FROM])('is not offered for %i documents', async (n) => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(n))} />);
    expect(root.querySelector('[data-testid="documents-filter"]')).toBeNull();
    expect(listedDocuments(root)).toHaveLength(n);
  });

  it.each<[string, string, number]>([
    ['nothing typed', '', 30],
    ['an outlet, in other case', 'VALLEY herald', 10],
    ['an unknown outlet as shown', 'unknown', 10],
    ['a title', 'report 7 on', 1],
    ['an id', 'user-report-2', 11],
    ['spaces around', '  riverton times ', 10],
    ['nothing that matches', 'earthquake', 0],
  ])('filters %s (%j) by outlet, title or id', async (_name, typed, count) => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(30))} />);
    const input = $(root, '[data-testid="documents-filter"]');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/^Filter documents/);
    await type(input, typed);
    expect(listedDocuments(root)).toHaveLength(count);
    expect($(root, '[data-testid="documents-shown"]').textContent).toBe(`Showing ${count} of 30`);
    expect($(root, '[data-testid="documents-shown"]').getAttribute('role')).toBe('status');
    // An empty table says why rather than showing its header alone.
    expect(root.querySelector('[data-testid="no-documents-match"]')?.textContent ?? null).toBe(
      count === 0 ? `No document matches “${typed.trim()}”.` : null,
    );
  });

  it('hands focus after a removal to the next document shown, not to one the filter hides', async () => {
    let corpus = corpusOf(documents(30));
    fake.worker.getCorpusInfo = () => corpus;
    fake.worker.removeDocument = (payload) => {
      corpus = corpusOf(documents(30).filter((d) => d.id !== payload.id));
      return { removed: true };
    };
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    await type($(root, '[data-testid="documents-filter"]'), 'valley');
    expect(listedDocuments(root).slice(0, 2)).toEqual(['user-report-0', 'user-report-3']);
    const remove = (id: string) => $(root, `tr[data-doc="${id}"] button.remove`);
    remove('user-report-0').focus();
    await click(remove('user-report-0'));
    expect(listedDocuments(root)[0]).toBe('user-report-3');
    expect(document.activeElement).toBe(remove('user-report-3'));
  });
});

describe('correcting a document’s details', () => {
  it('edits a document of yours in a row under it, sends the details, and lists them once saved', async () => {
    let corpus = corpusOf(documents(3));
    fake.worker.getCorpusInfo = () => corpus;
    fake.worker.updateDocument = (payload) => {
      const { id, title, outlet, date, url } = payload as unknown as DocumentInfo;
      corpus = {
        ...corpus,
        documents: corpus.documents.map((d) => (d.id === id ? { ...d, title, outlet, date, url } : d)),
      };
      return { updated: true };
    };
    const root = await mount(<CorpusView />);
    await settle();
    const edit = $(root, 'button[aria-label="Edit the details of Report 1 on the floods"]');
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    await click(edit);
    const form = $(root, '[data-testid="edit-document"]');
    expect(form.closest('tr')?.previousElementSibling?.getAttribute('data-doc')).toBe('user-report-1');
    expect(document.activeElement).toBe($(form, '[data-testid="edit-title"]'));
    expect(($(form, '[data-testid="edit-outlet"]') as HTMLInputElement).value).toBe('Riverton Times');
    await type($(form, '[data-testid="edit-date"]'), '2016-05-02');
    await type($(form, '[data-testid="edit-outlet"]'), '  ');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(fake.callsOf('updateDocument').map((c) => c.payload)).toEqual([
      { id: 'user-report-1', title: 'Report 1 on the floods', outlet: null, date: '2016-05-02', url: null },
    ]);
    expect(root.querySelector('[data-testid="edit-document"]')).toBeNull();
    const row = $(root, 'tr[data-doc="user-report-1"]');
    expect(texts(row, 'td').slice(0, 1)).toEqual(['unknown outlet']);
    expect(row.textContent).toContain('2 May 2016');
  });

  it('keeps the form open with the reason when the details are refused', async () => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(3));
    fake.worker.updateDocument = () => {
      throw new Error('Report 0 on the floods: address "ftp://x" is not an http(s) address');
    };
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, 'button[aria-label="Edit the details of Report 0 on the floods"]'));
    const form = $(root, '[data-testid="edit-document"]');
    await type($(form, '[data-testid="edit-url"]'), 'ftp://x');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect($(root, '[data-testid="edit-error"]').textContent).toMatch(/is not an http\(s\) address$/);
    expect(root.querySelector('[data-testid="edit-document"]')).not.toBeNull();
    await click($(root, '[data-testid="edit-cancel"]'));
    expect(root.querySelector('[data-testid="edit-document"]')).toBeNull();
  });
});

describe('focus after a document’s edit row closes', () => {
  /** Ways to close the row, each from where the user is when they use it. */
  const closers: [string, (form: HTMLElement) => void][] = [
    ['saved', (form) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))],
    [
      'cancelled',
      (form) => {
        const cancel = $(form, '[data-testid="edit-cancel"]');
        cancel.focus();
        cancel.click();
      },
    ],
    [
      'left with Escape',
      (form) =>
        $(form, '[data-testid="edit-date"]').dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
        ),
    ],
  ];
  it.each(closers)('goes back to the row’s Edit button when the row is %s', async (_how, close) => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(3));
    fake.worker.updateDocument = () => ({ updated: true });
    const root = await mount(<CorpusView />);
    await settle();
    const edit = $(root, 'button[aria-label="Edit the details of Report 1 on the floods"]');
    await click(edit);
    const form = $(root, '[data-testid="edit-document"]');
    expect(document.activeElement).not.toBe(edit);
    await act(() => close(form));
    await settle();
    expect(root.querySelector('[data-testid="edit-document"]')).toBeNull();
    expect(document.activeElement).toBe(
      $(root, 'button[aria-label="Edit the details of Report 1 on the floods"]'),
    );
  });

  it('leaves focus where the user took it: on another document’s Edit', async () => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(3));
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, 'button[aria-label="Edit the details of Report 1 on the floods"]'));
    const other = $(root, 'button[aria-label="Edit the details of Report 2 on the floods"]');
    other.focus();
    await click(other);
    // Report 2's row opened and its first box took focus; Report 1's closing row did not pull it back.
    expect(document.activeElement).toBe($(root, '[data-testid="edit-title"]'));
    expect($(root, '[data-testid="edit-document"]').getAttribute('aria-label')).toBe(
      'Details of Report 2 on the floods',
    );
  });
});

describe('removing many documents at once', () => {
  it('removes the documents of yours the filter finds, after one confirmation, in one request', async () => {
    let corpus = corpusOf(documents(30));
    fake.worker.getCorpusInfo = () => corpus;
    fake.worker.removeDocuments = (payload) => {
      const gone = new Set(payload.ids as string[]);
      corpus = corpusOf(documents(30).filter((d) => !gone.has(d.id)));
      return { removed: gone.size };
    };
    const asked: string[] = [];
    vi.stubGlobal('confirm', (question: string) => {
      asked.push(question);
      return true;
    });
    const root = await mount(<CorpusView />);
    await settle();
    expect($(root, '[data-testid="remove-shown"]').textContent).toBe('Remove all 30 of your documents');
    await type($(root, '[data-testid="documents-filter"]'), 'valley');
    const button = $(root, '[data-testid="remove-shown"]');
    expect(button.textContent).toBe('Remove the 10 of your documents that match');
    await click(button);
    await settle();
    expect(asked).toEqual([
      'Remove 10 documents from the corpus? Their texts are deleted from this browser; an export keeps a copy.',
    ]);
    expect(fake.callsOf('removeDocuments').map((c) => c.payload)).toEqual([
      {
        ids: documents(30)
          .filter((d) => d.outlet === 'Valley Herald')
          .map((d) => d.id),
      },
    ]);
    // Twenty left: under FILTER_FROM, the table lists them all, the filter gone with its input.
    expect(listedDocuments(root)).toEqual(
      documents(30)
        .filter((d) => d.outlet !== 'Valley Herald')
        .map((d) => d.id),
    );
    expect(fake.callsOf('removeDocument')).toEqual([]);
  });

  it('removes nothing when the user does not confirm, and is not offered for one document', async () => {
    fake.worker.getCorpusInfo = () => corpusOf(documents(30));
    vi.stubGlobal('confirm', () => false);
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, '[data-testid="remove-shown"]'));
    await settle();
    expect(fake.callsOf('removeDocuments')).toEqual([]);
    await type($(root, '[data-testid="documents-filter"]'), 'report 7 ');
    expect(listedDocuments(root)).toHaveLength(1);
    expect(root.querySelector('[data-testid="remove-shown"]')).toBeNull();
  });
});

describe('the disagreements', () => {
  it.each([1, DISAGREEMENTS_SHOWN])('lists all %i, with no button', async (n) => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(2), n)} />);
    expect(root.querySelectorAll('[data-testid="disagreements"] > li')).toHaveLength(n);
    expect(root.querySelector('[data-testid="show-all-disagreements"]')).toBeNull();
  });

  it('lists the first few of 466, and all of them when asked, reading on from the first one added', async () => {
    const root = await mount(<CorpusDetails corpus={corpusOf(documents(2), 466)} />);
    const topics = () => texts(root, '[data-testid="disagreements"] > li h4');
    expect(topics()).toHaveLength(DISAGREEMENTS_SHOWN);
    const button = $(root, '[data-testid="show-all-disagreements"]');
    expect([button.tagName, button.getAttribute('type'), button.textContent]).toEqual([
      'BUTTON',
      'button',
      'Show all 466',
    ]);
    button.focus();
    await click(button);
    expect(topics()).toHaveLength(466);
    expect(topics()[465]).toContain('fact 465');
    expect(root.querySelector('[data-testid="show-all-disagreements"]')).toBeNull();
    const next = root.querySelectorAll('[data-testid="disagreements"] > li')[DISAGREEMENTS_SHOWN];
    expect(document.activeElement).toBe(next);
    expect(next?.textContent).toContain(`fact ${DISAGREEMENTS_SHOWN}`);
  });

  it('tells apart two reports whose documents share an outlet, by their titles', async () => {
    const docs = documents(4); // 0 and 3 both from the Valley Herald
    const corpus: CorpusInfo = {
      ...corpusOf(docs),
      disagreements: [
        {
          kind: 'quantity',
          topic: 'people killed',
          reports: [
            {
              doc: docs[0]!.id,
              source: 'Valley Herald',
              text: '412',
              passage: 'The floods killed 412 people.',
            },
            {
              doc: docs[3]!.id,
              source: 'Valley Herald',
              text: '380',
              passage: 'The floods killed 380 people.',
            },
            {
              doc: docs[1]!.id,
              source: 'Riverton Times',
              text: '400',
              passage: 'The floods killed 400 people.',
            },
          ],
        },
      ],
    };
    const root = await mount(<CorpusDetails corpus={corpus} />);
    expect(texts(root, '[data-testid="disagreements"] .outlet')).toEqual([
      'Valley Herald (Report 0 on the floods)',
      'Valley Herald (Report 3 on the floods)',
      'Riverton Times',
    ]);
    // Each report's words once, marked in its passage, not also printed before it.
    const first = root.querySelector('[data-testid="disagreements"] li[data-doc] ');
    expect(first?.textContent?.split('412')).toHaveLength(2);
    expect(first?.querySelector('mark')?.textContent).toBe('412');
  });
});
