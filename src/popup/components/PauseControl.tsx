/**
 * The global pause as one button that says what pressing it does now ("Pause …" or "Resume …"). A switch
 * named "Pause everywhere" read "On" while paused, a double negative, and the popup offered a second button
 * for the same job; this is the only control for it.
 */
import { SaveError, useSave } from '../use-save';

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
  const { busy, error, save } = useSave();
  return (
    <div class="pause-control">
      <button
        type="button"
        class={paused ? 'primary' : 'secondary'}
        data-testid="pause-toggle"
        data-paused={paused}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        onClick={() => save(() => onChange(!paused))}
      >
        {pauseLabel(paused)}
      </button>
      <SaveError error={error} />
    </div>
  );
}
