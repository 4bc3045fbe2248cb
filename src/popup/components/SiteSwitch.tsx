/** The per-site switch, labelled with the site's host name. */
import { useState } from 'preact/hooks';
import { Switch } from './Switch';

/** Props of SiteSwitch. */
export interface SiteSwitchProps {
  host: string;
  /** Whether the site itself is switched on (the global pause is shown separately). */
  on: boolean;
  onChange(host: string, enabled: boolean): Promise<void>;
}

/** Switches Claim Lens on or off for one site; a failed save is said out loud rather than silently undone. */
export function SiteSwitch({ host, on, onChange }: SiteSwitchProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (next: boolean): void => {
    setBusy(true);
    setError(null);
    onChange(host, next)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div class="site-switch">
      <Switch
        label={
          <>
            Claim Lens on <strong data-testid="host">{host}</strong>
          </>
        }
        checked={on}
        onChange={change}
        disabled={busy}
        testId="site-switch"
      />
      {error !== null && (
        <p class="error" role="alert">
          Could not save: {error}
        </p>
      )}
    </div>
  );
}
