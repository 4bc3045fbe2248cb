/**
 * The corpus index the worker matches against, loaded once per worker start from the bundled artifact.
 *
 * The worker may be stopped at any time; everything here is derivable from the artifact, so a restart
 * only costs one load. Requests await `corpusReady()` instead of racing the load.
 */
import { ext } from '../shared/browser';
import { loadIndex, type CorpusIndex } from '../core/corpus-index';
import { scanGates, type ScanGates } from '../core/scan-texts';

/** File name of the artifact that the build's corpus plugin emits at the extension root. */
export const INDEX_FILE = 'corpus-index.json';

let loading: Promise<CorpusIndex> | null = null;

/** Resolves with the loaded index; the first call starts the load, a failed load is retried next call. */
export function corpusReady(): Promise<CorpusIndex> {
  if (loading === null) {
    loading = fetchIndex();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

async function fetchIndex(): Promise<CorpusIndex> {
  const response = await fetch(ext.runtime.getURL(INDEX_FILE));
  if (!response.ok) throw new Error(`Claim Lens: corpus index missing (${response.status})`);
  return loadIndex(await response.json());
}

const gates = new WeakMap<CorpusIndex, ScanGates>();

/**
 * The gates of an index, built on first use and kept with it: they let a scan skip, before building or
 * matching them, the claims that cannot match anything in the corpus.
 */
export function corpusGates(index: CorpusIndex): ScanGates {
  let found = gates.get(index);
  if (!found) gates.set(index, (found = scanGates(index)));
  return found;
}
