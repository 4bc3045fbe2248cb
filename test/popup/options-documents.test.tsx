// @vitest-environment happy-dom
/** The options page's own documents: adding a pasted text or files, reporting refusals, removing one. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CorpusView } from '../../src/options/CorpusView';
import { pastedName } from '../../src/options/AddDocuments';
import { readPickedFiles } from '../../src/options/picked-files';
import {
  MAX_NEW_DOCUMENTS,
  MAX_PAGE_SOURCE_CHARS,
  type AddDocumentsReply,
  type CorpusInfo,
} from '../../src/shared/messages';
import type { DocumentInfo } from '../../src/core/types';
import { documentsExport, readDocumentsExport } from '../../src/core/corpus/documents-export';
import type { UserDocument } from '../../src/core/corpus/user-documents';
import { fake } from './fake-ext';
import { CORPUS } from './fixtures';
import { $, click, mount, settle, texts, unmountAll } from './render';

const BLANK_FIELDS = { outlet: '', date: '', url: '' };

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

const MINE: DocumentInfo = {
  id: 'user-riverton',
  outlet: 'Valley Herald',
  title: 'Floods in Riverton',
  date: null,
  url: null,
};
let corpus: CorpusInfo;

beforeEach(() => {
  fake.reset();
  corpus = CORPUS;
  fake.worker.getCorpusInfo = () => corpus;
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

async function type(element: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function pick(root: HTMLElement, files: File[]): Promise<HTMLInputElement> {
  const input = $(root, '[data-testid="add-files"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return input;
}

async function submit(root: HTMLElement): Promise<void> {
  await act(() => {
    $(root, '[data-testid="add-documents"]').dispatchEvent(
      new Event('submit', { bubbles: true, cancelable: true }),
    );
  });
  await settle();
}

describe('adding documents', () => {
  it('sends a pasted text with what the user said of its source, then shows it in the corpus', async () => {
    fake.worker.addDocuments = (): AddDocumentsReply => {
      corpus = { ...CORPUS, documents: [...CORPUS.documents, MINE], userDocuments: [MINE.id] };
      return { added: [MINE], rejected: [] };
    };
    const root = await mount(<CorpusView />);
    await settle();
    expect(($(root, '[data-testid="add-submit"]') as HTMLButtonElement).disabled).toBe(true);
    await type($(root, '[data-testid="add-text"]'), 'The floods in Riverton killed 412 people.');
    await type($(root, '[data-testid="add-outlet"]'), ' Valley Herald ');
    expect(($(root, '[data-testid="add-submit"]') as HTMLButtonElement).disabled).toBe(false);
    await submit(root);
    expect(fake.callsOf('addDocuments').map((c) => c.payload)).toEqual([
      {
        documents: [
          {
            name: 'pasted text “The floods in Riverton killed 412 people.”',
            text: 'The floods in Riverton killed 412 people.',
            title: null,
            outlet: 'Valley Herald',
            date: null,
            url: null,
          },
        ],
      },
    ]);
    expect($(root, '[data-testid="add-result"]').textContent).toBe('Added 1 document: Floods in Riverton.');
    expect(fake.callsOf('getCorpusInfo')).toHaveLength(2);
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('4 documents (1 added by you)');
    // The form is empty again for the next document.
    expect(($(root, '[data-testid="add-text"]') as HTMLTextAreaElement).value).toBe('');
    // The form was rebuilt under the keyboard user's focus: it is taken to the outcome, not the page's start.
    expect(document.activeElement).toBe($(root, '[data-testid="add-result"]'));
  });

  it('names an untitled pasted text by its opening words, so that two of them are told apart', () => {
    expect(pastedName('The floods in Riverton killed 412 people.')).toBe(
      'pasted text “The floods in Riverton killed 412 people.”',
    );
    expect(pastedName('  The ferry carried 412 passengers on Monday,\n the operator said.')).toBe(
      'pasted text “The ferry carried 412 passengers on Monday, the…”',
    );
    expect(pastedName('Officials said 38 buses were used in the evacuation.')).not.toBe(
      pastedName('Officials said 38 buses left the old town on Friday.'),
    );
    // One word longer than the opening is cut inside it rather than left out.
    expect(pastedName(`${'x'.repeat(60)} y`)).toBe(`pasted text “${'x'.repeat(48)}…”`);
  });

  it('shows each refused document with its reason and adds nothing', async () => {
    fake.worker.addDocuments = (): AddDocumentsReply => ({
      added: [],
      rejected: [{ name: 'pasted text', reason: 'is already in the corpus' }],
    });
    const root = await mount(<CorpusView />);
    await settle();
    await type($(root, '[data-testid="add-text"]'), 'Some text.');
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual(['pasted text: is already in the corpus']);
    expect(fake.callsOf('getCorpusInfo')).toHaveLength(1);
    expect(document.activeElement).toBe($(root, '[data-testid="add-errors"]'));
  });

  it('leaves focus alone when the user has moved on while adding', async () => {
    fake.worker.addDocuments = (): AddDocumentsReply => ({ added: [], rejected: [] });
    const root = await mount(<CorpusView />);
    await settle();
    await type($(root, '[data-testid="add-text"]'), 'Some text.');
    const outlet = $(root, '[data-testid="add-outlet"]');
    outlet.focus();
    await submit(root);
    expect(document.activeElement).toBe(outlet);
  });

  it('shows the worker failing as an error, not as success', async () => {
    fake.worker.addDocuments = () => {
      throw new Error('storage is full');
    };
    const root = await mount(<CorpusView />);
    await settle();
    await type($(root, '[data-testid="add-text"]'), 'Some text.');
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual(['storage is full']);
    expect($(root, '[data-testid="add-result"]').textContent).toBe('');
  });

  it('sends many picked files in requests the worker takes, and reports them all', async () => {
    const sizes: number[] = [];
    fake.worker.addDocuments = (payload): AddDocumentsReply => {
      const documents = payload.documents as { name: string }[];
      sizes.push(documents.length);
      return {
        added: documents.map((d) => ({ ...MINE, id: d.name, title: d.name })),
        rejected: [],
      };
    };
    const root = await mount(<CorpusView />);
    await settle();
    const picked = Array.from(
      { length: MAX_NEW_DOCUMENTS * 2 + 7 },
      (_, i) => new File([`Report ${i}: 412 people were killed.`], `r${i}.txt`, { type: 'text/plain' }),
    );
    const input = $(root, '[data-testid="add-files"]');
    Object.defineProperty(input, 'files', { configurable: true, value: picked });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit(root);
    expect(sizes).toEqual([MAX_NEW_DOCUMENTS, MAX_NEW_DOCUMENTS, 7]);
    // Ten titles, not a hundred: the message stays a sentence one reads (or hears) to its end.
    expect($(root, '[data-testid="add-result"]').textContent).toBe(
      `Added ${MAX_NEW_DOCUMENTS * 2 + 7} documents: r0.txt, r1.txt, r2.txt, r3.txt, r4.txt, r5.txt, r6.txt, ` +
        `r7.txt, r8.txt, r9.txt and ${MAX_NEW_DOCUMENTS * 2 - 3} more.`,
    );
    expect(root.querySelector('[data-testid="add-errors"]')).toBeNull();
  });

  it('does not send refused files again with the next add, and shows only the new outcome', async () => {
    fake.worker.addDocuments = (payload): AddDocumentsReply => {
      const documents = payload.documents as { name: string; title: string | null }[];
      return {
        added: documents.map((d) => ({ ...MINE, id: 'user-pasted-2', title: d.title ?? d.name })),
        rejected: [],
      };
    };
    const root = await mount(<CorpusView />);
    await settle();
    const input = await pick(root, [
      new File([], 'empty.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0x41, 0x00, 0x42])], 'binary.txt', { type: 'text/plain' }),
    ]);
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual([
      'empty.txt: is empty',
      'binary.txt: is binary (contains NUL bytes), not a text file',
    ]);
    // Both were refused by the page itself; the file input is empty again.
    expect(input.value).toBe('');
    expect(($(root, '[data-testid="add-submit"]') as HTMLButtonElement).disabled).toBe(true);
    await click($(root, '.paste summary'));
    await type($(root, '.paste input[type="text"]'), 'Pasted 2');
    await type($(root, '[data-testid="add-text"]'), 'The floods in Riverton killed 412 people.');
    await submit(root);
    expect(
      fake.callsOf('addDocuments').map((c) => (c.payload.documents as { name: string }[]).map((d) => d.name)),
    ).toEqual([['Pasted 2']]);
    expect($(root, '[data-testid="add-result"]').textContent).toBe('Added 1 document: Pasted 2.');
    expect(root.querySelector('[data-testid="add-errors"]')).toBeNull();
  });

  it('keeps the picked files when the worker could not be reached, so sending again adds them', async () => {
    fake.worker.addDocuments = () => {
      throw new Error('the worker is gone');
    };
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [new File(['The floods in Riverton killed 412 people.'], 'riverton.txt')]);
    await submit(root);
    await submit(root);
    expect(fake.callsOf('addDocuments')).toHaveLength(2);
  });

  it('names up to ten added documents in full', async () => {
    fake.worker.addDocuments = (payload): AddDocumentsReply => ({
      added: (payload.documents as { name: string }[]).map((d) => ({ ...MINE, id: d.name, title: d.name })),
      rejected: [],
    });
    const root = await mount(<CorpusView />);
    await settle();
    await pick(
      root,
      Array.from({ length: 10 }, (_, i) => new File([`Report ${i}.`], `r${i}.txt`)),
    );
    await submit(root);
    expect($(root, '[data-testid="add-result"]').textContent).toBe(
      'Added 10 documents: r0.txt, r1.txt, r2.txt, r3.txt, r4.txt, r5.txt, r6.txt, r7.txt, r8.txt and r9.txt.',
    );
  });

  it('says once why many files were refused for the same reason, and each other reason by its file', async () => {
    const total = 'cannot be added: your documents would pass 1,000,000 characters';
    fake.worker.addDocuments = (payload): AddDocumentsReply => ({
      added: [],
      rejected: (payload.documents as { name: string }[]).map((d) => ({
        name: d.name,
        reason: d.name === 'riverton.txt' ? 'is already in the corpus' : total,
      })),
    });
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [
      new File([new Uint8Array([0xff, 0xd8, 0x00, 0x10])], 'photo.txt'),
      new File(['The floods in Riverton killed 412 people.'], 'riverton.txt'),
      ...Array.from({ length: 70 }, (_, i) => new File([`Report ${i}.`], `r${i}.txt`)),
    ]);
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual([
      'photo.txt: is binary (contains NUL bytes), not a text file',
      'riverton.txt: is already in the corpus',
      `70 files ${total} (r0.txt, r1.txt, r2.txt and 67 more)`,
    ]);
  });

  it('counts the documents answered while a many-request add is under way, and announces it once', async () => {
    const answers: (() => void)[] = [];
    fake.worker.addDocuments = (payload) =>
      new Promise<AddDocumentsReply>((resolve) =>
        answers.push(() =>
          resolve({
            added: (payload.documents as { name: string }[]).map((d) => ({
              ...MINE,
              id: d.name,
              title: d.name,
            })),
            rejected: [],
          }),
        ),
      );
    const root = await mount(<CorpusView />);
    await settle();
    const total = MAX_NEW_DOCUMENTS * 2 + 7;
    await pick(
      root,
      Array.from({ length: total }, (_, i) => new File([`Report ${i}.`], `r${i}.txt`)),
    );
    await submit(root);
    // Looked up each time: the form is rendered afresh once the documents are added.
    const button = () => $(root, '[data-testid="add-submit"]');
    const seen: { button: string | null; status: string | null }[] = [];
    const look = () =>
      seen.push({ button: button().textContent, status: $(root, '[data-testid="add-result"]').textContent });
    look();
    // The count is out of the button's accessible name, which a screen reader would otherwise read at every step.
    expect(button().querySelector('[aria-hidden="true"]')?.textContent).toBe(` 0 of ${total}`);
    for (let i = 0; i < 3; i++) {
      answers.shift()?.();
      await settle();
      look();
    }
    expect(seen).toEqual([
      { button: `Adding… 0 of ${total}`, status: `Adding ${total} documents…` },
      { button: `Adding… ${MAX_NEW_DOCUMENTS} of ${total}`, status: `Adding ${total} documents…` },
      { button: `Adding… ${MAX_NEW_DOCUMENTS * 2} of ${total}`, status: `Adding ${total} documents…` },
      {
        button: 'Add to the corpus',
        status: expect.stringMatching(new RegExp(`^Added ${total} documents:`)),
      },
    ]);
  });

  it.each<[string, number, string, string | null, string]>([
    ['one file', 1, '', null, 'About the source (optional; leave blank when unknown)'],
    ['a pasted text', 0, 'Some text.', null, 'About the source (optional; leave blank when unknown)'],
    [
      'forty files',
      40,
      '',
      'These apply to all 40 files you picked; add files from different outlets separately.',
      'About the source, the same for every document added (optional; leave blank when unknown)',
    ],
    [
      'a file and a pasted text',
      1,
      'Some text.',
      'These apply to all 2 documents, the file you picked and the pasted text; add documents from different outlets separately.',
      'About the source, the same for every document added (optional; leave blank when unknown)',
    ],
    [
      'three files and a pasted text',
      3,
      'Some text.',
      'These apply to all 4 documents, the 3 files you picked and the pasted text; add documents from different outlets separately.',
      'About the source, the same for every document added (optional; leave blank when unknown)',
    ],
  ])('%s: says whether the source fields apply to each document', async (_name, n, text, note, legend) => {
    const root = await mount(<CorpusView />);
    await settle();
    await pick(
      root,
      Array.from({ length: n }, (_, i) => new File([`Report ${i}.`], `r${i}.txt`)),
    );
    if (text !== '') await type($(root, '[data-testid="add-text"]'), text);
    expect($(root, '.source-fields legend').textContent).toBe(legend);
    const shown = root.querySelector('[data-testid="add-source-note"]');
    expect(shown?.textContent ?? null).toBe(note);
    // Each field says it too, as a screen reader moves into it.
    const described = $(root, '[data-testid="add-outlet"]').getAttribute('aria-describedby');
    expect(described).toBe(shown === null ? null : shown.id);
  });

  it('refuses a file too long to add by itself, naming it, and still adds the files picked with it', async () => {
    const sent: string[] = [];
    fake.worker.addDocuments = (payload): AddDocumentsReply => {
      const documents = payload.documents as { name: string }[];
      sent.push(...documents.map((d) => d.name));
      return { added: documents.map((d) => ({ ...MINE, id: d.name, title: d.name })), rejected: [] };
    };
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [
      new File(['The flood killed 412 people.'], 'flood.txt'),
      new File(['x '.repeat(400_000)], 'long.txt'),
      new File(['The storm killed 12 people.'], 'storm.txt'),
    ]);
    await submit(root);
    expect(sent).toEqual(['flood.txt', 'storm.txt']);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual([
      'long.txt: is too long (800,000 characters; at most 300,000)',
    ]);
  });

  it('reads a saved web page’s article, with the title, outlet and date the page states', async () => {
    const body = Array.from(
      { length: 12 },
      (_, i) => `<p>Paragraph ${i}: the wildfire burned 40,000 acres of forest and shrub near the town.</p>`,
    ).join('');
    const html =
      '<!doctype html><html><head><title>Wildfire burns 40,000 acres | Valley Herald</title>' +
      '<meta property="og:site_name" content="Valley Herald">' +
      '<meta property="article:published_time" content="2026-08-02T10:00:00Z">' +
      `<script>var views = 123456;</script></head><body><article><h1>Wildfire burns 40,000 acres</h1>${body}` +
      '</article></body></html>';
    const read = await readPickedFiles(
      [new File([html], 'wildfire.html'), new File(['<html><body><p>Hi</p></body></html>'], 'empty.htm')],
      BLANK_FIELDS,
    );
    expect(read.rejected).toEqual([
      { name: 'empty.htm', reason: 'is a web page with no article in it to add' },
    ]);
    const [page] = read.documents;
    expect(page).toMatchObject({
      name: 'Wildfire burns 40,000 acres',
      outlet: 'Valley Herald',
      date: '2026-08-02',
    });
    expect(page?.text).toContain('burned 40,000 acres');
    expect(page?.text).not.toMatch(/<|views/);
  });

  it('refuses a saved web page too large to read, naming its size, without parsing it', async () => {
    const html = `<!doctype html><html><body><p>${'x'.repeat(MAX_PAGE_SOURCE_CHARS)}</p></body></html>`;
    const read = await readPickedFiles([new File([html], 'huge.html')], BLANK_FIELDS);
    expect(read.documents).toEqual([]);
    expect(read.rejected).toEqual([
      {
        name: 'huge.html',
        reason: `is a web page too large to read (${html.length.toLocaleString('en-US')} characters; at most 5,000,000)`,
      },
    ]);
  });

  it('says by the date field what a blank date does, and ties the words to the field', async () => {
    const root = await mount(<CorpusView />);
    await settle();
    const hint = $(root, '[data-testid="add-date-hint"]');
    expect(hint.textContent).toMatch(/^The date tells an older count from a newer one/);
    expect($(root, '[data-testid="add-date"]').getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('reads picked files, refusing the ones that are not UTF-8 text, each by name', async () => {
    const files = [
      new File(['The floods in Riverton killed 412 people.'], 'riverton.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])], 'archive.txt'),
      new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt'),
    ];
    const read = await readPickedFiles(files, { outlet: 'Valley Herald', date: '2026-11-03', url: '' });
    expect(read.documents).toEqual([
      {
        name: 'riverton.txt',
        text: 'The floods in Riverton killed 412 people.',
        title: null,
        outlet: 'Valley Herald',
        date: '2026-11-03',
        url: null,
      },
    ]);
    expect(read.rejected).toEqual([
      { name: 'archive.txt', reason: 'is binary (contains NUL bytes), not a text file' },
      { name: 'latin1.txt', reason: 'is not valid UTF-8; re-save it as UTF-8' },
    ]);
  });
});

describe('a Claim Lens export picked in the add form', () => {
  const exported = documentsExport(
    [
      {
        id: 'user-riverton',
        name: 'riverton.txt',
        text: 'The floods in Riverton killed 412 people.',
        outlet: 'Valley Herald',
        title: 'Floods in Riverton',
        date: '2016-03-01',
        url: null,
        added: '2026-11-01T09:00:00.000Z',
      },
    ],
    new Date('2026-11-20T00:00:00Z'),
  );

  it('gives its documents with the sources saved in it, not the form’s, and names the entries it cannot read', async () => {
    const withBad = JSON.stringify({
      ...JSON.parse(exported),
      documents: [...JSON.parse(exported).documents, {}],
    });
    const read = await readPickedFiles(
      [new File([withBad], 'claim-lens-documents-2026-11-20.json'), new File(['{"a": 1}'], 'package.json')],
      { outlet: 'Typed Outlet', date: '2026-11-03', url: '' },
    );
    expect(read.documents).toEqual([
      {
        name: 'riverton.txt',
        text: 'The floods in Riverton killed 412 people.',
        title: 'Floods in Riverton',
        outlet: 'Valley Herald',
        date: '2016-03-01',
        url: null,
        added: '2026-11-01T09:00:00.000Z',
      },
    ]);
    expect(read.rejected).toEqual([
      {
        name: 'claim-lens-documents-2026-11-20.json',
        reason: 'has 1 entry that is not a document (left out)',
      },
      { name: 'package.json', reason: 'is not a Claim Lens export of documents' },
    ]);
  });

  it('says when an export holds no documents', async () => {
    const empty = JSON.stringify({ ...JSON.parse(exported), documents: [] });
    const read = await readPickedFiles(
      [new File([empty], 'claim-lens-documents-2026-11-21.json')],
      BLANK_FIELDS,
    );
    expect(read).toEqual({
      documents: [],
      rejected: [{ name: 'claim-lens-documents-2026-11-21.json', reason: 'contains no documents' }],
      fromExport: new Map(),
    });
  });

  it('speaks of the documents in the export picked again, not of files, and takes it down once they are removed', async () => {
    const TWO = 'claim-lens-documents-2026-11-22.json';
    const second = { ...MINE, id: 'user-ferry', title: 'Ferry carried 412', outlet: null };
    const both = documentsExport(
      [
        {
          id: MINE.id,
          name: 'riverton.txt',
          text: 'The floods in Riverton killed 412 people.',
          outlet: 'Valley Herald',
          title: 'Floods in Riverton',
          date: '2016-03-01',
          url: null,
          added: '2026-11-01T09:00:00.000Z',
        },
        {
          id: second.id,
          name: 'ferry.txt',
          text: 'The ferry carried 412 passengers.',
          outlet: null,
          title: 'Ferry carried 412',
          date: null,
          url: null,
          added: '2026-11-02T09:00:00.000Z',
        },
      ],
      new Date('2026-11-22T00:00:00Z'),
    );
    corpus = {
      ...CORPUS,
      documents: [...CORPUS.documents, MINE, second],
      userDocuments: [MINE.id, second.id],
    };
    fake.worker.addDocuments = (payload): AddDocumentsReply => ({
      added: [],
      rejected: (payload.documents as { name: string }[]).map((d) => ({
        name: d.name,
        reason: 'is already in the corpus',
      })),
    });
    fake.worker.removeDocument = (payload) => {
      corpus = {
        ...corpus,
        documents: corpus.documents.filter((d) => d.id !== payload.id),
        userDocuments: corpus.userDocuments.filter((id) => id !== payload.id),
      };
      return { removed: true };
    };
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [new File([both], TWO)]);
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual([
      `Both documents in ${TWO} are already in the corpus`,
    ]);
    // No longer true once one of them is gone: the line does not stay to say it.
    await click($(root, 'button.remove'));
    await settle();
    expect(fake.callsOf('removeDocument')).toHaveLength(1);
    expect(root.querySelector('[data-testid="add-errors"]')).toBeNull();
  });

  it('says the form’s fields are not for it, and counts only text files in the shared-fields note', async () => {
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [new File([exported], 'backup.json'), new File(['A text.'], 'a.txt')]);
    expect(root.querySelector('[data-testid="add-export-note"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="add-source-note"]')).toBeNull();
    await pick(root, [new File(['A text.'], 'a.txt')]);
    expect(root.querySelector('[data-testid="add-export-note"]')).toBeNull();
  });
});

describe('exporting the user’s documents', () => {
  const STORED: UserDocument = {
    id: 'user-riverton',
    name: 'riverton.txt',
    text: 'The floods in Riverton killed 412 people.',
    outlet: 'Valley Herald',
    title: 'Floods in Riverton',
    date: null,
    url: null,
    added: '2026-11-01T09:00:00.000Z',
  };
  let saved: string[];
  let blobs: Blob[];
  beforeEach(() => {
    corpus = { ...CORPUS, documents: [...CORPUS.documents, MINE], userDocuments: [MINE.id] };
    saved = [];
    blobs = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:claim-lens-test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('is offered only when the user has documents', async () => {
    corpus = CORPUS;
    const root = await mount(<CorpusView />);
    await settle();
    expect(root.querySelector('[data-testid="export-documents"]')).toBeNull();
  });

  it('saves a file the add form reads back as the same documents, and says how many', async () => {
    fake.worker.exportDocuments = () => ({ documents: [STORED], unreadable: 1 });
    const root = await mount(<CorpusView />);
    await settle();
    expect($(root, '[data-testid="export-documents"] p.muted').textContent).toBe(
      'The 1 document you added is kept in this browser only. Save a copy to a file; adding that file above ' +
        'brings it back, here or in another browser.',
    );
    await click($(root, '[data-testid="export-submit"]'));
    await settle();
    expect(saved).toEqual([expect.stringMatching(/^claim-lens-documents-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(blobs).toHaveLength(1);
    expect(
      readDocumentsExport('x.json', await blobs[0]!.text()).documents.map((d) => [d.name, d.text, d.outlet]),
    ).toEqual([['riverton.txt', STORED.text, 'Valley Herald']]);
    expect($(root, '[data-testid="export-result"]').textContent).toMatch(
      /^Saved 1 document as claim-lens-documents-.*\.json\. 1 stored entry could not be read as a document and is not in it\.$/,
    );
  });

  it('saves nothing and says why when the worker cannot read the documents', async () => {
    fake.worker.exportDocuments = () => {
      throw new Error('your documents could not be read from storage: quota');
    };
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, '[data-testid="export-submit"]'));
    await settle();
    expect(saved).toEqual([]);
    expect($(root, '[data-testid="export-result"].error').textContent).toBe(
      'Your documents could not be exported: your documents could not be read from storage: quota',
    );
  });
});

describe('the user documents in the corpus view', () => {
  beforeEach(() => {
    corpus = {
      ...CORPUS,
      documents: [...CORPUS.documents, MINE],
      userDocuments: [MINE.id],
      userProblems: ['1 stored document(s) could not be read; they are kept as they are'],
    };
    fake.worker.removeDocument = () => {
      corpus = { ...CORPUS };
      return { removed: true };
    };
  });

  it('offers Remove only for the user’s documents, and says what was left out', async () => {
    const root = await mount(<CorpusView />);
    await settle();
    expect([...root.querySelectorAll('button.remove')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove Floods in Riverton',
    ]);
    expect(texts(root, '[data-testid="user-problems"] li')).toEqual([
      'Left out of the corpus: 1 stored document(s) could not be read; they are kept as they are',
    ]);
  });

  it('takes down “already in the corpus” once that document is removed: it is no longer true', async () => {
    fake.worker.addDocuments = (): AddDocumentsReply => ({
      added: [],
      rejected: [{ name: 'riverton.txt', reason: 'is already in the corpus' }],
    });
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    await pick(root, [new File(['The floods in Riverton killed 412 people.'], 'riverton.txt')]);
    await submit(root);
    expect(texts(root, '[data-testid="add-errors"] li')).toEqual(['riverton.txt: is already in the corpus']);
    await click($(root, 'button.remove'));
    await settle();
    expect(fake.callsOf('removeDocument')).toHaveLength(1);
    expect(root.querySelector('[data-testid="add-errors"]')).toBeNull();
  });

  it('removes a document only once the user confirms', async () => {
    const answers = [false, true];
    vi.stubGlobal('confirm', () => answers.shift());
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, 'button.remove'));
    expect(fake.callsOf('removeDocument')).toEqual([]);
    await click($(root, 'button.remove'));
    expect(fake.callsOf('removeDocument').map((c) => c.payload)).toEqual([{ id: 'user-riverton' }]);
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('3 documents');
    expect(root.querySelector('button.remove')).toBeNull();
  });

  it('gives focus to the corpus heading when the last document the user added is removed', async () => {
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    $(root, 'button.remove').focus();
    await click($(root, 'button.remove'));
    expect(root.querySelector('button.remove')).toBeNull();
    expect(document.activeElement).toBe($(root, '[data-testid="corpus-count"]'));
  });

  it('shows a removal under way on its row, then hands focus to the next document’s Remove button', async () => {
    const OTHER: DocumentInfo = { ...MINE, id: 'user-other', title: 'Other report' };
    corpus = { ...CORPUS, documents: [...CORPUS.documents, MINE, OTHER], userDocuments: [MINE.id, OTHER.id] };
    let answer: () => void = () => undefined;
    fake.worker.removeDocument = () =>
      new Promise((resolve) => {
        answer = () => {
          corpus = { ...CORPUS, documents: [...CORPUS.documents, OTHER], userDocuments: [OTHER.id] };
          resolve({ removed: true });
        };
      });
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    const row = (id: string) => $(root, `tr[data-doc="${id}"] button.remove`) as HTMLButtonElement;
    row(MINE.id).focus();
    await click(row(MINE.id));
    expect([
      row(MINE.id).textContent,
      row(MINE.id).disabled,
      row(MINE.id).getAttribute('aria-label'),
    ]).toEqual(['Removing…', true, 'Removing Floods in Riverton']);
    // Only that row waits; a second click on it sends nothing more.
    expect([row(OTHER.id).textContent, row(OTHER.id).disabled]).toEqual(['Remove', false]);
    await click(row(MINE.id));
    expect(fake.callsOf('removeDocument')).toHaveLength(1);
    answer();
    await settle();
    expect(root.querySelector(`tr[data-doc="${MINE.id}"]`)).toBeNull();
    expect(document.activeElement).toBe(row(OTHER.id));
  });

  it('says so when a removal fails, and keeps the document listed with its Remove button back', async () => {
    vi.stubGlobal('confirm', () => true);
    fake.worker.removeDocument = () => {
      throw new Error('storage is unavailable');
    };
    const root = await mount(<CorpusView />);
    await settle();
    await click($(root, 'button.remove'));
    expect(texts(root, 'p.error[role="alert"]')).toEqual([
      '"Floods in Riverton" could not be removed: storage is unavailable',
    ]);
    const button = $(root, 'button.remove') as HTMLButtonElement;
    expect([button.textContent, button.disabled]).toEqual(['Remove', false]);
  });
});
