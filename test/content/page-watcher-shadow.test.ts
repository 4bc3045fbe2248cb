// @vitest-environment happy-dom
/**
 * The page watcher and shadow trees: a change inside a shadow root that was read is a change like any other, a
 * component that attaches its shadow root after the page was read has its container read again, and stopping
 * stops both.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBlocks } from '../../src/content/block-reader';
import { outermost, PageWatcher } from '../../src/content/page-watcher';
import { setBody } from './fixtures';
import { attachShadowWith } from './shadow-fixtures';

/** A watcher that records the roots of every rescan it asks for (null: the whole page). */
function watching() {
  const rescans: (Element[] | null)[] = [];
  const watcher = new PageWatcher(document, {
    onChange: (roots) => void rescans.push(roots),
    isOwn: () => false,
    visibilityChanged: () => [],
    lostClaims: () => false,
  });
  watcher.start();
  return { watcher, rescans };
}

/** Reads the page as a scan does (the reader tells the watcher which shadow trees it read). */
function readPage(): void {
  for (const block of readBlocks(document.body)) void block;
}

describe('PageWatcher in shadow trees', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('rescans the block whose text changed inside a shadow root that was read', async () => {
    setBody('<article><x-story id="h"></x-story></article>');
    const root = attachShadowWith(document.getElementById('h')!, '<p>Some 12 towns fell.</p>');
    const { watcher, rescans } = watching();
    readPage();
    root.querySelector('p')!.firstChild!.textContent = 'Some 13 towns fell.';
    await vi.advanceTimersByTimeAsync(2_000);
    watcher.stop();
    expect(rescans).toEqual([[root.querySelector('p')]]);
  });

  it('rescans the container of a custom element that attached its shadow root after the page was read', async () => {
    setBody('<article><p>Lead.</p><div id="box"><x-late id="late"></x-late></div></article>');
    const { watcher, rescans } = watching();
    readPage();
    await vi.advanceTimersByTimeAsync(1_500);
    // As a component upgrading late does: no change of the document's own tree, only a new shadow tree.
    const root = attachShadowWith(document.getElementById('late')!, '<p>More than 280,000 people</p>');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rescans).toEqual([[document.getElementById('box')]]);
    // Read again, its tree is observed from then on.
    readPage();
    root.querySelector('p')!.append(' killed');
    await vi.advanceTimersByTimeAsync(20_000);
    watcher.stop();
    expect(rescans).toEqual([[document.getElementById('box')], [root.querySelector('p')]]);
  });

  it('observes no shadow root and checks no custom element once stopped', async () => {
    setBody('<x-story id="h"></x-story><div><x-late id="late"></x-late></div>');
    const root = attachShadowWith(document.getElementById('h')!, '<p>Some 12 towns fell.</p>');
    const { watcher, rescans } = watching();
    readPage();
    watcher.stop();
    root.querySelector('p')!.append(' Updated.');
    attachShadowWith(document.getElementById('late')!, '<p>280,000</p>');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(rescans).toEqual([]);
    // Started again, it hears the shadow trees of the next read.
    watcher.start();
    readPage();
    root.querySelector('p')!.append(' Again.');
    await vi.advanceTimersByTimeAsync(2_000);
    watcher.stop();
    expect(rescans).toEqual([[root.querySelector('p')]]);
  });

  it('keeps a block of a shadow tree out of the rescans when its host’s container is rescanned', () => {
    setBody('<article><x-story id="h"></x-story></article><p id="other"></p>');
    const root = attachShadowWith(document.getElementById('h')!, '<div><p>In the tree</p></div>');
    const article = document.querySelector('article')!;
    const inner = root.querySelector('p')!;
    const other = document.getElementById('other')!;
    expect(outermost([inner, article, other])).toEqual([article, other]);
    expect(outermost([inner, root.querySelector('div')!])).toEqual([root.querySelector('div')]);
  });
});
