/** An on/off switch: a real button with role="switch", so Space and Enter work and screen readers say its state. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** Props of Switch. */
export interface SwitchProps {
  /** The visible label; it also names the switch for assistive technology. */
  label: ComponentChildren;
  checked: boolean;
  onChange(next: boolean): void;
  disabled?: boolean;
  testId?: string;
}

/** A labelled switch; the label is clickable text beside the control, and names it. */
export function Switch({ label, checked, onChange, disabled = false, testId }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch-row">
      <span id={`${id}-label`} class="switch-label">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        disabled={disabled}
        data-testid={testId}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-state" aria-hidden="true">
          {checked ? 'On' : 'Off'}
        </span>
      </button>
    </div>
  );
}
