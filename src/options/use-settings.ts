/**
 * The settings as the options page sees them: read from the worker (which repairs a corrupt stored value)
 * and followed through storage.onChanged, so a switch flipped in the popup shows here at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import type { RequestOf, WorkerProtocol } from '../shared/messages';
import { sendToWorker } from '../shared/rpc';
import { SETTINGS_KEY, type Settings } from '../shared/settings';

/** Settings, the last error, and a runner for changes that return the new settings. */
export interface SettingsState {
  settings: Settings | null;
  error: string | null;
  change<K extends 'setSite' | 'forgetSite' | 'setGlobal'>(
    type: K,
    payload: RequestOf<WorkerProtocol, K>,
  ): void;
}

/** Loads the settings and keeps them current. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const report = (e: unknown): void => setError(e instanceof Error ? e.message : String(e));
  useEffect(() => {
    let gone = false;
    const load = (): void => {
      sendToWorker('getSettings', {})
        .then((value) => !gone && setSettings(value))
        .catch((e: unknown) => !gone && report(e));
    };
    load();
    const onChanged = (changes: Record<string, unknown>): void => {
      if (SETTINGS_KEY in changes) load();
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => {
      gone = true;
      ext.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const change = useCallback(
    <K extends 'setSite' | 'forgetSite' | 'setGlobal'>(
      type: K,
      payload: RequestOf<WorkerProtocol, K>,
    ): void => {
      setError(null);
      (sendToWorker(type, payload) as Promise<Settings>).then(setSettings).catch(report);
    },
    [],
  );
  return { settings, error, change };
}
