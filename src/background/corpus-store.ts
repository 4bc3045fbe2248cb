/**
 * The corpus index the worker matches against: the bundled artifact, extended with the documents the user
 * added on the options page. Built once per worker start and again after the user's documents change.
 *
 * The worker may be stopped at any time; everything here is derivable from the artifact and storage, so a
 * restart only costs one load. Requests await `corpusReady()` instead of racing the load.
 */
import { ext } from '../shared/browser';
import {
  loadCheckedIndex,
  loadIndex,
  extendIndexArtifact,
  type CorpusIndex,
  type IndexArtifact,
} from '../core/corpus-index';
import { validateArtifact } from '../core/corpus/artifact';
import { userCorpusSource, type UserDocument } from '../core/corpus/user-documents';
import { CorpusError } from '../core/errors';
import { scanGates, type ScanGates } from '../core/scan-texts';
import { loadUserDocuments, type LoadedUserDocuments } from './user-documents-store';
import { retryingOnce } from '../shared/promises';

/** File name of the artifact that the build's corpus plugin emits at the extension root. */
export const INDEX_FILE = 'corpus-index.json';

/** The index, and what became of the user's documents on the way into it. */
export interface LoadedCorpus {
  index: CorpusIndex;
  /** Ids of the user's documents in the index. */
  userIds: string[];
  /** User documents left out, each with why ("user-notes: is empty"); they stay in storage. */
  problems: string[];
  /** What it was built from (see storedKey): storage holding something else makes it stale. */
  from: string;
}

const bundled = retryingOnce(fetchArtifact);
const loading = retryingOnce(build);

/** Resolves with the loaded corpus; the first call starts the load, a failed load is retried next call. */
export function loadCorpus(): Promise<LoadedCorpus> {
  return loading.get();
}

/** Resolves with the index to match against (see loadCorpus). */
export async function corpusReady(): Promise<CorpusIndex> {
  return (await loadCorpus()).index;
}

/**
 * The loaded corpus, built again first when the user's documents in storage are no longer what it was built
 * from. Called after every change to them, by the handler that wrote and by the storage listener alike: a
 * build that already read the change is kept, so one change costs one build however many ask.
 */
export async function freshCorpus(): Promise<LoadedCorpus> {
  // Bounded: storage that keeps changing while we look gets the latest build, checked or not.
  for (let tries = 0; tries < 3; tries++) {
    const pending = loading.get();
    const [loaded, stored] = await Promise.all([pending, loadUserDocuments()]);
    if (loaded.from === storedKey(stored)) return loaded;
    loading.drop(pending);
  }
  return loading.get();
}

/** What a build reads from storage, as a string: equal keys give equal corpora. */
function storedKey({ documents, unreadable, error }: LoadedUserDocuments): string {
  return `${cacheKey(documents)}|${unreadable}|${error ?? ''}`;
}

/** The bundled artifact, fetched and checked once per worker start; a failed fetch is retried next call. */
export function bundledArtifact(): Promise<IndexArtifact> {
  return bundled.get();
}

async function fetchArtifact(): Promise<IndexArtifact> {
  const response = await fetch(ext.runtime.getURL(INDEX_FILE));
  if (!response.ok) throw new Error(`Claim Lens: corpus index missing (${response.status})`);
  return validateArtifact(await response.json());
}

