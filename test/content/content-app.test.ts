// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppPorts } from '../../src/content/app-ports';
import { ContentApp } from '../../src/content/content-app';
import { MARK_TAG } from '../../src/content/highlighter';
import { CARD_TAG } from '../../src/content/card/card-host';
import type { FoundClaim } from '../../src/content/found-claim';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import type { ScannedClaim } from '../../src/core/types';
import { SCAN_LIMITS } from '../../src/shared/messages';
import { markup, match, quantityClaim, result, setBody } from './fixtures';
import { rangesHaveABox } from './range-box';

/** The content script's cheap test: here, any digit. */
const prefilter = (text: string) => /\d/.test(text);

/** A stand-in worker: every figure is a claim; the "corpus" knows figures of `known` (1,000) and more. */
function fakeScan(text: string, known = 1000): ScannedClaim[] {
  return [...text.matchAll(/\d[\d,]*/g)].flatMap((m) => {
    const nominal = Number(m[0].replace(/,/g, ''));
    if (nominal < known) return [];
    return [
      {
        claim: quantityClaim(m[0], nominal, m.index),
        result: result([match(nominal === 250000 ? 'conflicts' : 'agrees')]),
      },
    ];
  });
}

function fakePorts(settings: Settings = defaultSettings()) {
  const log = {
    badges: [] as number[],
    sent: [] as string[][],
    /** Per request, the date it was read against and whether it is the page's own. */
    dates: [] as [string, boolean][],
    fullViews: [] as string[],
    delayMs: 0,
    /** The fake corpus: figures from this one up have context. */
    known: 1000,
    /** Settings reads fail (storage unreadable). */
    settingsFail: false,
    /** Notices to the views following the tab. */
    notices: 0,
  };
  let listener: (() => void) | null = null;
  let alive = true;
  let current = settings;
  const ports: AppPorts = {
    async scanTexts(texts: string[], referenceDate: string, published: boolean): Promise<ScannedClaim[][]> {
      log.sent.push(texts);
      log.dates.push([referenceDate, published]);
      const known = log.known;
      if (log.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, log.delayMs));
      return texts.map((text) => fakeScan(text, known));
    },
    setBadge: async (count) => log.badges.push(count),
    stateChanged: () => void log.notices++,
    getSettings: async () => {
      if (log.settingsFail) throw new Error('storage is broken');
      return current;
    },
    getDocuments: async () => [],
    openFullView: async (id) => log.fullViews.push(id),
    onSettingsChanged(fn) {
      listener = fn;
      return () => (listener = null);
    },
    alive: () => alive,
  };
  return {
    ports,
    log,
    change(next: Settings) {
      current = next;
      listener?.();
    },
    kill() {
      alive = false;
    },
    hasListener: () => listener !== null,
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits for `test` to hold; the bound only ends a failing test, so it is generous for a loaded machine. */
async function until(test: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

const PAGE = `<article><p id="a">More than <b>280,000</b> people died; 12 were rescued.</p>
<p id="b">Activists say 250,000.</p><script>var n = 99999;</script></article>`;

/** Gives the page an article:published_time of `day`; the meta element is returned for the test to remove. */
function published(day: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'article:published_time');
  meta.setAttribute('content', `${day}T10:00:00Z`);
  document.head.append(meta);
  return meta;
}

/** The page as freshly parsed, for comparing after clean-up. */
function pageBody(): HTMLElement {
  const body = document.createElement('body');
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${PAGE}</body>`, 'text/html');
  body.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return body;
}

describe('ContentApp', () => {
  let app: ContentApp | null = null;
  /** The app on PAGE with a stand-in worker, once its first scan has found the page's two claims. */
  async function startedOnPage(): Promise<ReturnType<typeof fakePorts>> {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2 && !app!.state().scanning);
    return fake;
  }
  afterEach(() => {
    app?.teardown();
    app = null;
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('highlights only claims with context, reports them in page order, and sets the badge', async () => {
    const fake = await startedOnPage();
    const state = app!.state();
    expect(state.off).toBeNull();
    expect(state.claims.map((c) => c.claim.text)).toEqual(['280,000', '250,000']);
    await until(() => document.querySelectorAll(MARK_TAG).length === 2); // highlights follow within a frame or so
    expect(
      [...document.querySelectorAll(MARK_TAG)].map((m) => [m.textContent, m.getAttribute('data-relation')]),
    ).toEqual([
      ['280,000', 'agrees'],
      ['250,000', 'conflicts'],
    ]);
    await until(() => fake.log.badges.at(-1) === 2);
    rangesHaveABox(); // happy-dom lays nothing out: a claim with no box is not revealed
    expect(app!.reveal(state.claims[0]!.id)).toEqual({ found: true });
    expect(app!.reveal('nope')).toEqual({ found: false, reason: 'gone' });
  });

  it('tells the worker whether the date it reads against is the page’s own', async () => {
    const fake = await startedOnPage();
    expect(fake.log.dates.every(([, published]) => !published)).toBe(true);
    app!.teardown();
    const meta = published('2016-05-04');
    try {
      const dated = await startedOnPage();
      expect(dated.log.dates.length).toBeGreaterThan(0);
      expect(dated.log.dates.every((d) => d[0] === '2016-05-04' && d[1])).toBe(true);
    } finally {
      meta.remove();
    }
  });

  it('reads an article an app brings after changing the address against that article’s date', async () => {
    const meta = published('2016-06-10');
    try {
      const fake = await startedOnPage();
      history.pushState({}, '', '/story-b');
      setBody('<p>Loading…</p>');
      await wait(400);
      meta.setAttribute('content', '2019-03-15T10:00:00Z');
      setBody('<p>More than 310,000 people have been killed.</p>');
      await until(() => fake.log.sent.some((texts) => texts.some((t) => t.includes('310,000'))));
      const at = fake.log.sent.findIndex((texts) => texts.some((t) => t.includes('310,000')));
      expect(fake.log.dates[at]).toEqual(['2019-03-15', true]);
    } finally {
      meta.remove();
      history.replaceState({}, '', '/');
    }
  });

  it('sends the worker only texts that may hold a claim, each text once, in bounded batches', async () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, i) => `<p>Paragraph ${i % 300}: ${'word '.repeat(60)}</p>`,
    );
    // One repeat of a text with a figure comes while that text's request is still out: it joins the wait.
    const repeat = '<p>Activists say 250,000.</p>';
    setBody(
      `${PAGE}<p>No figure here.</p>${paragraphs.slice(0, 150).join('')}${repeat}${paragraphs.slice(150).join('')}`,
    );
    const fake = fakePorts();
    fake.log.delayMs = 200;
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => fake.log.sent.length > 0);
    await until(() => !app!.state().scanning, 5000);
    expect(app.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '250,000', '250,000']);
    const texts = fake.log.sent.flat();
    expect(texts).not.toContain('No figure here.');
    expect(new Set(texts).size).toBe(texts.length); // the 101 repeated paragraphs went once
    expect(texts).toHaveLength(2 + 300);
    expect(fake.log.sent.length).toBeGreaterThan(1);
    for (const batch of fake.log.sent) {
      expect(batch.length).toBeLessThanOrEqual(SCAN_LIMITS.texts);
      expect(batch.reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(SCAN_LIMITS.totalChars);
    }
  });

  it('updates highlights at most every quarter second while a long scan runs, and at once when it ends', async () => {
    // Each highlight update costs Chromium a frame that grows with the page: a slow scan must not update per batch.
    const paragraphs = Array.from(
      { length: 192 },
      (_, i) => `<p>Paragraph ${i}: ${1000 + i} people. ${'word '.repeat(400)}</p>`,
    );
    setBody(paragraphs.join(''));
    const fake = fakePorts();
    let queue = Promise.resolve();
    // One worker: requests are answered one after another, 60 ms each.
    fake.ports.scanTexts = (texts) => {
      const answer = queue.then(() => wait(60)).then(() => texts.map((text) => fakeScan(text)));
      queue = answer.then(() => undefined);
      return answer;
    };
    const updates: number[] = [];
    const observer = new MutationObserver((records) => {
      const marked = records.some((r) =>
        [...r.addedNodes].some((n) => n.nodeName.toLowerCase() === MARK_TAG),
      );
      if (marked) updates.push(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true });
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length > 0);
    await until(() => !app!.state().scanning, 10_000);
    // The scan's end flushes its last highlights at once, without waiting for the next timer tick: they are
    // all there by the time the page can see the scan has ended (counted, not timed).
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(192);
    observer.disconnect();
    expect(updates.length).toBeGreaterThan(1); // the first highlights did not wait for the end
    const during = updates.slice(0, -1);
    // At least 250 ms apart by the timer (a timer never fires early; seen from the observer, less the time one
    // update took more than the next): a lower bound a slow machine only widens.
    for (let i = 1; i < during.length; i++) expect(during[i]! - during[i - 1]!).toBeGreaterThanOrEqual(200);
  });

  it('rescans only what changed, and drops claims whose text was removed', async () => {
    const fake = await startedOnPage();
    const sent = fake.log.sent.length;
    const added = document.createElement('p');
    added.textContent = 'Later, 4,500 homes were rebuilt.';
    document.querySelector('article')!.append(added);
    await until(() => app!.state().claims.length === 3);
    expect(fake.log.sent.slice(sent)).toEqual([['Later, 4,500 homes were rebuilt.']]); // only the new paragraph
    document.getElementById('b')!.remove();
    await until(() => app!.state().claims.length === 2);
    expect(app!.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '4,500']);
  });

  it('tells the views following the tab when its claims change', async () => {
    const fake = await startedOnPage();
    await until(() => fake.log.notices > 0);
    await wait(300);
    const before = fake.log.notices;
    const added = document.createElement('p');
    added.textContent = 'Later, 4,500 homes were rebuilt.';
    document.querySelector('article')!.append(added);
    await until(() => app!.state().claims.length === 3);
    await until(() => fake.log.notices > before);
    const afterAdd = fake.log.notices;
    document.getElementById('b')!.remove();
    await until(() => app!.state().claims.length === 2);
    await until(() => fake.log.notices > afterAdd);
  });

  describe('text shown or hidden by styles after it was read', () => {
    // happy-dom computes no styles: here an element is hidden when it or an ancestor has the class "off".
    const proto = Element.prototype as { checkVisibility?: () => boolean };
    const original = Object.getOwnPropertyDescriptor(proto, 'checkVisibility');
    afterEach(() => {
      if (original) Object.defineProperty(proto, 'checkVisibility', original);
      else delete proto.checkVisibility;
    });
    const TABS = `<article><p id="a">More than 280,000 people died.</p>
<div id="panel" class="off"><p id="t">Aid reached 15,000 homes.</p></div>
<div id="inline" style="display: none"><p>Later 4,500 homes were rebuilt.</p></div>
<div id="unset" style="display: none; color: red"><p>By May 6,200 families had returned.</p></div></article>`;
    const texts = () => app!.state().claims.map((c) => c.claim.text);

    it('highlights a tab panel when shown, drops it when hidden again, and reads inline-hidden text once shown', async () => {
      proto.checkVisibility = function (this: Element) {
        return this.closest('.off') === null;
      };
      setBody(TABS);
      const fake = fakePorts();
      app = new ContentApp(document, prefilter, fake.ports);
      await app.start();
      await until(() => !app!.state().scanning && texts().length === 1);
      expect(texts()).toEqual(['280,000']);
      document.getElementById('panel')!.classList.remove('off');
      await until(() => texts().length === 2);
      expect(texts()).toEqual(['280,000', '15,000']);
      // A class on an ancestor hides it again.
      document.querySelector('article')!.classList.add('x');
      document.getElementById('panel')!.classList.add('off');
      await until(() => texts().length === 1);
      // A style change that neither shows nor hides costs no request.
      const sent = fake.log.sent.length;
      document.getElementById('a')!.style.transform = 'translateX(1px)';
      await wait(700);
      expect(fake.log.sent.length).toBe(sent);
      // Text under an inline display: none was never read; shown, it is.
      document.getElementById('inline')!.style.display = 'block';
      await until(() => texts().includes('4,500'));
      // Shown by unsetting its display: the new style names no display, and the text is read all the same.
      document.getElementById('unset')!.style.display = '';
      await until(() => texts().includes('6,200'));
    });
  });

  it('switches off at once when the site is turned off, and back on without a reload', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2 && fake.log.badges.at(-1) === 2);
    fake.change({ ...defaultSettings(), sites: { [location.hostname]: false } });
    await until(() => app!.state().off === 'site-off');
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(app.state().claims).toEqual([]);
    expect(markup(document.getElementById('a')!)).toBe(
      'More than <b>280,000</b> people died; 12 were rescued.',
    );
    await until(() => fake.log.badges.at(-1) === 0);
    fake.change(defaultSettings());
    await until(() => app!.state().claims.length === 2);
    await until(() => document.querySelectorAll(MARK_TAG).length === 2);
  });

  it('starts off when paused', async () => {
    setBody(PAGE);
    const fake = fakePorts({ ...defaultSettings(), paused: true });
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    expect(app.state().off).toBe('paused');
    await wait(50);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(fake.log.sent).toEqual([]); // a page that is off costs the worker nothing
    await wait(200);
    expect(fake.log.badges).toEqual([]); // nor a badge request: a new page's badge is already blank
  });

  it('sends the worker nothing while the page holds no claim candidate', async () => {
    setBody('<p>Nothing to check here.</p>');
    const fake = fakePorts();
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => !app!.state().scanning);
    await wait(200);
    expect(fake.log.sent).toEqual([]);
    expect(fake.log.badges).toEqual([]);
    setBody(PAGE);
    await until(() => app!.state().claims.length === 2);
    expect(fake.log.sent.flat()).toHaveLength(2);
  });

  it('reports a scan under way from its start until the first whole-page scan has ended', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    fake.log.delayMs = 150;
    app = new ContentApp(document, prefilter, fake.ports);
    // Not started, and then started with the worker not yet answering: "nothing found" would be a guess.
    expect(app.state()).toMatchObject({ scanning: true, claims: [] });
    const started = app.start();
    expect(app.state().scanning).toBe(true);
    await started;
    expect(app.state()).toMatchObject({ scanning: true, claims: [] });
    await until(() => !app!.state().scanning);
    expect(app.state().claims).toHaveLength(2);
  });

  it('does not report a scan for ever when its settings cannot be read', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    fake.log.settingsFail = true;
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    expect(app.state()).toMatchObject({ scanning: false, claims: [] });
    expect(fake.log.sent).toEqual([]);
  });

  it('finds the claims again when the corpus changes, with none of the old answers', async () => {
    const fake = await startedOnPage();
    const sent = fake.log.sent.flat().length;
    // A document was added: 12 now has context too. Without the change, nothing would be asked again.
    fake.log.known = 10;
    app!.corpusChanged();
    expect(app!.state().scanning).toBe(true);
    await until(() => !app!.state().scanning);
    expect(app!.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '12', '250,000']);
    expect(fake.log.sent.flat().length).toBe(sent + 2); // every text asked again, not read from the cache
    await until(() => document.querySelectorAll(MARK_TAG).length === 3);
    // And removed: 280,000 and 250,000 lose theirs.
    fake.log.known = 1_000_000;
    app!.corpusChanged();
    await until(() => !app!.state().scanning && app!.state().claims.length === 0);
    await until(() => document.querySelectorAll(MARK_TAG).length === 0);
  });

  it('keeps no answer to a request sent before the corpus changed', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    fake.log.delayMs = 300;
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => fake.log.sent.length === 1);
    // The first request (old corpus) is still out when the corpus changes, and is answered after the new one.
    fake.log.known = 10;
    fake.log.delayMs = 0;
    app.corpusChanged();
    await until(() => fake.log.sent.length === 2);
    await wait(400);
    await until(() => !app!.state().scanning);
    expect(app.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '12', '250,000']);
    // A rescan of the same texts is answered from the cache, which must hold the new corpus's answers.
    const sent = fake.log.sent.length;
    const article = document.querySelector('article')!;
    const fresh = article.cloneNode(true) as HTMLElement;
    article.replaceWith(fresh);
    // Three claims before the rescan are the old article's (its live ranges fall out of it as it goes): wait for
    // three in the new one. Counting alone passed at once on a loaded machine, before the rescan had begun.
    const scanner = (app as unknown as { scanner: { claims(): FoundClaim[] } }).scanner;
    await until(() => {
      const claims = scanner.claims();
      return claims.length === 3 && claims.every((c) => fresh.contains(c.range.startContainer));
    });
    await wait(300);
    expect(app.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '12', '250,000']);
    expect(fake.log.sent.length).toBe(sent);
  });

  it('rescans a hidden tab for a corpus change only when it is shown again', async () => {
    const fake = await startedOnPage();
    const sent = fake.log.sent.length;
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      fake.log.known = 10;
      app!.corpusChanged();
      await wait(150);
      expect(fake.log.sent.length).toBe(sent);
      expect(app!.state().claims).toHaveLength(2);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => app!.state().claims.length === 3 && !app!.state().scanning);
      expect(fake.log.sent.length).toBeGreaterThan(sent);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      if (visibility) expect(Object.getOwnPropertyDescriptor(document, 'visibilityState')).toBeUndefined();
    }
  });

  it('sets the badge again when the page comes back from the back-forward cache', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => fake.log.badges.at(-1) === 2);
    const sent = fake.log.badges.length;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    await wait(200);
    expect(fake.log.badges).toHaveLength(sent);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await until(() => fake.log.badges.length === sent + 1);
    expect(fake.log.badges.at(-1)).toBe(2);
  });

  it('removes everything it added when the extension goes away', async () => {
    setBody(PAGE);
    const sheets = document.adoptedStyleSheets.length;
    const fake = fakePorts();
    app = new ContentApp(document, prefilter, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2);
    rangesHaveABox(); // happy-dom lays nothing out: no card opens beside a claim with no box
    expect(app.step(1)).toBe(true);
    await until(() => document.querySelector(CARD_TAG) !== null, 2000);
    fake.kill();
    await until(() => app!.isDead, 5000);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(fake.hasListener()).toBe(false);
    expect(markup(document.body)).toBe(markup(pageBody()));
  });
});
