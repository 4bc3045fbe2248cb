/**
 * The keyboard shortcuts that step through a page's claims (the manifest's `next-claim` and `previous-claim`
 * commands), as the browser has them bound now, and the browser's own place for changing them. The manifest only
 * suggests keys: the reader may change or clear them, and Chromium leaves a suggested key unbound when another
 * extension holds it, so what the UI names is read from the browser, never copied from the manifest.
 */
import { ext } from './browser';

/** The manifest's command names. */
export const STEP_COMMANDS = { next: 'next-claim', previous: 'previous-claim' } as const;

/** The keys bound to each command, as the browser writes them ("Alt+Shift+N", "⌥⇧N" on a Mac); '' for none. */
export interface StepKeys {
  next: string;
  previous: string;
}

/** Chromium's page for every extension's shortcuts (Edge and other Chromium browsers redirect it to their own). */
export const CHROMIUM_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** Reads the bound keys from the browser (commands.getAll). Rejects where the browser has no commands API. */
export async function readStepKeys(): Promise<StepKeys> {
  const all = await ext.commands.getAll();
  const keyOf = (name: string): string =>
    all.find((command) => command.name === name)?.shortcut?.trim() ?? '';
  return { next: keyOf(STEP_COMMANDS.next), previous: keyOf(STEP_COMMANDS.previous) };
}

/**
 * How this browser lets the reader change the keys from an extension page: Firefox (137 and later) opens its
 * shortcut settings itself (commands.openShortcutSettings); Chromium has a page of its own, which an extension may
 * open in a tab. Null elsewhere: the UI then names the keys without offering to change them.
 */
export function stepKeysEditor(): (() => Promise<void>) | null {
  // The typings promise openShortcutSettings everywhere; Chromium has none, and older Firefox neither.
  const commands = ext.commands as Partial<typeof ext.commands> | undefined;
  const open = commands?.openShortcutSettings;
  if (typeof open === 'function') return () => open.call(commands);
  if (ext.runtime.getURL('').startsWith('chrome-extension:'))
    return async () => {
      await ext.tabs.create({ url: CHROMIUM_SHORTCUTS_PAGE });
    };
  return null;
}
