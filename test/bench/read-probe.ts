/**
 * The read probe: a stand-in extension whose content script does nothing but read every text node of the
 * page once, node by node as Claim Lens's block reader must to place its highlights, and register one
 * highlight. Measured like Claim Lens on the same page, it is what any extension that reads the page node
 * by node pays before it has understood anything; `scan_ratio`'s floor is the same pass made warm in the
 * page's own world, where no extension runs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCAN_DONE_MARK, SCAN_START_MARK } from './page-probe';

/** Name of the probe's one highlight: counted as one of ours by the page probe (it starts "claim-lens"). */
export const READ_PROBE_HIGHLIGHT = 'claim-lens-read-probe';

/**
 * The probe's content script: the floor's TreeWalker pass (see treeWalkerScript) between the start and
 * done marks, plus one highlight on the last text node, so that it ends as a scan ends.
 */
export const READ_PROBE_SCRIPT = `performance.mark(${JSON.stringify(SCAN_START_MARK)});
{
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let last = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    chars += node.data.length;
    last = node;
  }
  if (last !== null && typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function') {
    const range = document.createRange();
    range.setStart(last, 0);
    range.setEnd(last, Math.min(1, last.data.length));
    CSS.highlights.set(${JSON.stringify(READ_PROBE_HIGHLIGHT)}, new Highlight(range));
  }
  performance.mark(${JSON.stringify(SCAN_DONE_MARK)}, { detail: chars });
}
`;

/** The probe's manifest: Claim Lens's content-script timing (document_idle), nothing else. */
export const READ_PROBE_MANIFEST = {
  manifest_version: 3,
  name: 'Claim Lens read probe',
  version: '0.0.1',
  // The harness finds an extension by its service worker.
  background: { service_worker: 'sw.js' },
  content_scripts: [{ js: ['content.js'], matches: ['http://*/*'], run_at: 'document_idle' }],
};

/** Writes the probe extension into a new temporary folder and returns its path. */
export function writeReadProbe(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-lens-read-probe-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(READ_PROBE_MANIFEST, null, 2));
  writeFileSync(join(dir, 'sw.js'), '// The probe does all its work in the page.\n');
  writeFileSync(join(dir, 'content.js'), READ_PROBE_SCRIPT);
  return dir;
}
