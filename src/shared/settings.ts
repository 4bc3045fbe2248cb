/**
 * User settings: the per-site switch, the global pause and the default for unlisted sites.
 *
 * Stored values come from disk and may be corrupt or from an older version, so they are parsed, never
 * trusted: anything unexpected falls back to the default for that field, and the caller writes the
 * repaired value back. Valid entries survive a partly corrupt record, so a user never loses a site list
 * because one entry went bad. A record of a newer version (synced from a browser with a newer Claim Lens) is
 * read for what this version understands and never written back: as version 1 it would downgrade the newer one.
 */

/** Whether Claim Lens runs on sites the user has not switched either way. */
export type DefaultMode = 'all-sites' | 'only-enabled';

/** The settings record, as kept in extension storage under SETTINGS_KEY. */
export interface Settings {
  version: 1;
  /** True pauses Claim Lens everywhere without forgetting the per-site choices. */
  paused: boolean;
  defaultMode: DefaultMode;
  /** Host name → explicitly on (true) or off (false). */
  sites: Record<string, boolean>;
}

/** Storage key of the settings record. */
export const SETTINGS_KEY = 'settings';

/** The settings of a fresh install. */
export function defaultSettings(): Settings {
  return { version: 1, paused: false, defaultMode: 'all-sites', sites: {} };
}

/** The outcome of reading a stored value: usable settings, and whether they differ from what was stored. */
export interface ParsedSettings {
  settings: Settings;
  /** What is stored is broken or of an older form: write `settings` back. Never set for a newer record. */
  repaired: boolean;
  /**
   * Set when the record is of a newer version than this one: `settings` holds what this version understands of
   * it, and nothing may be written over it (see settings-store), since the newer Claim Lens reads it too.
   */
  newer?: true;
}

/** Whether a stored `version` is a later one than this version writes: a whole number above 1. */
function isNewerVersion(version: unknown): boolean {
  return typeof version === 'number' && Number.isSafeInteger(version) && version > 1;
}

const HOST_RE = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:.]{2,45}\]$/;

/** Normalises a host name as the site key; returns null for anything that is not a plausible host. */
export function siteKey(host: string): string | null {
  const key = host.trim().toLowerCase().replace(/\.$/, '');
  return HOST_RE.test(key) ? key : null;
}

/** Parses a stored value into settings, repairing what is wrong. `undefined` (never stored) is not a repair. */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  if (raw === undefined) return { settings, repaired: false };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings, repaired: true };
  const record = raw as Record<string, unknown>;
  const newer = isNewerVersion(record.version);
  let repaired = record.version !== 1;
  if (typeof record.paused === 'boolean') settings.paused = record.paused;
  else repaired = true;
  if (record.defaultMode === 'all-sites' || record.defaultMode === 'only-enabled') {
    settings.defaultMode = record.defaultMode;
  } else repaired = true;
  const sites = record.sites;
  if (typeof sites === 'object' && sites !== null && !Array.isArray(sites)) {
    for (const [host, on] of Object.entries(sites as Record<string, unknown>)) {
      const key = siteKey(host);
      if (key !== null && typeof on === 'boolean' && key === host) settings.sites[key] = on;
      else repaired = true;
    }
  } else repaired = true;
  // A field this version cannot read may be one the newer version reads well: it is not broken, only not ours.
  return newer ? { settings, repaired: false, newer: true } : { settings, repaired };
}

/** Why Claim Lens is not running on a site, or null when it is. */
export type OffReason = 'paused' | 'site-off' | 'not-enabled' | null;

/** Decides whether Claim Lens runs on `host` under `settings`. */
export function offReason(settings: Settings, host: string): OffReason {
  if (settings.paused) return 'paused';
  const key = siteKey(host);
  const choice = key === null ? undefined : settings.sites[key];
  if (choice === false) return 'site-off';
  if (choice === undefined && settings.defaultMode === 'only-enabled') return 'not-enabled';
  return null;
}

/** Returns new settings with `host` switched on or off; switching back to the default forgets the entry. */
export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const key = siteKey(host);
  if (key === null) return settings;
  const sites = { ...settings.sites };
  const isDefault = enabled === (settings.defaultMode === 'all-sites');
  if (isDefault) delete sites[key];
  else sites[key] = enabled;
  return { ...settings, sites };
}
