/** The per-site switch, labelled with the site's host name. */
import { useState } from 'preact/hooks';
import { Switch } from './Switch';

/** Props of SiteSwitch. */
export interface SiteSwitchProps {
  host: string;
  /** Whether the site itself is switched on (the global pause is shown separately). */
  on: boolean;
  /**
   * True while Claim Lens is paused everywhere: the site's choice is kept but has no effect, so the switch
   * shows it as not in effect rather than as a working "On" that scans nothing.
   */
  paused?: boolean;
  onChange(host: string, enabled: boolean): Promise<void>;
}

/** Switches Claim Lens on or off for one site; a failed save is said out loud rather than silently undone. */
export function SiteSwitch({ host, on, paused = false, onChange }: SiteSwitchProps) {
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
    <div class={paused ? 'site-switch not-in-effect' : 'site-switch'}>
      <Switch
        label={
          <>
            Claim Lens on <strong data-testid="host">{host}</strong>
          </>
        }
        checked={on}
        onChange={change}
        disabled={paused}
        busy={busy}
        description={
          paused
            ? 'Not in effect while paused: your choice for this site applies again when you resume.'
            : undefined
        }
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
