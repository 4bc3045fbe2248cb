/**
 * Vite plugin that builds the corpus index from a directory of documents and emits it as `corpus-index.json` at
 * the bundle root, where the service worker fetches it. A malformed corpus fails the build with the file named.
 */
import type { Plugin } from 'vite';
import { buildIndexArtifact } from '../core/corpus-index';
import { CorpusError } from '../core/errors';
import { readCorpusDir } from './read-corpus';

/** File name of the emitted artifact, relative to the bundle root. */
export const CORPUS_INDEX_FILE = 'corpus-index.json';

/** Options of corpusIndexPlugin. */
export interface CorpusIndexPluginOptions {
  /** Directory holding the corpus `*.txt` files and an optional `sources.json`. */
  dir: string;
}

/** Emits the corpus index artifact built from `options.dir`. */
export function corpusIndexPlugin(options: CorpusIndexPluginOptions): Plugin {
  return {
    name: 'claim-lens-corpus-index',
    generateBundle() {
      let source: string;
      try {
        source = JSON.stringify(buildIndexArtifact(readCorpusDir(options.dir)));
      } catch (err) {
        if (err instanceof CorpusError) this.error(`corpus ${options.dir}: ${err.file}: ${err.reason}`);
        throw err;
      }
      this.emitFile({ type: 'asset', fileName: CORPUS_INDEX_FILE, source });
    },
  };
}
