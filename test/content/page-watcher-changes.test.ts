// @vitest-environment happy-dom
/**
 * The page watcher and the page's own changes: a figure rewritten inside a claim on a restless page, a new root
 * element, a date changed in place in the page's metadata, and design mode.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimEdits } from '../../src/content/claim-edits';
import { insideSkipped } from '../../src/content/element-kinds';
import type { FoundClaim } from '../../src/content/found-claim';
import { PageDate } from '../../src/content/page-date';
import { PageWatcher } from '../../src/content/page-watcher';
import { MAX_WAIT_MS, MIN_INTERVAL_MS } from '../../src/content/rescan-pace';
import { quantityClaim, setBody } from './fixtures';

/** One rescan asked for: its containers (null: the whole page) and whether a date of the metadata changed. */
interface Rescan {
  roots: Element[] | null;
  dated: boolean;
  at: number;
}

/** JSON-LD of an article published on the day given. */
const LD_2016 = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2016-06-15T08:00:00Z' });
const LD_2019 = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2019-06-01T08:00:00Z' });

/** A started watcher recording its rescans; `lost` answers lostClaims with the nodes the batch edited. */
function watching(lost: (edited: ReadonlySet<Node> | undefined) => boolean = () => false) {
  const rescans: Rescan[] = [];
  const watcher = new PageWatcher(document, {
    onChange: (roots, _navigated, dated) =>
      void rescans.push({ roots, dated: dated === true, at: performance.now() }),
    isOwn: () => false,
    visibilityChanged: () => [],
    lostClaims: (edited) => lost(edited),
  });
  watcher.start();
  return { watcher, rescans };
}

/** A found claim over the text of `node` (or from `start` to `end`), as the scanner makes them. */
function foundOver(start: Node, end: Node = start): FoundClaim {
  const range = document.createRange();
  range.setStart(start, 0);
  range.setEnd(end, end.nodeType === 3 ? (end as Text).length : end.childNodes.length);
  return {
    id: 'c1',
    claim: quantityClaim(range.toString(), 280_000),
    result: { matches: [] },
    range,
  } as never;
}

/** Puts the document in design mode or out of it (the test DOM has no designMode of its own). */
function setDesignMode(mode: 'on' | 'off'): void {
  Object.defineProperty(document, 'designMode', { value: mode, configurable: true, writable: true });
}

