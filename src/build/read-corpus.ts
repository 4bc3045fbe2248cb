/**
 * Reads a corpus directory (Node): every `*.txt` file is a document whose id is its file name without `.txt`,
 * and an optional `sources.json` gives metadata for some of them. Anything malformed stops the read with a
 * CorpusError naming the file, so a broken corpus can never be bundled silently.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../core/errors';
import type { CorpusSource } from '../core/corpus-index';
import { decodeCorpusFile } from '../core/corpus/decode';
import { validateSourcesMeta } from '../core/corpus/sources-meta';

const SOURCES_FILE = 'sources.json';

/** Reads `dir` into corpus sources, sorted by id so that builds are reproducible. */
export function readCorpusDir(dir: string): CorpusSource[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new CorpusError(dir, `cannot read corpus directory (${(err as Error).message})`);
  }
  const txt = names.filter((n) => n.endsWith('.txt') && statSync(join(dir, n)).isFile()).sort();
  if (txt.length === 0) throw new CorpusError(dir, 'contains no .txt documents');
  const docs: CorpusSource[] = txt.map((name) => ({
    id: name.slice(0, -'.txt'.length),
    text: decodeCorpusFile(name, readFileSync(join(dir, name))),
  }));
  if (names.includes(SOURCES_FILE)) {
    const raw = decodeCorpusFile(SOURCES_FILE, readFileSync(join(dir, SOURCES_FILE)));
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new CorpusError(SOURCES_FILE, `is not valid JSON (${(err as Error).message})`);
    }
    const meta = validateSourcesMeta(json, new Set(docs.map((d) => d.id)), SOURCES_FILE);
    for (const doc of docs) {
      const m = meta.get(doc.id);
      if (m) doc.meta = m;
    }
  }
  return docs;
}
