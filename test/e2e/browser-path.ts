/**
 * Finds the browsers the end-to-end tests drive. Never downloads one: the machines cannot, and a silent skip
 * would hide that nothing was tested.
 */
import { existsSync } from 'node:fs';

/** Where to look for one browser, and what to tell a person who has none. */
interface BrowserLookup {
  /** Environment variable that names the executable, overriding the usual places. */
  env: string;
  candidates: string[];
  /** How to install it, said when none is found. */
  advice: string;
}

function find({ env, candidates, advice }: BrowserLookup): string {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to ${fromEnv}, which does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(advice);
}

/** Path of the Chromium executable, from CHROMIUM_PATH or the usual places; throws with install advice. */
export function chromiumPath(): string {
  return find({
    env: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    advice:
      'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  });
}

/** Path of the Firefox executable, from FIREFOX_PATH or the usual places; throws with install advice. */
export function firefoxPath(): string {
  return find({
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    advice:
      'No Firefox found for the Firefox end-to-end test. Install it with `sudo apt-get install -y firefox-esr` ' +
      '(Debian/Ubuntu), or set FIREFOX_PATH to a Firefox (142 or later) executable.',
  });
}
