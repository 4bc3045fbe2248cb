/**
 * The global pause as one button that says what pressing it does now ("Pause …" or "Resume …"). A switch
 * named "Pause everywhere" read "On" while paused, a double negative, and the popup offered a second button
 * for the same job; this is the only control for it.
 */
import { useState } from 'preact/hooks';

/** Props of PauseControl. */
export interface PauseControlProps {
  paused: boolean;
  /** Saves the new state; a rejected promise is shown as an alert next to the button. */
  onChange(paused: boolean): Promise<void> | void;
}

/** The words of the button: the action it performs from the current state. */
export function pauseLabel(paused: boolean): string {
  return paused ? 'Resume Claim Lens everywhere' : 'Pause Claim Lens everywhere';
}

/** Pauses or resumes Claim Lens on every site; the per-site choices are kept either way. */
export function PauseControl({ paused, onChange }: PauseControlProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const press = (): void => {
    // Not `disabled` while saving: a disabled button drops the keyboard focus the user has on it.
    if (busy) return;
    setBusy(true);
    setError(null);
    Promise.resolve()
      .then(() => onChange(!paused))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="pause-control">
      <button
        type="button"
        class={paused ? 'primary' : 'secondary'}
        data-testid="pause-toggle"
        data-paused={paused}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        onClick={press}
      >
        {pauseLabel(paused)}
      </button>
      {error !== null && (
        <p class="error" role="alert">
          Could not save: {error}
        </p>
      )}
    </div>
  );
}
