/** The sites the user has switched either way, each with its switch and a way to forget the choice. */
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
  const hosts = Object.keys(settings.sites).sort();
  const focus = useFocusAfterRemoval(hosts);
  if (hosts.length === 0) {
    return (
      <p class="muted" data-testid="no-sites" tabIndex={-1} ref={focus.fallback}>
        No site has been switched on or off yet. Use the switch in the toolbar popup on any site.
      </p>
    );
  }
  return (
    <ul class="sites" data-testid="sites">
      {hosts.map((host) => (
        <li key={host} class="site" data-host={host}>
          <Switch label={host} checked={settings.sites[host] === true} onChange={(on) => onSet(host, on)} />
          <button
            type="button"
            class="link-button"
            onClick={() => {
              focus.removing(host);
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