describe('PageWatcher and the page’s own changes', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    document.head.replaceChildren();
    delete (document as { designMode?: string }).designMode;
  });

  it('rescans at the first gap a figure rewritten inside a claim of a page that never stops changing', async () => {
    setBody('<p>More than <span id="toll">280,000</span> people were killed.</p><p id="clock">0</p>');
    const figure = document.getElementById('toll')!.firstChild as Text;
    const clock = document.getElementById('clock')!.firstChild as Text;
    const { watcher, rescans } = watching((edited) => edited?.has(figure) === true);
    // A clock five times a second for 30 s: the watcher's gap grows to its longest.
    for (let tick = 1; tick <= 150; tick++) {
      clock.data = String(tick);
      await vi.advanceTimersByTimeAsync(200);
    }
    const editedAt = performance.now();
    figure.data = '281,000';
    for (let tick = 151; tick <= 200; tick++) {
      clock.data = String(tick);
      await vi.advanceTimersByTimeAsync(200);
    }
    watcher.stop();
    const next = rescans.find((rescan) => rescan.at >= editedAt);
    expect(next!.at - editedAt).toBeLessThanOrEqual(MIN_INTERVAL_MS + MAX_WAIT_MS);
  });

  it('rescans the whole page when the page replaces its root element', async () => {
    setBody('<p>Old page.</p>');
    const old = document.documentElement;
    const { watcher, rescans } = watching();
    const root = document.createElement('html');
    root.append(document.createElement('body'));
    // Removed and appended (the test DOM's replaceChild on a document refuses a second root for a moment).
    old.remove();
    document.append(root);
    await vi.advanceTimersByTimeAsync(3_000);
    // The new root is watched too.
    root.lastElementChild!.append(Object.assign(document.createElement('p'), { textContent: 'New text.' }));
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    root.remove();
    document.append(old);
    expect(rescans.map((rescan) => rescan.roots)).toEqual([null, [root.lastElementChild]]);
  });

  // document.open() erases the window's listeners, the content script's among them.
  it('adds its window listeners again, and says so, when the page replaces its root element', async () => {
    setBody('<p>Old page.</p>');
    const old = document.documentElement;
    let reopened = 0;
    const watcher = new PageWatcher(document, {
      onChange: () => undefined,
      reopened: () => void reopened++,
      isOwn: () => false,
      visibilityChanged: () => [],
      lostClaims: () => false,
    });
    const added: string[] = [];
    const add = window.addEventListener.bind(window);
    const spy = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
      added.push(type);
      add(type, listener, options);
    });
    watcher.start();
    const first = added.length;
    expect(added).toContain('pointerdown');
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reopened).toBe(0);
    const root = document.createElement('html');
    root.append(document.createElement('body'));
    old.remove();
    document.append(root);
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    spy.mockRestore();
    root.remove();
    document.append(old);
    expect(reopened).toBe(1);
    expect(added.slice(first)).toEqual(added.slice(0, first));
  });

  it.each([
    ['<meta property="article:published_time" content="2016-06-16T09:00:00Z">', 'meta', 'content'],
    ['<time datetime="2016-06-16">June 16</time>', 'time', 'datetime'],
  ])('reports a date changed in place (%s), with no container to read again', async (html, tag, name) => {
    setBody(`<p>Published ${html}</p>`);
    if (tag === 'meta') document.head.append(document.querySelector('meta')!);
    const { watcher, rescans } = watching();
    document.querySelector(tag)!.setAttribute(name, '2019-06-01');
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    expect(rescans.map(({ roots, dated }) => ({ roots, dated }))).toEqual([{ roots: [], dated: true }]);
  });

  // A framework keeps an article's JSON-LD beside its markup and rewrites it with the next article.
  it.each<[string, (script: HTMLScriptElement) => void]>([
    ['rewritten', (script) => void (script.textContent = LD_2019)],
    ['put in', (script) => void document.querySelector('article')!.append(script.cloneNode(true))],
    ['taken out', (script) => script.remove()],
  ])('reports a JSON-LD date in the body %s', async (_how, change) => {
    setBody(
      `<article><p>More than 280,000 people were killed.</p><script type="application/ld+json">${LD_2016}</script></article>`,
    );
    const { watcher, rescans } = watching();
    change(document.querySelector('script')!);
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    expect(rescans.map(({ dated }) => dated)).toEqual([true]);
  });

  it('takes no other script in the body for a date', async () => {
    setBody('<article><p>More than 280,000 people were killed.</p><script>window.x = 1;</script></article>');
    const { watcher, rescans } = watching();
    document.querySelector('script')!.textContent = 'window.x = 2;';
    document.querySelector('article')!.append(document.createElement('script'));
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    expect(rescans.map(({ dated }) => dated)).not.toContain(true);
  });

  it('takes no other meta’s content for a date (a theme colour set as the reader scrolls)', async () => {
    const meta = document.createElement('meta');
    meta.setAttribute('name', 'theme-color');
    meta.setAttribute('content', '#fff');
    document.head.append(meta);
    const { watcher, rescans } = watching();
    meta.setAttribute('content', '#000');
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    expect(rescans).toEqual([]);
  });

  // Nothing in the <head> is read, yet its block container is the root: each script an ad put there had the
  // whole page read again.
  it('reads nothing again for a script put in the head; a date meta re-reads the date, a stylesheet restyles', async () => {
    const restyled: Element[][] = [];
    const rescans: { roots: Element[] | null; dated: boolean }[] = [];
    const watcher = new PageWatcher(document, {
      onChange: (roots, _navigated, dated) => void rescans.push({ roots, dated }),
      isOwn: () => false,
      visibilityChanged: (targets) => (restyled.push([...targets]), []),
      lostClaims: () => false,
    });
    setBody('<p>More than 280,000 people were killed.</p>');
    watcher.start();
    const add = (tag: string, attributes: Record<string, string>, text = '') => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.textContent = text;
      document.head.append(element);
      return vi.advanceTimersByTimeAsync(3_000);
    };
    await add('script', { src: 'https://ads.example/tag.js' });
    await add('meta', { name: 'theme-color', content: '#fff' });
    expect(rescans).toEqual([]);
    await add('meta', { property: 'article:published_time', content: '2019-06-01T09:00:00Z' });
    expect(rescans).toEqual([{ roots: [], dated: true }]);
    await add('style', {}, 'p { display: none }');
    watcher.stop();
    expect(rescans).toHaveLength(1);
    expect(restyled).toEqual([[document.documentElement]]);
  });

  it('lets a document in design mode go at its next change, ignores the typing, and reads it again after', async () => {
    setBody('<p id="text">More than 280,000 people were killed.</p>');
    const text = document.getElementById('text')!.firstChild as Text;
    const { watcher, rescans } = watching();
    setDesignMode('on');
    text.data = 'More than 280,000 people were killed. And';
    await vi.advanceTimersByTimeAsync(3_000);
    text.data = 'More than 280,000 people were killed. And more';
    await vi.advanceTimersByTimeAsync(3_000);
    expect(rescans.map((rescan) => rescan.roots)).toEqual([null]);
    // Switched off with nothing to observe: the reader's next click tells.
    setDesignMode('off');
    const press = new Event('pointerdown');
    Object.defineProperty(press, 'isTrusted', { value: true });
    window.dispatchEvent(press);
    await vi.advanceTimersByTimeAsync(3_000);
    watcher.stop();
    expect(rescans.map((rescan) => rescan.roots)).toEqual([null, null]);
  });

  it('reads a document again within a second or two of design mode going off, with no change or input after', async () => {
    setBody('<p id="text">More than 280,000 people were killed.</p>');
    const { watcher, rescans } = watching();
    setDesignMode('on');
    document.getElementById('text')!.append(' And');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(rescans.map((rescan) => rescan.roots)).toEqual([null]);
    // A script (a bookmarklet's second press) switches it off; nothing changes and the reader does nothing.
    setDesignMode('off');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS + 1_000);
    watcher.stop();
    expect(rescans.map((rescan) => rescan.roots)).toEqual([null, null]);
  });
});