async function build(): Promise<LoadedCorpus> {
  // Both reads are I/O: neither waits for the other.
  const [base, stored] = await Promise.all([bundledArtifact(), loadUserDocuments()]);
  const { documents, unreadable, error } = stored;
  const from = storedKey(stored);
  const problems: string[] = [];
  if (error !== undefined) problems.push(`your documents could not be read from storage (${error})`);
  if (unreadable > 0)
    problems.push(`${unreadable} stored document(s) could not be read; they are kept as they are`);
  if (documents.length === 0) return { index: loadCheckedIndex(base), userIds: [], problems, from };
  const key = cacheKey(documents);
  const cached = await readCache(key);
  if (cached !== null) {
    try {
      const index = loadIndex(JSON.parse(cached.artifact) as IndexArtifact);
      return { index, userIds: cached.userIds, problems: [...problems, ...cached.problems], from };
    } catch {
      // A cache that does not load is rebuilt, like no cache.
    }
  }
  const extended: string[] = [];
  const { artifact, used } = extendWith(base, documents, extended);
  const userIds = used.map((d) => d.id);
  void writeCache({ key, artifact: JSON.stringify(artifact), userIds, problems: extended });
  return { index: loadCheckedIndex(artifact), userIds, problems: [...problems, ...extended], from };
}

/** storage.session key of the extended artifact: indexing the user's documents at every start costs seconds. */
export const CORPUS_CACHE_KEY = 'corpusCache';

/** The cached extension of the bundled artifact, and the user documents it was made from. */
interface CorpusCache {
  key: string;
  /**
   * The artifact as JSON text. storage.session's quota counts the memory a value takes in the browser, and an
   * artifact stored as objects took about 4.5 times its JSON size there (as a user test measured it): at 1,000,000 characters of documents
   * (the limit) it no longer fitted in 10 MB, and every start of the worker indexed them again (2 s before a
   * page's first highlight). As one string it takes its length.
   */
  artifact: string;
  userIds: string[];
  problems: string[];
}

/**
 * What the cache was built from. Session storage is emptied when the extension is updated or reloaded, so the
 * bundled artifact cannot change under it; the user's documents can, and each has an id and a time added. Their
 * metadata is in the key too: it is in the index (names, dates read against), and storage may be changed by
 * other means than this extension's pages.
 */
function cacheKey(documents: readonly UserDocument[]): string {
  return JSON.stringify(
    documents.map((d) => [d.id, d.added, d.text.length, d.outlet, d.title, d.date, d.url, d.name]),
  );
}

async function readCache(key: string): Promise<CorpusCache | null> {
  try {
    const area = ext.storage.session;
    if (!area) return null;
    const cache = (await area.get(CORPUS_CACHE_KEY))[CORPUS_CACHE_KEY] as Partial<CorpusCache> | undefined;
    if (
      cache?.key !== key ||
      typeof cache.artifact !== 'string' ||
      !Array.isArray(cache.userIds) ||
      !Array.isArray(cache.problems)
    )
      return null;
    return cache as CorpusCache;
  } catch {
    return null;
  }
}

/** Saves the cache when session storage exists and has room; without it, the next start indexes again. */
async function writeCache(cache: CorpusCache): Promise<void> {
  try {
    await ext.storage.session?.set({ [CORPUS_CACHE_KEY]: cache });
  } catch (error) {
    // Over the session quota: nothing is lost but time, which is worth a line in the worker's console.
    console.warn('Claim Lens: the corpus index could not be cached; it is rebuilt at each start', error);
  }
}

/**
 * `base` extended with the user's documents. One the index cannot take is left out with its reason, and the
 * rest are tried again: one bad document must not cost the others, nor the bundled corpus.
 */
function extendWith(
  base: IndexArtifact,
  documents: UserDocument[],
  problems: string[],
): { artifact: IndexArtifact; used: UserDocument[] } {
  let used = documents;
  while (used.length > 0) {
    try {
      return { artifact: extendIndexArtifact(base, used.map(userCorpusSource)), used };
    } catch (error) {
      const culprit = error instanceof CorpusError ? used.find((d) => d.id === error.file) : undefined;
      if (culprit === undefined) {
        problems.push(`your documents could not be indexed (${(error as Error).message})`);
        return { artifact: base, used: [] };
      }
      problems.push(`${culprit.id}: ${(error as CorpusError).reason}`);
      used = used.filter((d) => d !== culprit);
    }
  }
  return { artifact: base, used };
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
