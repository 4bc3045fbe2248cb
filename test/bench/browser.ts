/**
 * Browsers for the benchmark: the e2e harness's Chromium, with or without the extension, kept off the
 * network (only 127.0.0.1 and the extension itself may be fetched) so that real pages load fast and alike.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtension, type Harness } from '../e2e/harness';
import { PROBE_SCRIPT } from './page-probe';

/** Options of launchBench. */
export interface BenchLaunch {
  dist: string;
  withExtension: boolean;
  /** Folder served at the fixture server's root. */
  pages?: string;
  generated?: Record<string, () => string>;
}

/** Blocks every request that would leave the machine; pages with remote scripts then behave the same in both browsers. */
export async function stayLocal(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
}

/** Launches Chromium (with or without the built extension) with the scan probe in every page. */
export async function launchBench(options: BenchLaunch): Promise<Harness> {
  const harness = await launchExtension({
    dist: options.dist,
    withExtension: options.withExtension,
    ...(options.pages === undefined ? {} : { pages: options.pages }),
    ...(options.generated === undefined ? {} : { generated: options.generated }),
  });
  try {
    await stayLocal(harness.context);
    await harness.context.addInitScript({ content: PROBE_SCRIPT });
  } catch (error) {
    await harness.close();
    throw error;
  }
  return harness;
}

/** Used JS heap of the page's isolate after a full GC (includes the content script's isolated world). */
export async function heapUsedBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Opens `url` in a fresh tab and waits for load. */
export async function openFresh(context: BrowserContext, url: string, timeout = 30_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  return page;
}

/**
 * Watches for the extension's content script world being created in `page` (CDP
 * Runtime.executionContextCreated of an isolated world), which happens when the script is injected.
 * Returns a reader of that moment in the page's performance.now() time, null when not seen. Call before
 * navigating. This is the start of the scan when the content script sets no start mark.
 */
export async function watchInjection(
  page: Page,
  extensionName = 'Claim Lens',
): Promise<() => Promise<number | null>> {
  const cdp = await page.context().newCDPSession(page);
  let seenAt: number | null = null;
  cdp.on('Runtime.executionContextCreated', (event) => {
    const aux = event.context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (seenAt === null && aux?.type === 'isolated' && event.context.name === extensionName) {
      seenAt = performance.timeOrigin + performance.now();
    }
  });
  await cdp.send('Runtime.enable');
  return async () => {
    await cdp.send('Runtime.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    if (seenAt === null) return null;
    const origin = (await page.evaluate('performance.timeOrigin')) as number;
    return seenAt - origin;
  };
}
