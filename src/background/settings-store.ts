/**
 * Reads and writes the settings record in extension storage, repairing a corrupt value on read.
 *
 * storage.sync follows the user across browsers where the browser syncs; where it is missing or full,
 * storage.local keeps the choice on this machine instead of losing it.
 */
import { ext } from '../shared/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

type Area = typeof ext.storage.local;

function areas(): Area[] {
  const list: Area[] = [];
  if (ext.storage.sync) list.push(ext.storage.sync);
  list.push(ext.storage.local);
  return list;
}

/** Loads the settings; a broken stored value is replaced by its repaired form so the popup never breaks. */
export async function loadSettings(): Promise<Settings> {
  for (const area of areas()) {
    let raw: unknown;
    try {
      raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      continue;
    }
    if (raw === undefined) continue;
    const { settings, repaired } = parseSettings(raw);
    if (repaired) await saveSettings(settings);
    return settings;
  }
  return parseSettings(undefined).settings;
}

/** Saves the settings into the first storage area that accepts them. */
export async function saveSettings(settings: Settings): Promise<void> {
  let lastError: unknown = null;
  for (const area of areas()) {
    try {
      await area.set({ [SETTINGS_KEY]: settings });
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('Claim Lens could not save its settings');
}

/** Applies `change` to the stored settings and saves the result; calls are serialised so none is lost. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = queue.then(async () => {
    const updated = change(await loadSettings());
    await saveSettings(updated);
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

let queue: Promise<unknown> = Promise.resolve();
