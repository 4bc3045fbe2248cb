/** The sites the user has switched either way, each with its switch and a way to forget the choice. */
import { useState } from 'preact/hooks';
import { Switch } from '../popup/components/Switch';
import type { Settings } from '../shared/settings';
import { useFocusAfterRemoval } from './use-focus-after-removal';

/** Props of SitesList. */
export interface SitesListProps {
  settings: Settings;
  onSet(host: string, enabled: boolean): void;
  onForget(host: string): void;
}

/** Sorted by host so a long list is scannable; forgetting returns a site to the default. */
export function SitesList({ settings, onSet, onForget }: SitesListProps) {
  // Sites switched here stay listed until forgotten: a switch set back to the default is stored as no choice at
  // all, and a row that vanished under the pointer as it was flipped would take the user's focus and the way back.
  const [switchedHere, setSwitchedHere] = useState<readonly string[]>([]);
  const hosts = [...new Set([...Object.keys(settings.sites), ...switchedHere])].sort();
  const focus = useFocusAfterRemoval(hosts);
  const byDefault = settings.defaultMode === 'all-sites';
  if (hosts.length === 0) {
    return (
      <p class="muted" data-testid="no-sites" tabIndex={-1} ref={focus.fallback}>
        No site has a setting of its own: every site follows the choice above. Use the switch in the toolbar
        popup on any site.
      </p>
    );
  }
  return (
    <ul class="sites" data-testid="sites">
      {hosts.map((host) => (
        <li key={host} class="site" data-host={host}>
          <Switch
            label={host}
            checked={settings.sites[host] ?? byDefault}
            onChange={(on) => {
              if (!switchedHere.includes(host)) setSwitchedHere([...switchedHere, host]);
              onSet(host, on);
            }}
          />
          <button
            type="button"
            class="link-button"
            onClick={() => {
              focus.removing(host);
              setSwitchedHere(switchedHere.filter((h) => h !== host));
              onForget(host);
            }}
            aria-label={`Forget ${host}`}
            ref={focus.control(host)}
          >
            Forget
          </button>
        </li>
      ))}
    </ul>
  );
}
