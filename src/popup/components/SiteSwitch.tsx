/** The per-site switch, labelled with the site's host name. */
import { SaveError, useSave } from '../use-save';
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
  const { busy, error, save } = useSave();
  return (
    <div class="site-switch">
      <Switch
        label={
          <>
            Claim Lens on <strong data-testid="host">{host}</strong>
          </>
        }
        checked={on}
        onChange={(next) => save(() => onChange(host, next))}
        disabled={paused}
        busy={busy}
        description={
          paused
            ? 'Not in effect while paused: your choice for this site applies again when you resume.'
            : undefined
        }
        testId="site-switch"
      />
      <SaveError error={error} />
    </div>
  );
}
