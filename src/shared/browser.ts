/**
 * The one module that touches the WebExtension API.
 *
 * Everything else imports `ext` from here, so unit tests replace this single module (vi.mock) and never
 * load webextension-polyfill, which throws outside an extension.
 */
import browser from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';

/** The promise-based WebExtension API (chrome.* in Chromium, browser.* in Firefox). */
export const ext: Browser = browser;

export type { Browser, Menus, Runtime, Storage, Tabs } from 'webextension-polyfill';

/**
 * True while this script still belongs to a live extension. After an update, disable or uninstall, an
 * orphaned content script keeps running but every API call throws "Extension context invalidated";
 * `runtime.id` turning undefined is the cheapest way to notice before that happens.
 */
export function extensionAlive(): boolean {
  try {
    return typeof ext.runtime?.id === 'string' && ext.runtime.id.length > 0;
  } catch {
    return false;
  }
}
