/**
 * Where the settings record lives, and reading it: shared by the worker (which also repairs and writes it)
 * and the content script (which only reads, so that a page learns whether Claim Lens is on there without
 * waking the worker).
 *
 * storage.sync follows the user across browsers where the browser syncs; where it is missing or full,
 * storage.local keeps the choice on this machine instead of losing it.
 */
import { ext } from './browser';
import { parseSettings, SETTINGS_KEY, type ParsedSettings } from './settings';

/** A storage area, as the settings use it. */
export type SettingsArea = typeof ext.storage.local;

/** The areas the settings may be in, in the order they are looked for. */
export function settingsAreas(): SettingsArea[] {
  const list: SettingsArea[] = [];
  if (ext.storage.sync) list.push(ext.storage.sync);
  list.push(ext.storage.local);
  return list;
}

/**
 * The stored settings, parsed (defaults when none are stored; an unreadable area is skipped). `repaired`
 * says that what is stored differs from what was returned; only the worker writes the repair back.
 */
export async function readStoredSettings(): Promise<ParsedSettings> {
  for (const area of settingsAreas()) {
    let raw: unknown;
    try {
      raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      continue;
    }
    if (raw !== undefined) return parseSettings(raw);
  }
  return parseSettings(undefined);
}
