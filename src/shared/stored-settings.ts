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

/** The raw record in one area; undefined when it holds none or cannot be read. */
async function readArea(area: SettingsArea): Promise<unknown> {
  try {
    return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/**
 * The stored settings, parsed (defaults when none are stored; an unreadable area is skipped). `repaired`
 * says that what is stored differs from what was returned; only the worker writes the repair back.
 *
 * The areas are asked at once and their answers taken in order: each read is a round trip to the browser,
 * and a page's scan waits for this one (where nothing is stored yet, one after the other took two).
 */
export async function readStoredSettings(): Promise<ParsedSettings> {
  const reads = settingsAreas().map(readArea);
  for (const read of reads) {
    const raw: unknown = await read;
    if (raw !== undefined) return parseSettings(raw);
  }
  return parseSettings(undefined);
}
