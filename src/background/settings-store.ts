/**
 * Reads and writes the settings record in extension storage, repairing a corrupt value on read. A record of a
 * newer version (synced from a browser with a newer Claim Lens) is read but never written over: this version
 * would write it back as version 1 and downgrade it, losing what the newer one keeps there.
 */
import { SETTINGS_KEY, type Settings } from '../shared/settings';
import { serialQueue } from '../shared/promises';
import { readStoredSettings, settingsAreas } from '../shared/stored-settings';

/**
 * Why a change is refused while the stored settings are a newer version's: said to the user where they switched
 * something (the popup, the options page).
 */
export const NEWER_SETTINGS_ERROR =
  'Your settings were saved by a newer version of Claim Lens, in a browser that syncs them here. Update Claim Lens to change them.';

/** Loads the settings; a broken stored value is replaced by its repaired form so the popup never breaks. */
export async function loadSettings(): Promise<Settings> {
  const { settings, repaired } = await readStoredSettings();
  if (repaired) await saveSettings(settings);
  return settings;
}

/**
 * Saves the settings into the first storage area that accepts them, and takes them out of the others. Reads look
 * in area order, so a copy left in an area that refused the new record (storage.sync is full at 8 KB a record,
 * about 250 sites) would hide it: every later switch would seem saved and be lost.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const areas = settingsAreas();
  let lastError: unknown = null;
  for (const [at, area] of areas.entries()) {
    try {
      await area.set({ [SETTINGS_KEY]: settings });
    } catch (error) {
      lastError = error;
      continue;
    }
    // An earlier copy must go, or the save did not happen as far as any reader can tell; a later one is only stale.
    for (const earlier of areas.slice(0, at)) await earlier.remove(SETTINGS_KEY);
    for (const later of areas.slice(at + 1)) await later.remove(SETTINGS_KEY).catch(() => undefined);
    return;
  }
  throw lastError instanceof Error ? lastError : new Error('Claim Lens could not save its settings');
}

/**
 * Applies `change` to the stored settings and saves the result; calls are serialised so none is lost. Rejects,
 * writing nothing, while the stored record is a newer version's (see NEWER_SETTINGS_ERROR).
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return serialised(async () => {
    const stored = await readStoredSettings();
    if (stored.newer) throw new Error(NEWER_SETTINGS_ERROR);
    // The change is written over a repaired record as well: one write, not the repair and then the change.
    const updated = change(stored.settings);
    await saveSettings(updated);
    return updated;
  });
}

const serialised = serialQueue();
