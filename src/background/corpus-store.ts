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
import { formatCount } from '../core/text/format-count';
import { scanGates, type ScanGates } from '../core/scan-texts';
import { findDisagreementsInTurns, materialiseDisagreements } from '../core/match/disagreements';
import { cacheEntry, cacheKey, keyOf, readCache, writeCache } from './corpus-cache';
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
  /** Stored entries that are not documents (one of `problems` says so): the options page offers to remove them. */
  unreadable: number;
  /** What it was built from (see storedKey): storage holding something else makes it stale. */
  from: string;
  /**
   * Resolves once `index.disagreements` holds the corpus's disagreements: true, or false when a newer build
   * replaced this one first. They are found after the index is in use (see findDisagreementsInTurns).
   */
  disagreementsFound: Promise<boolean>;
  /** True until disagreementsFound resolves true: an answer that does not wait for them can say so. */
  disagreementsPending: boolean;
}

/** What the next build may extend instead of starting from the bundled artifact (see build). */
interface Extendable {
  /** The artifact, disagreements aside (extendIndexArtifact finds them again anyway). */
  artifact: IndexArtifact;
  /** cacheKey's entry of each user document it was made from, in storage's order. */
  entries: string[];
  userIds: string[];
  /** Documents it left out (extendWith's problems). */
  leftOut: string[];
}

const bundled = retryingOnce(fetchArtifact);
const loading = retryingOnce(() => build(null));
/** The last build's artifact: a build after documents were only added extends it. */
let last: Extendable | null = null;
/** Counts builds: the disagreements of a build that is no longer the newest are not worth finishing. */
let builds = 0;

/** Resolves with the loaded corpus; the first call starts the load, a failed load is retried next call. */
export function loadCorpus(): Promise<LoadedCorpus> {
  return loading.get();
}

/** Resolves with the index to match against (see loadCorpus). */
export async function corpusReady(): Promise<CorpusIndex> {
  return (await loadCorpus()).index;
}

/**
 * The loaded corpus with its disagreements found. A build replaced meanwhile (the documents changed) is waited
 * for in turn, a bounded number of times, as freshCorpus bounds its own.
 */
export async function corpusWithDisagreements(): Promise<LoadedCorpus> {
  let loaded = await loadCorpus();
  for (let tries = 0; tries < 3 && !(await loaded.disagreementsFound); tries++) loaded = await loadCorpus();
  return loaded;
}

/**
 * The loaded corpus, built again first when the user's documents in storage are no longer what it was built
 * from. Called after every change to them, by the handler that wrote and by the storage listener alike: a
 * build that already read the change is kept, so one change costs one build however many ask.
 *
 * `written` is what the handler's own write left in storage: it is taken for what storage holds instead of
 * reading every document again (0.1 s for 1.4 million characters). Only a write by other means (the developer
 * tools) between the handler's read and its write can make it wrong: the storage listener's checks, which read,
 * may then run before this one, and the index lacks that write until the next change or worker start.
 */
export async function freshCorpus(written?: LoadedUserDocuments): Promise<LoadedCorpus> {
  // Bounded: storage that keeps changing while we look gets the latest build, checked or not.
  for (let tries = 0; tries < 3; tries++) {
    const pending = loading.get();
    const known = tries === 0 ? written : undefined;
    const [loaded, stored] = await Promise.all([pending, known ?? loadUserDocuments()]);
    if (loaded.from === storedKey(stored)) return loaded;
    // What was just read (or written), after the change that asked, is what the next build is made from: reading
    // every stored document again costs as much as this read. A read that failed is not kept (the build tries
    // again), and a build another call started meanwhile, from its own read, maybe an older one, is checked in
    // turn.
    if (stored.error !== undefined) loading.drop(pending);
    else if (loading.replace(pending, () => build(stored))) return loading.get();
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

/** A build's disagreements when they came with its artifact (the bundled one's, or the cache's). */
const FOUND = { disagreementsFound: Promise.resolve(true), disagreementsPending: false } as const;

/** The corpus of the bundled artifact and the user's documents: `read` when given (see freshCorpus), else read now. */
async function build(read: LoadedUserDocuments | null): Promise<LoadedCorpus> {
  const build = ++builds;
  // Both reads are I/O: neither waits for the other.
  const [base, stored] = await Promise.all([bundledArtifact(), read ?? loadUserDocuments()]);
  const { documents, unreadable, error } = stored;
  const from = storedKey(stored);
  const problems: string[] = [];
  if (error !== undefined) problems.push(`your documents could not be read from storage (${error})`);
  if (unreadable > 0)
    problems.push(
      `${formatCount(unreadable)} stored document(s) could not be read; they are kept as they are`,
    );
  if (documents.length === 0) {
    last = null;
    return { index: loadCheckedIndex(base), userIds: [], problems, unreadable, from, ...FOUND };
  }
  const entries = documents.map(cacheEntry);
  const key = keyOf(entries);
  const cached = await readCache(key);
  if (cached !== null) {
    try {
      const artifact = JSON.parse(cached.artifact) as IndexArtifact;
      const index = loadIndex(artifact);
      last = { artifact, entries, userIds: cached.userIds, leftOut: cached.problems };
      const all = [...problems, ...cached.problems];
      return { index, userIds: cached.userIds, problems: all, unreadable, from, ...FOUND };
    } catch {
      // A cache that does not load is rebuilt, like no cache.
    }
  }
  // Documents added since the last build are all that is read, when nothing before them changed.
  const earlier = last !== null && isPrefix(last.entries, entries) ? last : null;
  const leftOut = [...(earlier?.leftOut ?? [])];
  const { artifact, used } = extendWith(
    earlier?.artifact ?? base,
    documents.slice(earlier?.entries.length ?? 0),
    leftOut,
  );
  const userIds = [...(earlier?.userIds ?? []), ...used.map((d) => d.id)];
  last = { artifact, entries, userIds, leftOut };
  const index = loadCheckedIndex(artifact);
  const loaded: LoadedCorpus = {
    index,
    userIds,
    problems: [...problems, ...leftOut],
    unreadable,
    from,
    disagreementsFound: findDisagreementsInTurns(index, nextTask, () => build !== builds).then((found) => {
      if (found === null) return false;
      artifact.disagreements = found;
      index.disagreements = materialiseDisagreements(index, found);
      loaded.disagreementsPending = false;
      void writeCache({ key, artifact: JSON.stringify(artifact), userIds, problems: leftOut });
      return true;
    }),
    disagreementsPending: true,
  };
  // Whoever asks sees a failure; the worker's console is not also told of it as unhandled.
  loaded.disagreementsFound.catch(() => undefined);
  return loaded;
}

/** A macrotask's turn: requests that arrived meanwhile are handled first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isPrefix(head: readonly string[], all: readonly string[]): boolean {
  return head.length <= all.length && head.every((entry, i) => entry === all[i]);
}

/**
 * `base` extended with the user's documents, disagreements left to the caller. One the index cannot take is
 * left out with its reason, and the rest are tried again: one bad document must not cost the others, nor the
 * bundled corpus.
 */
function extendWith(
  base: IndexArtifact,
  documents: UserDocument[],
  problems: string[],
): { artifact: IndexArtifact; used: UserDocument[] } {
  let used = documents;
  while (used.length > 0) {
    try {
      const artifact = extendIndexArtifact(base, used.map(userCorpusSource), { disagreements: false });
      return { artifact, used };
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
