/**
 * The benchmark's pure parts: the generated pages meet the size and content requirements and are
 * deterministic, the statistics are right, the CLI refuses what it does not know, and the size walker
 * follows imports and counts each file once. No timing is asserted anywhere.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { claimArticle, largeArticle, prng, RELATED_CLAIMS } from './large-page';
import { measureSizes, reachableChunks } from './sizes';
import { median, quantile } from './stats';

/** Text nodes and characters of an HTML string, the way a TreeWalker over the body would count them. */
function textOf(html: string): { chars: number; nodes: number } {
  const body = html.slice(html.indexOf('<body>'));
  const pieces = body.split(/<[^>]+>/).filter((piece) => piece.length > 0);
  return { chars: pieces.join('').length, nodes: pieces.length };
}

describe('generated pages', () => {
  const large = largeArticle();

  it('the large article has at least 1 MB of text in at least 20,000 text nodes', () => {
    const { chars, nodes } = textOf(large);
    expect(chars).toBeGreaterThanOrEqual(1_000_000);
    expect(nodes).toBeGreaterThanOrEqual(20_000);
  });

  it('is the same for the same seed and different for another', () => {
    expect(largeArticle()).toBe(large);
    expect(largeArticle({ seed: 1, paragraphs: 50 })).not.toBe(largeArticle({ seed: 2, paragraphs: 50 }));
  });

  it('spreads corpus-related claims through the article', () => {
    const tagless = large.replace(/<[^>]+>/g, '');
    const firstThird = tagless.slice(0, tagless.length / 3);
    const lastThird = tagless.slice((tagless.length * 2) / 3);
    const related = (text: string) => RELATED_CLAIMS.filter((claim) => text.includes(claim)).length;
    expect(related(firstThird)).toBeGreaterThan(5);
    expect(related(lastThird)).toBeGreaterThan(5);
  });

  it('the claim article carries exactly the requested number of related sentences', () => {
    const tagless = claimArticle(50).replace(/<[^>]+>/g, '');
    const count = RELATED_CLAIMS.reduce((sum, claim) => sum + tagless.split(claim).length - 1, 0);
    expect(count).toBe(50);
  });

  it('prng stays in [0, 1)', () => {
    const random = prng(42);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('stats', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('quantile uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile(values, 0.5)).toBe(50);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});

describe('args', () => {
  it('reads sections, page limit and output', () => {
    const options = parseArgs(['--json', '--only=scan,sizes', '--pages', '12']);
    expect(options.json).toBe(true);
    expect([...options.only].sort()).toEqual(['scan', 'sizes']);
    expect(options.pages).toBe(12);
  });

  it('leaves the engine out of --quick unless asked', () => {
    expect(parseArgs(['--quick']).only.has('engine')).toBe(false);
    expect(parseArgs(['--quick', '--only=engine']).only.has('engine')).toBe(true);
  });

  it.each([['--only=nothing'], ['--pages=-1'], ['--frobnicate'], ['--build=sometimes']])(
    'refuses %s',
    (arg) => {
      expect(() => parseArgs([arg])).toThrow();
    },
  );
});

describe('sizes', () => {
  it('follows static and dynamic relative imports, each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    try {
      writeFileSync(join(dir, 'loader.js'), "import './a.js';");
      writeFileSync(join(dir, 'a.js'), 'import{x as y}from"./b.js";const l=()=>import("./c.js");');
      writeFileSync(join(dir, 'b.js'), "export * from './a.js';");
      writeFileSync(join(dir, 'c.js'), 'export const c = 1;');
      writeFileSync(join(dir, 'unused.js'), 'export const u = 1;');
      const names = reachableChunks([join(dir, 'loader.js')])
        .map((file) => file.slice(dir.length + 1))
        .sort();
      expect(names).toEqual(['a.js', 'b.js', 'c.js', 'loader.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a dynamic import written with backticks, as Vite writes them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    try {
      writeFileSync(
        join(dir, 'popup.js'),
        'const r=async()=>{let{x:e}=await import(`./reader.js`);return e};',
      );
      writeFileSync(join(dir, 'reader.js'), 'export const x = 1;');
      const names = reachableChunks([join(dir, 'popup.js')]).map((file) => file.slice(dir.length + 1));
      expect(names.sort()).toEqual(['popup.js', 'reader.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts what the popup loads when it opens, what it loads on request on top, and every script once', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    try {
      mkdirSync(join(dist, 'assets'));
      mkdirSync(join(dist, 'src/popup'), { recursive: true });
      // The shared chunk is both preloaded by the HTML and imported by the entry; the reader imports it too.
      writeFileSync(
        join(dist, 'src/popup/index.html'),
        '<script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/shared.js">',
      );
      const files: Record<string, string> = {
        'assets/index.js': `import{a}from"./shared.js";const r=()=>import(\`./reader.js\`);${'/* popup */'.repeat(40)}`,
        'assets/shared.js': `export const a=1;${'/* shared, as preact is */'.repeat(60)}`,
        'assets/reader.js': `import{a}from"./shared.js";import"./reader-dep.js";${'/* readability */'.repeat(90)}`,
        'assets/reader-dep.js': `export const d=2;${'/* passages */'.repeat(20)}`,
        'service-worker-loader.js': "import './assets/worker.js';",
        'assets/worker.js': `import{a}from"./shared.js";${'/* worker */'.repeat(30)}`,
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
      const kb = (...names: string[]) =>
        names.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0) /
        1024;
      const value = (key: string) => measureSizes(dist).find((f) => f.key === key)?.value;
      const near = (expected: number) => expect.closeTo(expected, 2);
      expect(value('popup_js_gzip_kb')).toEqual(near(kb('assets/index.js', 'assets/shared.js')));
      expect(value('popup_lazy_js_gzip_kb')).toEqual(near(kb('assets/reader.js', 'assets/reader-dep.js')));
      expect(value('sw_js_gzip_kb')).toEqual(
        near(kb('service-worker-loader.js', 'assets/worker.js', 'assets/shared.js')),
      );
      expect(value('shipped_js_gzip_kb')).toEqual(near(kb(...Object.keys(files))));
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