describe('ClaimEdits', () => {
  afterEach(() => document.body.replaceChildren());

  it('takes a change of a claim’s own text or children for an edit of it, and none around it', () => {
    setBody('<article><p>More than <b>280,000</b> people were killed.</p><p id="other">Other.</p></article>');
    const p = document.querySelector('p')!;
    const claim = foundOver(p.firstChild!, p.querySelector('b')!.firstChild!);
    const edits = new ClaimEdits();
    const lost = (...edited: Node[]) => edits.lost([claim], new Set(edited));
    expect(lost(p.querySelector('b')!.firstChild!)).toBe(true);
    expect(lost(p.querySelector('b')!)).toBe(true);
    expect(lost(p.firstChild!)).toBe(true);
    expect(lost(document.getElementById('other')!.firstChild!)).toBe(false);
    // A paragraph added to the article around the claim changes no word of it.
    expect(lost(document.querySelector('article')!)).toBe(false);
    expect(lost()).toBe(false);
  });

  it('takes a claim whose range collapsed (its nodes replaced) for one that lost its text', () => {
    setBody('<p>More than 280,000 people were killed.</p>');
    const p = document.querySelector('p')!;
    const claim = foundOver(p.firstChild!);
    // As the browser leaves a range whose nodes the page replaced (the test DOM's ranges do not follow removals).
    claim.range.collapse(true);
    expect(new ClaimEdits().lost([claim], new Set())).toBe(true);
  });
});

describe('the page’s date and design mode', () => {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    delete (document as { designMode?: string }).designMode;
  });

  it('reads the page’s date again when a date of its metadata changed in place, long after any navigation', () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2016-06-16T09:00:00Z');
    document.head.append(meta);
    const date = new PageDate(document);
    document.querySelector('meta')!.setAttribute('content', '2019-06-01T09:00:00Z');
    expect(date.changed(false, true)).toBe(true);
    expect(date.current).toEqual({ day: '2019-06-01', published: true });
  });

  it('reads nothing of a document in design mode', () => {
    setBody('<p id="text">More than 280,000 people were killed.</p>');
    const p = document.getElementById('text')!;
    expect(insideSkipped(p)).toBe(false);
    setDesignMode('on');
    expect(insideSkipped(p)).toBe(true);
  });
});
