// @vitest-environment happy-dom
/**
 * "Add this page to your documents" in the popup, against a fake browser: the page asked for its HTML, the
 * preview, the one document sent on "Add", the outcome in words (added, or refused with the worker's reason),
 * cancelling, a page with no article or too large, and where it cannot run.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { withSite } from '../../src/shared/settings';
import type { AddDocumentsReply, CorpusInfo, PageSource } from '../../src/shared/messages';
import { fake } from './fake-ext';
import { CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, mount, settle, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

const URL = 'https://www.dailyledger.example/world/truce#top';
const OPENING =
  'The war in Syria has now claimed more than 280,000 lives, according to United Nations estimates, since the government crushed protests in March 2011.';
const PARAGRAPHS = [
  OPENING,
  'A truce brokered by Washington and Moscow has officially held since February 27, although fighting has flared again around Aleppo.',
  'Close to 600,000 Syrians live in besieged areas, the UN says, and Damascus has granted preliminary aid access to 15 of the 18 besieged areas.',
  'Speaking in Oslo, John Kerry said: “Russia needs to understand that our patience is not infinite.”',
];
const ARTICLE_HTML = `<html><head><title>Syria’s fragile truce | The Daily Ledger</title>
  <meta property="og:site_name" content="The Daily Ledger"></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
  <article><h1>Syria’s fragile truce</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
  <footer>© The Daily Ledger</footer></body></html>`;
const TEXT = PARAGRAPHS.join('\n\n');

let source: PageSource;
let corpus: CorpusInfo;
let reply: AddDocumentsReply;

beforeEach(() => {
  fake.reset();
  source = { kind: 'page', url: URL, html: ARTICLE_HTML, published: '2016-06-16' };
  corpus = CORPUS;
  reply = {
    added: [
      {
        id: 'user-syria-s-fragile-truce',
        title: 'Syria’s fragile truce',
        outlet: 'The Daily Ledger',
        date: '2016-06-16',
        url: null,
      },
    ],
    rejected: [],
  };
  fake.tab.getTabState = () => tabState();
  fake.tab.getPageSource = () => source;
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => corpus;
  fake.worker.addDocuments = () => {
    // The worker answers once the document is indexed: the corpus holds it from then on.
    corpus = { ...CORPUS, documents: [...CORPUS.documents, ...reply.added] };
    return reply;
  };
});
afterEach(unmountAll);

async function open(search = ''): Promise<HTMLElement> {
  const root = await mount(<App target={readTarget(search, '')} />);
  await settle();
  return root;
}

const start = (root: HTMLElement) => $(root, '[data-testid="add-page-start"]') as HTMLButtonElement;
const titleBox = (root: HTMLElement) => $(root, '[data-testid="add-page-title"]') as HTMLInputElement;
const sentDocuments = () =>
  fake.callsOf('addDocuments').flatMap((c) => c.payload.documents as Record<string, unknown>[]);

/** Types `text` into the preview's title box, replacing what it held. */
async function typeTitle(root: HTMLElement, text: string): Promise<void> {
  await act(() => {
    const box = titleBox(root);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const status = (root: HTMLElement) => $(root, '[data-testid="add-page-status"]').textContent;

/**
 * Presses "Add this page to your documents" and waits until the page is read: the first press loads the reader
 * (a dynamic import, which vitest transforms on first use).
 */
async function preview(root: HTMLElement): Promise<void> {
  await click(start(root));
  for (let i = 0; i < 100 && status(root) === 'Reading the page…'; i++) await settle(20);
}

describe('adding the page to your documents', () => {
  it('offers a labelled button in the footer, under the corpus’s size', async () => {
    const root = await open();
    const button = start(root);
    expect(button.textContent).toBe('Add this page to your documents');
    expect(button.disabled).toBe(false);
    expect(root.querySelector('footer .corpus-line + [data-testid="add-page"]')).not.toBeNull();
    // Nothing is read before the reader asks.
    expect(fake.callsOf('getPageSource')).toEqual([]);
  });

  it('shows what will be added, then sends exactly one document with the article’s text and source', async () => {
    const root = await open();
    await preview(root);
    expect(status(root)).toBe('');
    expect(fake.callsOf('getPageSource')).toEqual([{ type: 'getPageSource', payload: {}, tabId: 7 }]);
    const title = titleBox(root);
    expect(title.value).toBe('Syria’s fragile truce');
    expect(root.querySelector(`label[for="${title.id}"]`)?.textContent).toBe('Title');
    expect($(root, '[data-testid="add-page-facts"]').textContent).toBe(
      `The Daily Ledger · 16 June 2016 · ${TEXT.split(/\s+/).length} words`,
    );
    expect($(root, '[data-testid="add-page-opening"]').textContent).toBe(OPENING);
    // Focus is on the add button: a second press (or Enter) adds.
    const confirm = $(root, '[data-testid="add-page-confirm"]');
    expect(document.activeElement).toBe(confirm);
    expect(confirm.textContent).toBe('Add to my documents');
    expect(fake.callsOf('addDocuments')).toEqual([]);

    await click(confirm);
    await settle();
    expect(fake.callsOf('addDocuments').map((c) => c.payload)).toEqual([
      {
        documents: [
          {
            name: 'Syria’s fragile truce',
            text: TEXT,
            title: 'Syria’s fragile truce',
            outlet: 'The Daily Ledger',
            date: '2016-06-16',
            url: 'https://www.dailyledger.example/world/truce',
          },
        ],
      },
    ]);
    expect(status(root)).toBe('Added “Syria’s fragile truce” to your documents.');
    expect(root.querySelector('[data-testid="add-page-preview"]')).toBeNull();
    // The corpus's size is asked again and shows the new document.
    expect(fake.callsOf('getCorpusInfo')).toHaveLength(2);
    expect($(root, '[data-testid="corpus-size"]').textContent).toMatch(
      new RegExp(`^${CORPUS.documents.length + 1} documents in the corpus`),
    );
    expect(document.activeElement).toBe(start(root));
  });

  it('keeps the count after an add when the disagreements of the load before it come late', async () => {
    let late: (value: CorpusInfo) => void = () => undefined;
    fake.worker.getCorpusInfo = (payload) =>
      payload.waitForDisagreements === true
        ? new Promise((resolve) => (late = resolve))
        : { ...corpus, disagreements: corpus === CORPUS ? null : corpus.disagreements };
    const root = await open();
    expect($(root, '[data-testid="corpus-size"]').textContent).toBe('3 documents in the corpus');
    await preview(root);
    await click($(root, '[data-testid="add-page-confirm"]'));
    await settle();
    expect($(root, '[data-testid="corpus-size"]').textContent).toMatch(/^4 documents in the corpus · 1 fact/);
    late(CORPUS); // the first load's second answer, from before the add
    await settle();
    expect($(root, '[data-testid="corpus-size"]').textContent).toMatch(/^4 documents in the corpus · 1 fact/);
  });

  it('adds the page under the title the reader corrected, spaces tidied', async () => {
    const root = await open();
    await preview(root);
    await typeTitle(root, '  Syria’s   fragile truce:  what we know ');
    expect(root.querySelector('[data-testid="add-page-untitled"]')).toBeNull();
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(sentDocuments()).toEqual([
      expect.objectContaining({
        name: 'Syria’s fragile truce: what we know',
        title: 'Syria’s fragile truce: what we know',
        outlet: 'The Daily Ledger',
      }),
    ]);
  });

  it('adds on Enter in the title box, as on the add button', async () => {
    const root = await open();
    await preview(root);
    await typeTitle(root, 'A truce that held');
    await act(() => {
      (titleBox(root).form as HTMLFormElement).requestSubmit();
    });
    await settle();
    expect(sentDocuments().map((d) => d.title)).toEqual(['A truce that held']);
  });

  it('takes an emptied title box as no title: the preview says it will be listed as its outlet, and it is', async () => {
    const root = await open();
    await preview(root);
    await typeTitle(root, '   ');
    const note = $(root, '[data-testid="add-page-untitled"]');
    expect(note.textContent).toBe('No title: it will be listed as The Daily Ledger.');
    expect(titleBox(root).getAttribute('aria-describedby')).toBe(note.id);
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(sentDocuments()).toEqual([
      expect.objectContaining({ name: 'The Daily Ledger', title: null, outlet: 'The Daily Ledger' }),
    ]);
  });

  it('adds the outlet the reader types (a page seldom names its own where it can be read)', async () => {
    const root = await open();
    await preview(root);
    const outlet = $(root, '[data-testid="add-page-outlet"]') as HTMLInputElement;
    expect(outlet.value).toBe('The Daily Ledger');
    expect(root.querySelector(`label[for="${outlet.id}"]`)?.textContent).toBe('Outlet');
    await act(() => {
      outlet.value = '  Northern   Courier ';
      outlet.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($(root, '[data-testid="add-page-facts"]').textContent).toMatch(/^Northern Courier · /);
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(sentDocuments()).toEqual([expect.objectContaining({ outlet: 'Northern Courier' })]);
  });

  it('opens the preview again with the title read from the page, not one typed and cancelled', async () => {
    const root = await open();
    await preview(root);
    await typeTitle(root, 'Something else');
    await click(root.querySelector('[data-testid="add-page-cancel"]'));
    await preview(root);
    expect(titleBox(root).value).toBe('Syria’s fragile truce');
  });

  it('sends one document however quickly the buttons are pressed twice', async () => {
    const root = await open();
    await act(() => {
      start(root).click();
      start(root).click();
    });
    for (let i = 0; i < 100 && status(root) === 'Reading the page…'; i++) await settle(20);
    expect(fake.callsOf('getPageSource')).toHaveLength(1);
    const confirm = $(root, '[data-testid="add-page-confirm"]');
    await act(() => {
      confirm.click();
      confirm.click();
    });
    await settle();
    expect(fake.callsOf('addDocuments')).toHaveLength(1);
    expect(status(root)).toBe('Added “Syria’s fragile truce” to your documents.');
  });

  describe('a page already in your documents', () => {
    /** The page as added a week before: under a shared link's address, over http, without www. */
    const stored = (text: string) => ({
      id: 'user-syria-s-fragile-truce',
      name: 'Syria’s fragile truce',
      text,
      title: 'Syria’s fragile truce',
      outlet: 'The Daily Ledger',
      date: '2016-06-16',
      url: 'http://dailyledger.example/world/truce/?utm_source=share',
      added: '2026-11-14T10:00:00.000Z',
    });

    it('says so on the first press, with its title and day, and offers no preview or add', async () => {
      fake.worker.exportDocuments = () => ({ documents: [stored(TEXT)], unreadable: 0 });
      const root = await open();
      await preview(root);
      expect(status(root)).toBe(
        'This page is already in your documents: you added it as “Syria’s fragile truce” on 14 November 2026.',
      );
      expect($(root, '[data-testid="add-page-status"]').classList.contains('error')).toBe(false);
      expect(root.querySelector('[data-testid="add-page-preview"]')).toBeNull();
      expect(root.querySelector('[data-testid="add-page-confirm"]')).toBeNull();
      // Nothing to replace: the page reads as it did.
      expect(root.querySelector('[data-testid="add-page-options"]')).toBeNull();
      expect(fake.callsOf('addDocuments')).toEqual([]);
    });

    it('says when the page now reads differently, and how to keep this version, without removing anything', async () => {
      fake.worker.exportDocuments = () => ({
        documents: [stored('An older version of the article.')],
        unreadable: 0,
      });
      const root = await open();
      await preview(root);
      expect(status(root)).toBe(
        'This page is already in your documents: you added it as “Syria’s fragile truce” on 14 November 2026. The page now reads differently; to keep this version instead, remove that one in Options, then add the page again.',
      );
      expect(root.querySelector('[data-testid="add-page-preview"]')).toBeNull();
      await click(root.querySelector('[data-testid="add-page-options"]'));
      expect(fake.optionsOpened).toBe(1);
      expect(fake.callsOf('addDocuments')).toEqual([]);
      expect(fake.callsOf('removeDocument')).toEqual([]);
    });

    it('previews a page at another address, and one whose documents cannot be read (the worker still checks)', async () => {
      fake.worker.exportDocuments = () => ({
        documents: [{ ...stored(TEXT), url: 'https://dailyledger.example/world/truce?id=2' }],
        unreadable: 0,
      });
      const root = await open();
      await preview(root);
      expect(root.querySelector('[data-testid="add-page-preview"]')).not.toBeNull();
      await click(root.querySelector('[data-testid="add-page-cancel"]'));
      fake.worker.exportDocuments = () => {
        throw new Error('storage cannot be read');
      };
      await preview(root);
      expect(root.querySelector('[data-testid="add-page-preview"]')).not.toBeNull();
    });
  });

  it('says why the worker refused the page, in its words', async () => {
    reply = { added: [], rejected: [{ name: 'Syria’s fragile truce', reason: 'is already in the corpus' }] };
    const root = await open();
    await preview(root);
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(fake.callsOf('addDocuments')).toHaveLength(1);
    expect(status(root)).toBe('This page was not added: it is already in the corpus.');
    expect($(root, '[data-testid="add-page-status"]').classList.contains('error')).toBe(true);
    expect(fake.callsOf('getCorpusInfo')).toHaveLength(1);
  });

  it('says so when the add itself fails', async () => {
    fake.worker.addDocuments = () => {
      throw new Error('storage is full');
    };
    const root = await open();
    await preview(root);
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(status(root)).toBe('This page could not be added: storage is full');
  });

  it('adds nothing on Cancel, and gives focus back to the button', async () => {
    const root = await open();
    await preview(root);
    await click(root.querySelector('[data-testid="add-page-cancel"]'));
    expect(root.querySelector('[data-testid="add-page-preview"]')).toBeNull();
    expect(fake.callsOf('addDocuments')).toEqual([]);
    expect(status(root)).toBe('');
    expect(document.activeElement).toBe(start(root));
  });

  it('names the date unknown when the page gives none', async () => {
    source = { kind: 'page', url: URL, html: ARTICLE_HTML, published: null };
    const root = await open();
    await preview(root);
    expect($(root, '[data-testid="add-page-facts"]').textContent).toMatch(
      /^The Daily Ledger · date unknown · /,
    );
  });

  it('names the outlet unknown for a page served from an IP address, not the address, and sends it as unknown', async () => {
    source = {
      kind: 'page',
      url: 'http://127.0.0.1:8765/truce.html',
      html: ARTICLE_HTML.replace('<meta property="og:site_name" content="The Daily Ledger">', ''),
      published: null,
    };
    const root = await open();
    await preview(root);
    expect($(root, '[data-testid="add-page-facts"]').textContent).toMatch(
      /^unknown outlet · date unknown · /,
    );
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(sentDocuments()).toEqual([
      expect.objectContaining({ outlet: null, title: 'Syria’s fragile truce' }),
    ]);
  });

  it('says plainly that a page without an article has nothing to add, and offers no preview', async () => {
    source = {
      kind: 'page',
      url: URL,
      html: '<html><body><nav><a href="/">Home</a></nav><p>Sign in to read more.</p></body></html>',
      published: null,
    };
    const root = await open();
    await preview(root);
    expect(root.querySelector('[data-testid="add-page-preview"]')).toBeNull();
    expect(status(root)).toMatch(/^Claim Lens found no article on this page.*nothing to add\.$/);
    expect(fake.callsOf('addDocuments')).toEqual([]);
  });

  it('says a page too large to send is too large, with its size', async () => {
    source = { kind: 'too-large', url: URL, chars: 12_345_678 };
    const root = await open();
    await preview(root);
    expect(status(root)).toBe(
      'This page is too large to add (12.3 million characters of HTML; at most 5 million).',
    );
    expect(fake.callsOf('addDocuments')).toEqual([]);
  });

  it('adds a page on a site switched off: the content script still answers, and the reader asked', async () => {
    fake.tab.getTabState = () => tabState({ off: 'site-off', claims: [] });
    fake.worker.getSettings = () => withSite(settingsWith(), 'news.example', false);
    const root = await open();
    expect($(root, '[data-testid="status"]').textContent).toBe('Claim Lens is off on this site');
    expect(start(root).disabled).toBe(false);
    await preview(root);
    await click(root.querySelector('[data-testid="add-page-confirm"]'));
    await settle();
    expect(fake.callsOf('addDocuments')).toHaveLength(1);
  });

  it('is disabled, with the reason, where Claim Lens cannot read the page', async () => {
    fake.tabUnreachable = true;
    const root = await open();
    const button = start(root);
    expect(button.disabled).toBe(true);
    const note = $(root, '[data-testid="add-page-unavailable"]');
    expect(note.textContent).toBe('Claim Lens can’t read this page, so it can’t be added.');
    expect(button.getAttribute('aria-describedby')).toBe(note.id);
  });

  it('says the page could not be got when its content script does not answer the request', async () => {
    delete fake.tab.getPageSource;
    const root = await open();
    await preview(root);
    expect(status(root)).toMatch(
      /^Claim Lens could not get this page from its tab \(.+\)\. Reloading the page may help\.$/,
    );
  });
});
