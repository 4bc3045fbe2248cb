/**
 * `npm run bench`: how fast Claim Lens is in a real browser, against the floor (a bare TreeWalker pass)
 * and against the usual tool (mark.js). Every ratio is measured side by side in the same run.
 *
 *   npm run bench                      build if stale, all sections, a table
 *   npm run bench -- --json            one JSON line (figures by key, null = n/a, reasons under `notes`)
 *   npm run bench -- --quick           fewer repetitions and 5 real pages, for development
 *   npm run bench -- --only=scan,sizes --pages 20 --build=never --dist=dist
 *
 * A benchmark, not a test: it never fails on a time. A section that cannot run prints n/a with the reason.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Harness } from '../e2e/harness';
import { animatedArticle, churningArticle, runAnimBench } from './anim-bench';
import { parseArgs, type BenchOptions, type Section } from './args';
import { benchClaims } from './bench-claims';
import { launchBench } from './browser';
import { ensureBuild, ROOT } from './build';
import { figure, missing, reason, round, type Figure } from './figures';
import { claimArticle, largeArticle } from './large-page';
import { runMarkjsBench } from './markjs-bench';
import { listPages, pagesMissing, runPagesBench } from './pages-bench';
import { runPopupBench } from './popup-bench';
import { writeReadProbe } from './read-probe';
import { runScanBench } from './scan-bench';
import { measureSizes } from './sizes';
import { formatJson, formatTable } from './table';
import { runWorkerBench } from './worker-bench';

/** Keys each section reports, so a failed section still lists its figures as n/a. */
const KEYS: Record<Section, string[]> = {
  sizes: [
    'content_js_gzip_kb',
    'sw_js_gzip_kb',
    'popup_js_gzip_kb',
    'popup_lazy_js_gzip_kb',
    'shipped_js_gzip_kb',
    'index_kb',
  ],
  engine: ['extract_mb_s', 'regex_mb_s', 'extract_regex_ratio', 'match_ms_p50', 'match_ms_p95'],
  markjs: ['markjs_ratio'],
  scan: ['scan_ratio', 'longest_task_ms', 'heap_delta_mb', 'read_probe_ratio'],
  worker: ['sw_cold_ms', 'sw_match_ms_p50', 'sw_match_ms_p95'],
  popup: ['popup_first_render_ms'],
  anim: ['anim_script_ms_per_s', 'anim_script_ratio', 'churn_script_ms_per_s', 'churn_script_ratio'],
  pages: [
    'pages_highlight_ms_median',
    'pages_highlight_ms_max',
    'pages_console_errors',
    'pages_layout_changes',
  ],
};

const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

function unitOf(key: string): string {
  if (key.endsWith('_mb_s')) return 'MB/s';
  if (key.includes('_ms')) return 'ms';
  if (key.endsWith('_bytes')) return 'B';
  if (key.endsWith('_kb')) return 'KB';
  if (key.endsWith('_mb')) return 'MB';
  if (key.includes('ratio')) return 'x';
  return '';
}

async function engineFigures(): Promise<Figure[]> {
  // Imported by a computed name: the engine engineer owns the file and the run must not break without it.
  const specifier = './engine.ts';
  let module: { runEngineBench?: () => Promise<Record<string, number>> };
  try {
    module = (await import(specifier)) as typeof module;
  } catch (error) {
    return KEYS.engine.map((key) =>
      missing(key, unitOf(key), `test/bench/engine.ts missing or broken: ${reason(error)}`),
    );
  }
  if (typeof module.runEngineBench !== 'function') {
    return KEYS.engine.map((key) =>
      missing(key, unitOf(key), 'test/bench/engine.ts has no runEngineBench export'),
    );
  }
  const result = await module.runEngineBench();
  return Object.entries(result).map(([key, value]) =>
    typeof value === 'number'
      ? figure(key, round(value), unitOf(key), { note: 'engine (Node)' })
      : missing(key, unitOf(key), 'not a number'),
  );
}

