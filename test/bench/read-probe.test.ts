// @vitest-environment happy-dom
/**
 * The read probe (a stand-in extension for the scan benchmark): its content script reads every text node
 * between the marks the benchmark waits for, and the folder it is written to loads as an extension would.
 * Its highlight needs CSS.highlights, which happy-dom lacks: the benchmark itself shows it in Chromium.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setBody } from '../content/fixtures';
import { SCAN_DONE_MARK, SCAN_START_MARK } from './page-probe';
import { READ_PROBE_SCRIPT, writeReadProbe } from './read-probe';

describe('read probe', () => {
  afterEach(() => {
    performance.clearMarks();
  });

  it('reads every text node between the start and done marks', () => {
    setBody('<p>More than <b>280,000</b> killed.</p><div>Since <i>February 27</i></div>');
    new Function(READ_PROBE_SCRIPT)();
    const [start] = performance.getEntriesByName(SCAN_START_MARK);
    const [done] = performance.getEntriesByName(SCAN_DONE_MARK) as PerformanceMark[];
    expect(start).toBeDefined();
    expect(done?.detail).toBe(document.body.textContent?.length);
    expect(done!.startTime).toBeGreaterThanOrEqual(start!.startTime);
  });

  it('is a no-op on an empty page', () => {
    setBody('');
    new Function(READ_PROBE_SCRIPT)();
    const [done] = performance.getEntriesByName(SCAN_DONE_MARK) as PerformanceMark[];
    expect(done?.detail).toBe(0);
  });

  it('writes a manifest whose files exist, injected when Claim Lens is', () => {
    const dir = writeReadProbe();
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        manifest_version: number;
        background: { service_worker: string };
        content_scripts: { js: string[]; run_at: string }[];
      };
      expect(manifest.manifest_version).toBe(3);
      expect(existsSync(join(dir, manifest.background.service_worker))).toBe(true);
      const [script] = manifest.content_scripts;
      // Injected when Claim Lens's own content script is, or the two are not comparable.
      const ours = JSON.parse(readFileSync(join(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
        content_scripts: { run_at: string }[];
      };
      expect(script?.run_at).toBe(ours.content_scripts[0]?.run_at);
      expect(readFileSync(join(dir, script?.js[0] ?? ''), 'utf8')).toBe(READ_PROBE_SCRIPT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
