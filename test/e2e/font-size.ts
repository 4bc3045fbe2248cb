/** The reader's font-size setting, for tests of what follows it. */
import type { Page } from 'playwright-core';

/**
 * Sets the browser's standard font size for `page` (the reader's setting in chrome://settings/fonts), through
 * DevTools' Page.setFontSizes: a headless browser has no settings page to set it in.
 */
export async function setStandardFont(page: Page, size: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: size } });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
