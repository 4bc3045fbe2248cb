/**
 * What ships, gzipped: the content script, the service worker's chunks (followed from its loader), the
 * popup's chunks when it opens (followed from its HTML through static imports), the chunks it loads later on
 * request ("Add this page to your documents" imports the article reader), every script shipped, and the corpus
 * index. Each figure counts a file once, however many chunks import it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, missing, round, type Figure } from './figures';

const KB = 1024;

/** A static import or re-export of a relative module (a static specifier is never a template literal). */
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** A dynamic import of a relative module. Vite writes these with backticks: import(`./page-article-….js`). */
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Relative module specifiers a built chunk imports: statically (loaded with it) and dynamically (on demand). */
export function importsOf(source: string): { static: string[]; dynamic: string[] } {
  return {
    static: [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] as string),
    dynamic: [...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1] as string),
  };
}

/**
 * Every JS file reachable from `entries` through relative imports, each once (as an absolute path, so that one
 * file named two ways is still one); `dynamic: false` follows static imports only, what loads with the entries.
 */
export function reachableChunks(entries: string[], { dynamic = true } = {}): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const imports = importsOf(readFileSync(file, 'utf8'));
    for (const spec of dynamic ? [...imports.static, ...imports.dynamic] : imports.static)
      queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
}

/**
 * The chunks a page loads when it opens (`eager`), and those it may load later through a dynamic import
 * (`lazy`): only what is not loaded already, so a chunk both share is counted with the eager ones alone.
 */
export function splitChunks(entries: string[]): { eager: string[]; lazy: string[] } {
  const eager = reachableChunks(entries, { dynamic: false });
  const loaded = new Set(eager);
  return { eager, lazy: reachableChunks(entries).filter((file) => !loaded.has(file)) };
}

/** Every .js file under `dir`, each once. */
function scriptsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => resolve(entry.parentPath, entry.name));
}

/** Scripts and module preloads an HTML page loads, as absolute paths within `dist`. */
function htmlScripts(dist: string, htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const out: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)) {
    const ref = match[1] as string;
    out.push(ref.startsWith('/') ? join(dist, ref) : resolve(dirname(htmlPath), ref));
  }
  return out;
}

/** Gzipped size of `files` in KB; a file listed twice (or named two ways) counts once. */
export function gzipKb(files: string[]): number {
  const once = new Set(files.map((file) => resolve(file)));
  return [...once].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / KB;
}

/**
 * content_js_gzip_kb, sw_js_gzip_kb, popup_js_gzip_kb (what loads when the popup opens),
 * popup_lazy_js_gzip_kb (what "Add this page" loads on top), shipped_js_gzip_kb, index_kb, index_gzip_kb.
 */
export function measureSizes(dist: string): Figure[] {
  const figures: Figure[] = [];
  const content = join(dist, 'src/content/main.js');
  figures.push(
    existsSync(content)
      ? figure('content_js_gzip_kb', round(gzipKb([content])), 'KB', { target: '≤ 40' })
      : missing('content_js_gzip_kb', 'KB', 'dist/src/content/main.js missing'),
  );
  const loader = join(dist, 'service-worker-loader.js');
  if (existsSync(loader)) {
    const chunks = reachableChunks([loader]);
    figures.push(figure('sw_js_gzip_kb', round(gzipKb(chunks)), 'KB', { note: `${chunks.length} files` }));
  } else figures.push(missing('sw_js_gzip_kb', 'KB', 'dist/service-worker-loader.js missing'));
  const popup = join(dist, 'src/popup/index.html');
  if (existsSync(popup)) {
    const { eager, lazy } = splitChunks(htmlScripts(dist, popup));
    const names = (chunks: string[]) => chunks.map((file) => relative(dist, file)).join(', ');
    figures.push(
      figure('popup_js_gzip_kb', round(gzipKb(eager)), 'KB', {
        note: `when it opens, ${eager.length} files: ${names(eager)}`,
      }),
      figure('popup_lazy_js_gzip_kb', round(gzipKb(lazy)), 'KB', {
        note: `loaded on request, on top, ${lazy.length} files: ${names(lazy)}`,
      }),
    );
  } else
    figures.push(
      missing('popup_js_gzip_kb', 'KB', 'dist/src/popup/index.html missing'),
      missing('popup_lazy_js_gzip_kb', 'KB', 'dist/src/popup/index.html missing'),
    );
  const shipped = existsSync(dist) ? scriptsUnder(dist) : [];
  figures.push(
    shipped.length > 0
      ? figure('shipped_js_gzip_kb', round(gzipKb(shipped)), 'KB', {
          note: `every script in the build once, ${shipped.length} files (chunks shared by the worker, popup and options counted once)`,
        })
      : missing('shipped_js_gzip_kb', 'KB', `no .js file in ${dist}`),
  );
  const index = join(dist, 'corpus-index.json');
  if (existsSync(index)) {
    const raw = readFileSync(index);
    figures.push(figure('index_kb', round(raw.length / KB), 'KB', { note: 'dist/corpus-index.json, raw' }));
    figures.push(figure('index_gzip_kb', round(gzipSync(raw, { level: 9 }).length / KB), 'KB'));
  } else
    figures.push(
      missing('index_kb', 'KB', 'dist/corpus-index.json missing (build without the corpus plugin?)'),
    );
  return figures;
}
