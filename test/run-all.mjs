#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, with one closing line `N passed, N failed`.
 *
 * Each step runs even when an earlier one failed (so one run shows everything), except that the
 * Firefox lint and the end-to-end tests need a build. Vitest's own counts are read from its JSON report;
 * every other step (lint, typecheck, build, Firefox lint) counts as one check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    // Vite warns, over 150 lines per build, that a future default config loader will not take the engine's
    // extensionless imports; it does not affect this build.
    env: {
      ...process.env,
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      ...extraEnv,
      FORCE_COLOR: process.env.CI ? '0' : '1',
    },
  });
  return result.status === 0;
}

function check(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
  return ok;
}

function step(name) {
  console.log(`\n━━ ${name} ━━`);
  return only.length === 0 || only.includes(name);
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** Runs a vitest suite with a JSON report and adds its real per-test counts. */
function vitest(name, args) {
  const report = resolve(tmp, `${name}-report.json`);
  rmSync(report, { force: true });
  const ok = run(bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) return check(`${name} (no report: the runner itself failed)`, false);
  const result = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  if (result.numFailedTests > 0) failures.push(`${name}: ${result.numFailedTests} failed`);
  // A file that fails to load, or whose beforeAll fails, has no failed test (its tests are reported
  // skipped) but is still a failure.
  const brokenFiles = result.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) check(`${name}: ${file.name} did not run: ${file.message ?? ''}`, false);
  if (result.numTotalTests === 0) check(`${name}: ran no test`, false);
  if (!ok && result.numFailedTests === 0 && brokenFiles.length === 0) {
    check(`${name}: vitest exited with an error`, false);
  }
  return ok;
}

if (step('format')) check('prettier --check', run(bin('prettier'), ['--check', '.', '--log-level', 'warn']));
if (step('lint')) check('eslint', run(bin('eslint'), ['.', '--max-warnings', '0']));
if (step('typecheck')) {
  check('tsc (project)', run(bin('tsc'), ['-p', 'tsconfig.json']));
  check('tsc (src/core without DOM)', run(bin('tsc'), ['-p', 'src/core/tsconfig.json']));
}
if (step('unit')) vitest('unit', []);

let built = false;
if (step('build')) {
  built = check('vite build (Chromium)', run(bin('vite'), ['build', '--logLevel', 'warn']));
  const firefox = check(
    'vite build (Firefox)',
    run(bin('vite'), ['build', '--mode', 'firefox', '--logLevel', 'warn']),
  );
  if (firefox && step('firefox-lint')) {
    const result = spawnSync(
      bin('web-ext'),
      ['lint', '--source-dir', 'dist-firefox', '--self-hosted', '--output', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    let errors = -1;
    try {
      const parsed = JSON.parse(result.stdout);
      errors = parsed.summary.errors;
      for (const message of [...parsed.errors, ...parsed.warnings]) {
        console.log(`  ${message._type} ${message.code}: ${message.message} (${message.file ?? ''})`);
      }
    } catch {
      console.log(result.stdout, result.stderr);
    }
    console.log(`web-ext lint: ${errors} errors`);
    check('web-ext lint: 0 errors', errors === 0);
  }
}

if (step('e2e')) {
  if (!built && !existsSync(resolve(root, 'dist/manifest.json'))) check('e2e (no build to test)', false);
  else vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']);
}

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
