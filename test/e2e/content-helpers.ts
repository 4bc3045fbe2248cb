/**
 * Helpers for the content script's end-to-end tests: read highlights from the page's main world, send tab
 * requests from the service worker, and read the hover card through the accessibility tree (its shadow
 * root is closed, so neither page script nor Playwright locators can see into it).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { highlightPoint } from './in-page';
import type { TabState } from '../../src/shared/messages';
import { TONES } from '../../src/shared/relation-words';

/** Highlighted text per claim tone (whitespace collapsed), read through CSS.highlights in the page. */
export async function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    (relations) => {
      const out: Record<string, string[]> = {};
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      for (const relation of relations) {
        const highlight = registry.get(`claim-lens-${relation}`);
        out[relation] = highlight
          ? [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim()).sort()
          : [];
      }
      return out;
    },
    [...TONES],
  );
}

/** Every highlighted text, any relation, sorted. */
export async function allHighlighted(page: Page): Promise<string[]> {
  return Object.values(await highlighted(page))
    .flat()
    .sort();
}

/** Element ids containing a highlight, read from the ranges' ancestors. */
export async function highlightedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ids = new Set<string>();
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-') || name === 'claim-lens-focus') continue;
      for (const range of highlight) {
        const common = range.commonAncestorContainer;
        const element = (common instanceof Element ? common : common.parentElement)?.closest('[id]');
        if (element) ids.add(element.id);
      }
    }
    return [...ids].sort();
  });
}

/** Centre of the first highlighted range whose text is `text`. */
export async function rangeCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(highlightPoint, text);
  if (!point) throw new Error(`no highlight "${text}"`);
  return point;
}

/** Sends a TabProtocol request to the page's content script from the service worker. */
export async function sendTab<T>(harness: Harness, page: Page, type: string, payload: object): Promise<T> {
  const tabId = await harness.tabIdOf(page);
  const worker = await harness.serviceWorker();
  const reply = (await worker.evaluate(
    ([id, message]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id as number, message, { frameId: 0 }),
    [tabId, { type, payload }] as const,
  )) as { ok: boolean; value?: T; error?: string };
  if (!reply?.ok) throw new Error(`tab request ${type} failed: ${reply?.error}`);
  return reply.value as T;
}

/**
 * The tab's state once its first whole-page scan has ended and no other runs: the content script reports a scan
 * from its start, so "no claims" here is the scan's answer (see TabState.scanning).
 */
export async function settledState(harness: Harness, page: Page): Promise<TabState> {
  let state: TabState | null = null;
  await expect
    .poll(
      async () => {
        state = await sendTab<TabState>(harness, page, 'getTabState', {});
        return state.scanning;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(false);
  return state!;
}

interface AxNode {
  nodeId: string;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  ignored?: boolean;
}

/** The card dialogs on the page, each with its accessible name and the text inside, from Chromium's AX tree. */
export async function cardDialogs(page: Page): Promise<{ name: string; text: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textOf = (node: AxNode): string[] => {
      const own = node.role?.value === 'StaticText' ? [node.name?.value ?? ''] : [];
      return own.concat(...(node.childIds ?? []).map((id) => (byId.has(id) ? textOf(byId.get(id)!) : [])));
    };
    return nodes
      .filter((node) => node.role?.value === 'dialog' && (node.name?.value ?? '').startsWith('Claim Lens'))
      .map((node) => ({ name: node.name?.value ?? '', text: textOf(node).join(' ').replace(/\s+/g, ' ') }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Hovers the highlighted `text` (coming from below left, as a reader's pointer does) until its card opens, and
 * returns the card's text. Waits as `poll` says.
 */
export async function hoverCard(
  page: Page,
  text: string,
  poll: { timeout: number; interval: number },
): Promise<string> {
  const { x, y } = await rangeCenter(page, text);
  await page.mouse.move(x - 40, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
  await expect.poll(async () => (await cardDialogs(page)).length, poll).toBe(1);
  const [card] = await cardDialogs(page);
  return card?.text ?? '';
}

/** Sets the stored settings from the service worker, as the popup would. */
export async function storeSettings(harness: Harness, settings: object): Promise<void> {
  const worker = await harness.serviceWorker();
  await worker.evaluate(async (value) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          storage: { sync: { set(v: object): Promise<void> }; local: { set(v: object): Promise<void> } };
        };
      }
    ).chrome;
    await chrome.storage.sync
      .set({ settings: value })
      .catch(() => chrome.storage.local.set({ settings: value }));
  }, settings);
}

/** Polls `read` until `ok` holds (for hooks, where expect.poll is not allowed); returns the last value. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end)
      throw new Error(`condition not met in ${timeout} ms; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
