/** An on/off switch: a real button with role="switch", so Space and Enter work and screen readers say its state. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** Props of Switch. */
export interface SwitchProps {
  /** The visible label; it also names the switch for assistive technology. */
  label: ComponentChildren;
  checked: boolean;
  onChange(next: boolean): void;
  /** The switch cannot be used now; `description` should say why. */
  disabled?: boolean;
  /** A change is being saved: the switch waits for it rather than taking a second one. */
  busy?: boolean;
  /** A line under the switch that describes it (why it is disabled, what it does not do now). */
  description?: ComponentChildren;
  testId?: string;
}

/** A labelled switch; the label is clickable text beside the control, and names it. */
export function Switch({
  label,
  checked,
  onChange,
  disabled = false,
  busy = false,
  description,
  testId,
}: SwitchProps) {
  const id = useId();
  const hasDescription = description !== undefined && description !== null && description !== false;
  return (
    <div class="switch-row">
      {/* A click on the label works the switch, as a checkbox's label does; keyboard users have the button. */}
      <span id={`${id}-label`} class="switch-label" onClick={() => disabled || busy || onChange(!checked)}>
        {label}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={hasDescription ? `${id}-description` : undefined}
        aria-busy={busy || undefined}
        // Not disabled while a change is saved: a focused button that becomes disabled drops keyboard focus to
        // the page, so a second press of Space would go nowhere. It ignores presses until the save ends.
        aria-disabled={busy || undefined}
        disabled={disabled}
        data-testid={testId}
        onClick={() => busy || onChange(!checked)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-state" aria-hidden="true">
          {checked ? 'On' : 'Off'}
        </span>
      </button>
      {hasDescription && (
        <p
          id={`${id}-description`}
          class="switch-description"
          data-testid={testId && `${testId}-description`}
        >
          {description}
        </p>
      )}
    </div>
  );
}
