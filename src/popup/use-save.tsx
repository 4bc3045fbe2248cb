/**
 * Saving a setting from a control: the control stays usable (and focused) while the save runs, takes no second
 * press meanwhile, and a failed save is said out loud rather than silently undone.
 */
import { useState } from 'preact/hooks';

/** What a control needs while it saves. */
export interface Save {
  busy: boolean;
  error: string | null;
  /** Runs `write` unless a save is under way; a rejection becomes `error`. */
  save(write: () => Promise<void> | void): void;
}

/** The state of one control's saves. */
export function useSave(): Save {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = (write: () => Promise<void> | void): void => {
    if (busy) return;
    setBusy(true);
    setError(null);
    Promise.resolve()
      .then(write)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return { busy, error, save };
}

/** The alert for a failed save, or nothing. */
export function SaveError({ error }: { error: string | null }) {
  return error === null ? null : (
    <p class="error" role="alert">
      Could not save: {error}
    </p>
  );
}
