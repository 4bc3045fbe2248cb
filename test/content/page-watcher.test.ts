// @vitest-environment happy-dom
/**
 * The page watcher's pace: a page that never stops changing is rescanned ever less often, but the reader's own
 * clicks (opening one question after another) are no sign of such a page, and each reveal is rescanned soon.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '../../src/content/page-watcher';
import { DEBOUNCE_MS, MIN_INTERVAL_MS } from '../../src/content/rescan-pace';
import { setBody } from './fixtures';

/**
 * Opens the `n`th details of the page after a pointer press: the browser's own (trusted, as a reader's click
 * makes it) when `byReader`, else one the page's script dispatched.
 */
function reveal(n: number, byReader: boolean): void {
  const press = new Event('pointerdown');
  // A DOM without input devices makes no trusted events: the press is marked as the browser marks a reader's.
  if (byReader) Object.defineProperty(press, 'isTrusted', { value: true });
  window.dispatchEvent(press);
  document.querySelectorAll('details')[n]?.setAttribute('open', '');
}

/** Watcher events that report each rescan's time; `lost` says whether a change took highlights away. */
function events(fired: number[], lost = false) {
  return {
    onChange: () => void fired.push(performance.now()),
    isOwn: () => false,
    visibilityChanged: () => [],
    lostClaims: () => lost,
  };
}

/**
 * When each rescan fired, after revealing one answer every two seconds (`byReader` or by the page's script), each
 * change taking highlights away when `lost`.
 */
async function rescansOfRevealsEveryTwoSeconds(byReader: boolean, lost = false): Promise<number[]> {
  setBody(
    Array.from({ length: 8 }, (_, i) => `<details><summary>Q${i}</summary><p>Answer ${i}</p></details>`).join(
      '',
    ),
  );
  const fired: number[] = [];
  const watcher = new PageWatcher(document, events(fired, lost));
  watcher.start();
  const revealedAt: number[] = [];
  for (let i = 0; i < 8; i++) {
    revealedAt.push(performance.now());
    reveal(i, byReader);
    await vi.advanceTimersByTimeAsync(2_000);
  }
  await vi.advanceTimersByTimeAsync(20_000);
  watcher.stop();
  // Each reveal's wait: from it to the first rescan after it.
  return revealedAt.map((at) => (fired.find((f) => f >= at) ?? Infinity) - at);
}

describe('PageWatcher', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('rescans each reveal the reader makes soon, however many they make', async () => {
    const waits = await rescansOfRevealsEveryTwoSeconds(true);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(MIN_INTERVAL_MS + DEBOUNCE_MS);
  });

  it('holds back the rescans of a page that changes itself every two seconds, pressing its own pointer', async () => {
    const waits = await rescansOfRevealsEveryTwoSeconds(false);
    expect(Math.max(...waits)).toBeGreaterThan(2_000);
  });

  it('rescans soon each change of a restless page that took highlights away (a live blog re-rendering)', async () => {
    const waits = await rescansOfRevealsEveryTwoSeconds(false, true);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(MIN_INTERVAL_MS + DEBOUNCE_MS);
  });

  it('rescans an editor switched to read-only, whose text is now the page’s to read', async () => {
    setBody('<div contenteditable="true"><p>In effect since February 27.</p></div><p>Other text.</p>');
    const fired: number[] = [];
    const watcher = new PageWatcher(document, events(fired));
    watcher.start();
    document.querySelector('div')?.setAttribute('contenteditable', 'false');
    await vi.advanceTimersByTimeAsync(2_000);
    watcher.stop();
    expect(fired).toHaveLength(1);
  });
});
