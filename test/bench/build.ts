/**
 * Makes sure the benchmark measures the current sources: builds the Chromium extension when the build
 * folder is missing or older than anything it is built from (`--build=auto`, the default).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchOptions } from './args';

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What the build step did, for the report. */
export interface BuildResult {
  /** Absolute path of the built extension. */
  dist: string;
  /** One line: built with which config, or why the existing build was used. */
  note: string;
}

/** Terminal colour codes, stripped from build output before quoting it. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Newest modification time under `path` (a file or a folder, recursively). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when dist/ is missing or older than the sources, manifest, config or corpus. */
export function isStale(dist: string): boolean {
  const built = join(dist, 'manifest.json');
  if (!existsSync(built)) return true;
  const inputs = ['src', 'manifest.json', 'vite.config.ts', 'seeds', 'public'].map((p) =>
    newest(join(ROOT, p)),
  );
  return Math.max(...inputs) > statSync(built).mtimeMs;
}

function viteBuild(dist: string): { ok: boolean; output: string } {
  const args = ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'];
  // Vite's warning about a future config loader does not concern this build (see test/run-all.mjs).
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/**
 * Builds when needed. When the build fails, an existing build is measured and the note says so loudly,
 * so a broken tree still gives figures for what was there before.
 */
export function ensureBuild(options: Pick<BenchOptions, 'build' | 'dist'>): BuildResult {
  const dist = resolve(ROOT, options.dist);
  const stale = isStale(dist);
  if (options.build === 'never' || (options.build === 'auto' && !stale)) {
    if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no build and --build=never`);
    return {
      dist,
      note: stale ? 'existing build (older than src/, --build=never)' : 'existing build (up to date)',
    };
  }
  const full = viteBuild(dist);
  if (full.ok) return { dist, note: 'built with vite.config.ts' };
  const firstError =
    full.output
      .replace(ANSI, '')
      .split('\n')
      .find((line) => /error|could not|failed/i.test(line)) ?? 'unknown';
  if (existsSync(join(dist, 'manifest.json'))) {
    return { dist, note: `BUILD FAILED (${firstError.trim()}); measuring the previous build` };
  }
  throw new Error(`build failed and ${dist} has no previous build: ${firstError.trim()}`);
}