/** Runs one section; anything it throws becomes n/a figures with the reason. */
async function section(
  name: Section,
  options: BenchOptions,
  run: () => Promise<Figure[]>,
): Promise<Figure[]> {
  if (!options.only.has(name)) return [];
  log(`${name}…`);
  const started = Date.now();
  try {
    const figures = await run();
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return figures;
  } catch (error) {
    log(`${name} failed: ${reason(error)}`);
    return KEYS[name].map((key) => missing(key, unitOf(key), `${name} failed: ${reason(error)}`));
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const quick = options.quick;
  const figures: Figure[] = [];
  const extra: Record<string, string> = {};
  let dist: string | null = null;
  try {
    const build = ensureBuild(options);
    dist = build.dist;
    extra.build = build.note;
    log(build.note);
  } catch (error) {
    extra.build = `no build: ${reason(error)}`;
    log(extra.build);
  }
  const needsBuild = (name: string) => async (): Promise<never> => {
    throw new Error(`no built extension (${extra.build ?? 'unknown'}); ${name} needs one`);
  };

  figures.push(
    ...(await section('sizes', options, async () =>
      dist === null ? needsBuild('sizes')() : measureSizes(dist),
    )),
  );
  figures.push(...(await section('engine', options, engineFigures)));

  const large = largeArticle();
  const generated = {
    '/large.html': () => large,
    '/claims50.html': () => claimArticle(50),
    '/animated.html': animatedArticle,
    '/churning.html': churningArticle,
  };
  let withExtension: Harness | null = null;
  let without: Harness | null = null;
  const ext = async (): Promise<Harness> => {
    if (dist === null) return needsBuild('this section')();
    withExtension ??= await launchBench({ dist, withExtension: true, generated });
    return withExtension;
  };
  const bare = async (): Promise<Harness> => {
    without ??= await launchBench({ dist: dist ?? resolve(ROOT, 'dist'), withExtension: false, generated });
    return without;
  };
  try {
    figures.push(
      ...(await section('markjs', options, async () => {
        const harness = await bare();
        return runMarkjsBench({
          context: harness.context,
          url: harness.server.url('/large.html'),
          ranges: quick ? 300 : 1_000,
          reps: quick ? 2 : 5,
        });
      })),
    );
    figures.push(
      ...(await section('scan', options, async () => {
        const probeDist = writeReadProbe();
        // The probe is a comparison: a probe that cannot start must not cost Claim Lens's own figures.
        let probeFailure = '';
        const probe = await launchBench({ dist: probeDist, withExtension: true, generated }).catch(
          (error: unknown) => {
            probeFailure = `read probe did not start: ${reason(error)}`;
            return undefined;
          },
        );
        try {
          const figures = await runScanBench({
            withExtension: await ext(),
            without: await bare(),
            path: '/large.html',
            reps: quick ? 1 : 3,
            ...(probe === undefined ? {} : { probe }),
          });
          if (probe === undefined) figures.push(missing('read_probe_ratio', 'x', probeFailure));
          return figures;
        } finally {
          await probe?.close();
          rmSync(probeDist, { recursive: true, force: true });
        }
      })),
    );
    figures.push(
      ...(await section('worker', options, async () => {
        const { claims, source } = await benchClaims();
        return runWorkerBench({
          harness: await ext(),
          claims,
          claimSource: source,
          coldReps: quick ? 2 : 5,
          rounds: quick ? 60 : 300,
        });
      })),
    );
    figures.push(
      ...(await section('popup', options, async () =>
        runPopupBench({ harness: await ext(), path: '/claims50.html', reps: quick ? 1 : 3 }),
      )),
    );
    figures.push(
      ...(await section('anim', options, async () =>
        runAnimBench({
          withExtension: await ext(),
          without: await bare(),
          path: '/animated.html',
          churnPath: '/churning.html',
          settleMs: 3_000,
          windowMs: quick ? 2_000 : 5_000,
          reps: quick ? 1 : 3,
        }),
      )),
    );
  } finally {
    await (withExtension as Harness | null)?.close();
    await (without as Harness | null)?.close();
  }

  figures.push(...(await section('pages', options, () => pagesSection(options, dist))));

  if (options.json) process.stdout.write(`${formatJson(figures, extra)}\n`);
  else process.stdout.write(`${formatTable(figures)}\n\nbuild: ${extra.build ?? 'n/a'}\n`);
}

async function pagesSection(options: BenchOptions, dist: string | null): Promise<Figure[]> {
  const folder = resolve(ROOT, '../shared/pages');
  const all = listPages(folder);
  if (all.length === 0) return pagesMissing(`${folder} absent or empty`);
  if (dist === null) return pagesMissing('no built extension');
  const limit = options.pages ?? (options.quick ? 5 : all.length);
  const names = all.slice(0, limit);
  const withExtension = await launchBench({ dist, withExtension: true, pages: folder });
  let without: Harness | null = null;
  try {
    without = await launchBench({ dist, withExtension: false, pages: folder });
    return await runPagesBench({
      withExtension,
      without,
      names,
      progress: (done, total) => {
        if (done % 10 === 0 || done === total) log(`pages ${done}/${total}`);
      },
    });
  } finally {
    await withExtension.close();
    await without?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
