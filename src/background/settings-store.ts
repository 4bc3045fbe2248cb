/**
 * Reads and writes the settings record in extension storage, repairing a corrupt value on read.
 */
import { SETTINGS_KEY, type Settings } from '../shared/settings';
import { serialQueue } from '../shared/promises';
import { readStoredSettings, settingsAreas } from '../shared/stored-settings';

/** Loads the settings; a broken stored value is replaced by its repaired form so the popup never breaks. */
export async function loadSettings(): Promise<Settings> {
  const { settings, repaired } = await readStoredSettings();
  if (repaired) await saveSettings(settings);
  return settings;
}

/** Saves the settings into the first storage area that accepts them. */
export async function saveSettings(settings: Settings): Promise<void> {
  let lastError: unknown = null;
  for (const area of settingsAreas()) {
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
  return serialised(async () => {
    const updated = change(await loadSettings());
    await saveSettings(updated);
    return updated;
  });
}

const serialised = serialQueue();
