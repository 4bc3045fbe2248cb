/**
 * The toolbar badge: the number of claims with context on a tab, and nothing where Claim Lens is off.
 *
 * The content script reports its count, but a report can be in flight while the user switches the site
 * off, and a tab that has stopped scanning may never report again; so the worker itself blanks the badge
 * of every tab that a settings change turns off.
 */
import { ext } from '../shared/browser';
import { offReason, type Settings } from '../shared/settings';

/** Badge colour: the accent of the popup, readable with white text. */
export const BADGE_COLOR = '#3558a8';

/** The host of a URL, or null for URLs without one (about:, data:, a malformed string). */
export function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/** The badge text for `count` claims on `host`: empty when none, when off, or when paused. */
export function badgeText(count: number, settings: Settings, host: string | null): string {
  if (count <= 0 || settings.paused) return '';
  if (host !== null && offReason(settings, host) !== null) return '';
  return String(Math.min(count, 999));
}

/**
 * The toolbar button's tooltip for a badge of `text`: a bare number says nothing to a reader who never opened the
 * popup.
 */
export function badgeTitle(text: string): string {
  if (text === '') return 'Claim Lens';
  const count = text === '999' ? '999 or more' : text;
  return `Claim Lens: ${count} ${text === '1' ? 'claim' : 'claims'} with context on this page`;
}

/** Sets one tab's badge and the tooltip that says what it counts. */
export async function setTabBadge(tabId: number, text: string): Promise<void> {
  await ext.action.setBadgeText({ tabId, text });
  await ext.action.setTitle({ tabId, title: badgeTitle(text) });
  if (text !== '') await ext.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/**
 * Blanks the badge of every tab on which Claim Lens is now off. A tab whose URL the worker cannot see is
 * left to its content script, which reports 0 when it switches off.
 */
export async function clearBadgesWhereOff(settings: Settings): Promise<void> {
  const tabs = await ext.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const host = hostOf(tab.url);
      if (!settings.paused && (host === null || offReason(settings, host) === null)) return;
      await setTabBadge(tab.id, '').catch(() => undefined);
    }),
  );
}
