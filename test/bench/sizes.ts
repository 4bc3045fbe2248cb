/**
 * What ships, gzipped: the content script, the service worker's chunks (followed from its loader), the
 * popup's chunks (followed from its HTML), and the corpus index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, missing, round, type Figure } from './figures';

const KB = 1024;

/** Relative module specifiers a built chunk imports, statically or dynamically. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2]) as string);
  return found;
}

/** Every JS file reachable from `entries` through relative imports, each once. */
export function reachableChunks(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen];
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

function gzipKb(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / KB;
}

/** content_js_gzip_kb, sw_js_gzip_kb, popup_js_gzip_kb, index_kb, index_gzip_kb. */
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
    const chunks = reachableChunks(htmlScripts(dist, popup));
    const names = chunks.map((file) => relative(dist, file)).join(', ');
    figures.push(
      figure('popup_js_gzip_kb', round(gzipKb(chunks)), 'KB', { note: `${chunks.length} files: ${names}` }),
    );
  } else figures.push(missing('popup_js_gzip_kb', 'KB', 'dist/src/popup/index.html missing'));
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
