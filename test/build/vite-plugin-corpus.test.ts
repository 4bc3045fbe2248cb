import { mkdtempSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { corpusIndexPlugin, CORPUS_INDEX_FILE } from '../../src/build/vite-plugin-corpus';
import { loadIndex } from '../../src/core/corpus-index';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claim-lens-vite-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function bundle(corpusDir: string): Promise<Rollup.OutputBundle | Rollup.RollupOutput['output']> {
  const root = tempDir();
  writeFileSync(join(root, 'entry.js'), 'export const x = 1;\n');
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [corpusIndexPlugin({ dir: corpusDir })],
    build: { write: false, rollupOptions: { input: join(root, 'entry.js') } },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output)) throw new Error('unexpected build result');
  return output.output;
}

describe('corpusIndexPlugin', () => {
  it('emits corpus-index.json at the bundle root, loadable by loadIndex', async () => {
    const corpus = tempDir();
    for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(corpus, f));
    const output = await bundle(corpus);
    const asset = Object.values(output).find((o) => o.fileName === CORPUS_INDEX_FILE);
    expect(asset?.type).toBe('asset');
    const source = asset && asset.type === 'asset' ? String(asset.source) : '';
    const index = loadIndex(JSON.parse(source));
    expect(index.documents.map((d) => d.id)).toEqual(
      readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.slice(0, -4)),
    );
  });

  it.each([
    ['an empty document', { 'a.txt': 'Fine text.', 'b.txt': '' }, 'b.txt'],
    [
      'a bad sources.json',
      { 'a.txt': 'Fine text.', 'sources.json': '{"a": {"date": "yesterday"}}' },
      'sources.json',
    ],
  ])('fails the build on %s, naming the file', async (_n, files, file) => {
    const corpus = tempDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(corpus, name), content);
    await expect(bundle(corpus)).rejects.toThrow(file);
  });
});
