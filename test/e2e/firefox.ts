/**
 * Finds the Firefox that the Firefox end-to-end test drives. Never downloads one, for the reason given in
 * chromium.ts: a silent skip would hide that the Firefox build was never run.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Path of the Firefox executable, from FIREFOX_PATH or the usual places; throws with install advice. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Firefox found for the Firefox end-to-end test. Install it with `sudo apt-get install -y firefox-esr` ' +
      '(Debian/Ubuntu), or set FIREFOX_PATH to a Firefox (142 or later) executable.',
  );
}
