/**
 * The worker's side of the user's documents: storing them (serialised, unreadable entries kept), and the corpus
 * index built from the bundled artifact and what is stored, rebuilt after a change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact, loadIndex, type CorpusIndex } from '../../src/core/corpus-index';
import { extractClaims } from '../../src/core/extract-claims';
import { matchClaim } from '../../src/core/match-claims';
import { userCorpusSource, type NewDocument } from '../../src/core/corpus/user-documents';
import {
  comparePartNumbers,
  isUserDocumentsKey,
  nextPartNumber,
  USER_DOCUMENTS_KEY,
} from '../../src/background/user-documents-store';
import { cacheKey, CORPUS_CACHE_KEY } from '../../src/background/corpus-cache';
import { packText, unpackText } from '../../src/background/packed-text';
import { storedDocumentEntries } from './fake-storage-area';

const store = vi.hoisted(() => ({
  data: {} as Record<string, unknown>,
  session: {} as Record<string, unknown>,
  failGet: false,
  failSet: false,
  reads: 0,
  /** Reads of storage.local still to fail, one by one. */
  failReads: 0,
}));

vi.mock('../../src/shared/browser', async () => {
  const { fakeStorageArea } = await import('./fake-storage-area');
  // storage.local's reads, counted: each reads every stored document.
  const counted = <A extends { get(keys: string | string[] | null): Promise<unknown> }>(area: A): A => ({
    ...area,
    get(keys: string | string[] | null) {
      store.reads++;
      if (store.failReads > 0) {
        store.failReads--;
        return Promise.reject(new Error('storage is busy'));
      }
      return area.get(keys);
    },
  });
  return {
    ext: {
      runtime: { getURL: (path: string) => `chrome-extension://x/${path}` },
      storage: {
        local: counted(fakeStorageArea(() => store.data, store)),
        session: fakeStorageArea(() => store.session),
      },
    },
    extensionAlive: () => true,
  };
});

/** The documents each extendIndexArtifact call was given, by id: what a build read. */
const extended = { calls: [] as string[][] };

/** Records extendIndexArtifact's calls; made again at each worker start, with the modules it then imports. */
function countExtensions(): void {
  vi.doMock('../../src/core/corpus-index', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/core/corpus-index')>();
    return {
      ...real,
      extendIndexArtifact: (...args: Parameters<typeof real.extendIndexArtifact>) => {
        extended.calls.push(args[1].map((d) => d.id));
        return real.extendIndexArtifact(...args);
      },
    };
  });
}

type StoreModule = typeof import('../../src/background/user-documents-store');
type CorpusModule = typeof import('../../src/background/corpus-store');
let addUserDocuments: StoreModule['addUserDocuments'];
let loadUserDocuments: StoreModule['loadUserDocuments'];
let removeUserDocument: StoreModule['removeUserDocument'];
let removeUserDocuments: StoreModule['removeUserDocuments'];
let updateUserDocument: StoreModule['updateUserDocument'];
let corpusReady: CorpusModule['corpusReady'];
let loadCorpus: CorpusModule['loadCorpus'];
let freshCorpus: CorpusModule['freshCorpus'];
let corpusWithDisagreements: CorpusModule['corpusWithDisagreements'];

/** A worker start: fresh modules, with storage as it is. */
async function startWorker(): Promise<void> {
  vi.resetModules();
  countExtensions();
  ({ addUserDocuments, loadUserDocuments, removeUserDocument, removeUserDocuments, updateUserDocument } =
    await import('../../src/background/user-documents-store'));
  ({ corpusReady, loadCorpus, freshCorpus, corpusWithDisagreements } =
    await import('../../src/background/corpus-store'));
}

const seeds = readCorpusDir('seeds');
const ARTIFACT = JSON.stringify(buildIndexArtifact(seeds));
const BUNDLED = seeds.map((d) => d.id);

const RIVERTON =
  'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the regional governor said, and forced 30,000 ' +
  'residents from their homes.';

/** A seed's toll, given another figure: a disagreement the corpus did not have. */
const TOLL =
  'Syria war toll\n\nSyria’s war has killed more than 250,000 people and displaced millions since it started ' +
  'with the brutal repression of anti-government protests in March 2011.';

const doc = (name: string, text: string, over: Partial<NewDocument> = {}): NewDocument => ({
  name,
  text,
  outlet: null,
  title: null,
  date: null,
  url: null,
  ...over,
});

/**
 * Resolves once the corpus loaded now has been cached: the cache is written after its disagreements are found,
 * in turns, and packed, which a busy machine can stretch past waitFor's default second.
 */
async function cacheWritten(): Promise<void> {
  await (
    await loadCorpus()
  ).disagreementsFound;
  // The cache of the documents stored now: an earlier test's build may still be writing its own (its write is not
  // awaited), which would land in this test's session storage first under a busy machine.
  const key = cacheKey((await loadUserDocuments()).documents);
  await vi.waitFor(
    () => expect((store.session[CORPUS_CACHE_KEY] as { key?: string } | undefined)?.key).toBe(key),
    { timeout: 10_000 },
  );
}

function pageMatches(index: CorpusIndex): string[] {
  const page = 'The Riverton floods displaced 30,000 residents, officials said.';
  return extractClaims(page).flatMap((c) =>
    matchClaim(index, c).matches.map((m) => `${m.doc}:${m.relation}`),
  );
}

beforeEach(async () => {
  store.data = {};
  store.session = {};
  store.failGet = false;
  store.failSet = false;
  store.failReads = 0;
  await startWorker();
  vi.stubGlobal('fetch', async () => new Response(ARTIFACT, { status: 200 }));
});
afterEach(async () => {
  // A build's disagreements are found after it, in turns, and then it is cached: that write must not land in the
  // next test's session storage (the latest build is the one not stopped).
  await loadCorpus().then(
    (corpus) => corpus.disagreementsFound,
    () => undefined,
  );
  vi.unstubAllGlobals();
});

describe('user documents store', () => {
  it('adds the documents that pass and reports each refused one with its reason', async () => {
    const outcome = await addUserDocuments(
      [
        doc('riverton.txt', RIVERTON, { outlet: 'Valley Herald' }),
        doc('empty.txt', '  '),
        doc('again.txt', RIVERTON),
      ],
      BUNDLED,
    );
    expect(outcome.added.map((d) => [d.id, d.outlet])).toEqual([['user-riverton', 'Valley Herald']]);
    expect(outcome.rejected).toEqual([
      { name: 'empty.txt', reason: 'is empty' },
      { name: 'again.txt', reason: 'is already in the corpus' },
    ]);
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual(['user-riverton']);
  });

  it('refuses every document of a request that storage will not take, and keeps what was stored', async () => {
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    const before = structuredClone(store.data[USER_DOCUMENTS_KEY]);
    const read = await loadUserDocuments();
    store.failSet = true;
    const outcome = await addUserDocuments(
      [doc('a.txt', 'First text.'), doc('empty.txt', ''), doc('b.txt', 'Second text.')],
      BUNDLED,
    );
    const reason = 'could not be stored (QUOTA_BYTES quota exceeded)';
    expect(outcome).toEqual({
      added: [],
      rejected: [
        { name: 'empty.txt', reason: 'is empty' },
        { name: 'a.txt', reason },
        { name: 'b.txt', reason },
      ],
      stored: read,
    });
    expect(store.data[USER_DOCUMENTS_KEY]).toEqual(before);
  });

  it('loses neither of two adds sent at once', async () => {
    await Promise.all([
      addUserDocuments([doc('a.txt', 'First text about Riverton.')], BUNDLED),
      addUserDocuments([doc('a.txt', 'Second text about Riverton.')], BUNDLED),
    ]);
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual(['user-a', 'user-a-2']);
  });

  it('never gives a user document a bundled id', async () => {
    const outcome = await addUserDocuments([doc(`${BUNDLED[0]}.txt`, 'Text.')], BUNDLED);
    expect(outcome.added[0]?.id).toBe(`user-${BUNDLED[0]}`);
  });

  it('keeps stored entries it cannot read, through adds and removes', async () => {
    const broken = [{ id: 'user-x', text: 42 }, 'garbage'];
    store.data[USER_DOCUMENTS_KEY] = broken;
    expect(await loadUserDocuments()).toEqual({ documents: [], unreadable: 2 });
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    expect((await removeUserDocument('user-riverton')).removed).toBe(true);
    expect(store.data[USER_DOCUMENTS_KEY]).toEqual(broken);
  });

  it('keeps a stored value that is not a list, before the documents added after it', async () => {
    store.data[USER_DOCUMENTS_KEY] = { not: 'a list' };
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    expect(store.data[USER_DOCUMENTS_KEY]).toEqual({ not: 'a list' });
    const stored = storedDocumentEntries(store.data);
    expect(stored[0]).toEqual({ not: 'a list' });
    expect(stored).toHaveLength(2);
  });

  it('removes only the document named, and says when there was none', async () => {
    await addUserDocuments([doc('a.txt', 'First.'), doc('b.txt', 'Second.')], BUNDLED);
    expect((await removeUserDocument('user-a')).removed).toBe(true);
    expect((await removeUserDocument('user-a')).removed).toBe(false);
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual(['user-b']);
  });

  it('removes several documents at once, across the parts they were added in', async () => {
    await addUserDocuments([doc('a.txt', 'First.'), doc('b.txt', 'Second.')], BUNDLED);
    await addUserDocuments([doc('c.txt', 'Third.'), doc('d.txt', 'Fourth.')], BUNDLED);
    const partsBefore = Object.keys(store.data).length;
    const outcome = await removeUserDocuments(['user-a', 'user-b', 'user-c', 'user-none']);
    expect(outcome.removed).toBe(3);
    expect(outcome.stored.documents.map((d) => d.id)).toEqual(['user-d']);
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual(['user-d']);
    // The first part, emptied, is gone; the second keeps what is left of it.
    expect(Object.keys(store.data)).toHaveLength(partsBefore - 1);
  });

  it('corrects a document’s details, keeping its text and when it was added, and refuses a bad date', async () => {
    await addUserDocuments([doc('a.txt', 'First.'), doc('riverton.txt', RIVERTON)], BUNDLED);
    const before = (await loadUserDocuments()).documents.find((d) => d.id === 'user-riverton');
    const details = { title: 'Floods', outlet: 'Valley Herald', date: '2016-05-02', url: null };
    const outcome = await updateUserDocument('user-riverton', details);
    expect(outcome.updated).toBe(true);
    const after = (await loadUserDocuments()).documents.find((d) => d.id === 'user-riverton');
    expect(after).toEqual({ ...before, ...details });
    expect(outcome.stored.documents.find((d) => d.id === 'user-riverton')).toEqual(after);
    await expect(updateUserDocument('user-riverton', { ...details, date: '2016-02-30' })).rejects.toThrow(
      'date "2016-02-30" is not YYYY-MM-DD',
    );
    expect((await loadUserDocuments()).documents.find((d) => d.id === 'user-riverton')).toEqual(after);
    expect((await updateUserDocument('user-none', details)).updated).toBe(false);
  });

  it('says what storage holds after each add and removal, as a read of it finds', async () => {
    store.data[USER_DOCUMENTS_KEY] = [
      { id: 'user-x', text: 42 },
      { id: 'user-old', text: 'Old text.', added: '' },
    ];
    const steps = [
      () => addUserDocuments([doc('a.txt', 'First.'), doc('b.txt', 'Second.')], BUNDLED),
      () => addUserDocuments([doc('a.txt', 'First.'), doc('c.txt', 'Third.')], BUNDLED), // a copy refused
      () => addUserDocuments([doc('d.txt', '')], BUNDLED), // nothing added
      () => removeUserDocument('user-b'),
      () => removeUserDocument('user-old'),
      () => removeUserDocument('user-none'),
    ];
    for (const step of steps) {
      const { stored } = await step();
      expect(stored).toEqual(await loadUserDocuments());
    }
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual(['user-a', 'user-c']);
  });

  it('removes the document listed, not a hidden entry with the same id', async () => {
    await addUserDocuments([doc('a.txt', 'First.')], BUNDLED);
    const [listed] = storedDocumentEntries(store.data) as { id: string; text: string }[];
    const twin = { ...listed!, text: 'Another text under the same id.' };
    store.data = { [USER_DOCUMENTS_KEY]: [listed, twin] };
    expect(await loadUserDocuments()).toMatchObject({ unreadable: 1 });
    expect((await removeUserDocument('user-a')).removed).toBe(true);
    expect(storedDocumentEntries(store.data)).toEqual([twin]);
    // Its twin now reads as the document: the user sees it, and can remove it too.
    expect((await loadUserDocuments()).documents.map((d) => d.text)).toEqual([
      'Another text under the same id.',
    ]);
  });

  it('stores each add as a part of its own, and leaves the parts stored before as they were', async () => {
    const first = { id: 'user-first', text: 'First text.', added: '' };
    store.data[USER_DOCUMENTS_KEY] = [first];
    await addUserDocuments([doc('a.txt', 'Text A.'), doc('b.txt', 'Text B.')], BUNDLED);
    await addUserDocuments([doc('c.txt', 'Text C.')], BUNDLED);
    const texts = (key: string) => (store.data[key] as { text: string }[]).map((d) => d.text);
    expect(Object.keys(store.data).sort()).toEqual(['userDocuments', 'userDocuments.1', 'userDocuments.2']);
    expect(store.data[USER_DOCUMENTS_KEY]).toEqual([first]);
    expect(texts('userDocuments.1')).toEqual(['Text A.', 'Text B.']);
    expect(texts('userDocuments.2')).toEqual(['Text C.']);
  });

  it('reads the parts in number order, and no key that only looks like one', async () => {
    const entry = (id: string) => [{ id, text: `Text of ${id}.`, added: '' }];
    store.data = {
      'userDocuments.10': entry('user-ten'),
      'userDocuments.2': entry('user-two'),
      userDocuments: entry('user-zero'),
      'userDocuments.01': entry('user-padded'),
      'userDocuments.x': entry('user-x'),
      settings: { enabled: true },
    };
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual([
      'user-zero',
      'user-two',
      'user-ten',
    ]);
    await addUserDocuments([doc('next.txt', 'The next text.')], BUNDLED);
    expect((store.data['userDocuments.11'] as { id: string }[]).map((d) => d.id)).toEqual(['user-next']);
  });

  it('rewrites only the part that held a removed document, and drops a part left empty', async () => {
    await addUserDocuments([doc('a.txt', 'Text A.'), doc('b.txt', 'Text B.')], BUNDLED);
    await addUserDocuments([doc('c.txt', 'Text C.')], BUNDLED);
    const before = structuredClone(store.data['userDocuments.1']);
    expect((await removeUserDocument('user-c')).removed).toBe(true);
    expect(Object.keys(store.data)).toEqual(['userDocuments.1']);
    expect(store.data['userDocuments.1']).toEqual(before);
    expect((await removeUserDocument('user-a')).removed).toBe(true);
    expect((store.data['userDocuments.1'] as { id: string }[]).map((d) => d.id)).toEqual(['user-b']);
  });

  // A tampered key numbered past what a Number holds exactly once blocked every later add.
  it('adds after a part numbered past 2^53, and reads the parts in number order', async () => {
    store.data = {
      'userDocuments.999999999999999999': [{ id: 'user-last', text: 'The last text.', added: '' }],
      'userDocuments.99999999999999999': [{ id: 'user-before', text: 'The text before.', added: '' }],
    };
    const outcome = await addUserDocuments([doc('a.txt', 'Text A.')], BUNDLED);
    expect(outcome.rejected).toEqual([]);
    expect((store.data['userDocuments.1000000000000000000'] as { id: string }[]).map((d) => d.id)).toEqual([
      'user-a',
    ]);
    expect((await loadUserDocuments()).documents.map((d) => d.id)).toEqual([
      'user-before',
      'user-last',
      'user-a',
    ]);
  });

  it.each([
    ['userDocuments', true],
    ['userDocuments.1', true],
    ['userDocuments.999999999999999', true],
    ['userDocuments.0', false],
    ['userDocuments.01', false],
    ['userDocuments.1000000000000000', true],
    ['userDocuments.x', false],
    ['userDocuments.', false],
    ['settings', false],
  ])('knows %s as a part of the documents: %s', (key, part) => {
    expect(isUserDocumentsKey(key)).toBe(part);
  });

  it.each([
    ['0', '1'],
    ['9', '10'],
    ['199', '200'],
    ['999999999999999', '1000000000000000'],
    ['9007199254740993', '9007199254740994'],
  ])('numbers the part after %s as %s', (n, next) => {
    expect(nextPartNumber(n)).toBe(next);
    expect(comparePartNumbers(n, next)).toBeLessThan(0);
    expect(comparePartNumbers(next, n)).toBeGreaterThan(0);
    expect(comparePartNumbers(n, n)).toBe(0);
  });

  it('reads unavailable storage as no documents', async () => {
    store.failGet = true;
    expect(await loadUserDocuments()).toEqual({
      documents: [],
      unreadable: 0,
      error: 'storage is unavailable',
    });
    expect((await loadCorpus()).problems).toEqual([
      'your documents could not be read from storage (storage is unavailable)',
    ]);
  });
});

describe('corpus store', () => {
  it('matches against the bundled corpus alone when the user added nothing', async () => {
    const corpus = await loadCorpus();
    expect(corpus.index.documents.map((d) => d.id)).toEqual(BUNDLED);
    expect(corpus.userIds).toEqual([]);
    expect(pageMatches(corpus.index)).toEqual([]);
  });

  it('indexes the stored documents after the bundled ones, and again after a change', async () => {
    await corpusReady();
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    // The index loaded before the add is kept until the worker asks for a fresh one.
    expect(pageMatches(await corpusReady())).toEqual([]);
    const corpus = await freshCorpus();
    expect(corpus.index.documents.map((d) => d.id)).toEqual([...BUNDLED, 'user-riverton']);
    expect(corpus.userIds).toEqual(['user-riverton']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
    await removeUserDocument('user-riverton');
    expect(pageMatches((await freshCorpus()).index)).toEqual([]);
  });

  it('builds once per change, however many ask, and not over a build that already read it', async () => {
    const before = await freshCorpus();
    expect(await freshCorpus()).toBe(before); // nothing changed: the same corpus
    // A build started before a change (it may have read the old documents) is checked, not trusted.
    const started = loadCorpus();
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    const [a, b] = await Promise.all([freshCorpus(), freshCorpus()]);
    expect(b).toBe(a);
    expect(a.userIds).toEqual(['user-riverton']);
    expect(await loadCorpus()).toBe(a);
    expect(await freshCorpus()).toBe(a);
    await started;
  });

  it('builds a stale corpus from the read that found it stale, not from another read', async () => {
    await corpusReady();
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    store.reads = 0;
    const corpus = await freshCorpus();
    expect(corpus.userIds).toEqual(['user-riverton']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
    expect(store.reads).toBe(1);
    // Fresh from then on: one more read finds it so.
    expect(await freshCorpus()).toBe(corpus);
    expect(store.reads).toBe(2);
  });

  it('builds from what an add or a removal wrote, without reading every document again', async () => {
    await corpusReady();
    const { stored } = await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    store.reads = 0;
    const corpus = await freshCorpus(stored);
    expect(store.reads).toBe(0);
    expect(corpus.userIds).toEqual(['user-riverton']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
    // The storage listener's check, which reads, finds it fresh.
    expect(await freshCorpus()).toBe(corpus);
    const removal = await removeUserDocument('user-riverton');
    store.reads = 0;
    const after = await freshCorpus(removal.stored);
    expect(store.reads).toBe(0);
    expect(after.userIds).toEqual([]);
    expect(pageMatches(after.index)).toEqual([]);
  });

  it('builds a stale corpus from a read of its own when the read that found it stale failed', async () => {
    await corpusReady();
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    store.failReads = 1;
    const corpus = await freshCorpus();
    expect(corpus.problems).toEqual([]);
    expect(corpus.userIds).toEqual(['user-riverton']);
  });

  it('counts stored entries it cannot read, and indexes the others', async () => {
    store.data[USER_DOCUMENTS_KEY] = [
      { id: 'user-riverton', text: RIVERTON, added: '' },
      { id: 'user-riverton', text: 'A second entry with the same id.', added: '' },
      { id: 'user-other', text: 'Other text.', date: null, added: '' },
    ];
    const corpus = await loadCorpus();
    expect(corpus.userIds).toEqual(['user-riverton', 'user-other']);
    expect(corpus.problems).toEqual(['1 stored document(s) could not be read; they are kept as they are']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
  });

  it('leaves out a stored document the index cannot take, says why, and keeps the others', async () => {
    // A bundled corpus that happens to hold the id a user document was stored under.
    const clash = JSON.stringify(buildIndexArtifact([...seeds, { id: 'user-clash', text: 'Bundled text.' }]));
    vi.stubGlobal('fetch', async () => new Response(clash, { status: 200 }));
    store.data[USER_DOCUMENTS_KEY] = [
      { id: 'user-clash', text: 'Stored text.', added: '' },
      { id: 'user-riverton', text: RIVERTON, added: '' },
    ];
    const corpus = await loadCorpus();
    expect(corpus.userIds).toEqual(['user-riverton']);
    expect(corpus.problems).toEqual(['user-clash: appears twice in the corpus']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
  });

  it('reads only the documents added since the last build, and gives what indexing all at once gives', async () => {
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    await freshCorpus();
    extended.calls = [];
    await addUserDocuments([doc('toll.txt', TOLL), doc('other.txt', 'Another text.')], BUNDLED);
    await freshCorpus();
    const corpus = await corpusWithDisagreements();
    expect(extended.calls).toEqual([['user-toll', 'user-other']]);
    const whole = loadIndex(
      buildIndexArtifact([...seeds, ...(await loadUserDocuments()).documents.map(userCorpusSource)]),
    );
    expect(corpus.index.documents).toEqual(whole.documents);
    expect(corpus.index.passages).toEqual(whole.passages);
    expect(corpus.index.claims).toEqual(whole.claims);
    expect(corpus.index.disagreements).toEqual(whole.disagreements);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
    // A removal starts again from the bundled index.
    extended.calls = [];
    await removeUserDocument('user-riverton');
    await freshCorpus();
    expect(extended.calls).toEqual([['user-toll', 'user-other']]);
  });

  it('matches at once after an add, and finds the corpus’s disagreements after, in turns', async () => {
    await addUserDocuments([doc('toll.txt', TOLL)], BUNDLED);
    const corpus = await freshCorpus();
    // In use before its disagreements are known: a page's scan does not wait for them.
    expect(corpus.index.disagreements).toEqual([]);
    expect(await corpus.disagreementsFound).toBe(true);
    const whole = loadIndex(
      buildIndexArtifact([...seeds, ...(await loadUserDocuments()).documents.map(userCorpusSource)]),
    );
    expect(whole.disagreements.length).toBeGreaterThan(loadIndex(JSON.parse(ARTIFACT)).disagreements.length);
    expect(corpus.index.disagreements).toEqual(whole.disagreements);
  });

  it('stops finding the disagreements of a corpus replaced meanwhile, and answers with the newer one’s', async () => {
    await addUserDocuments([doc('toll.txt', TOLL)], BUNDLED);
    const first = await freshCorpus();
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    const second = await freshCorpus();
    expect(second).not.toBe(first);
    expect(await first.disagreementsFound).toBe(false);
    expect(await corpusWithDisagreements()).toBe(second);
    expect(await second.disagreementsFound).toBe(true);
  });

  it('fails a request when the bundled index is missing, and loads it on the next one', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(corpusReady()).rejects.toThrow('corpus index missing (404)');
    vi.stubGlobal('fetch', async () => new Response(ARTIFACT, { status: 200 }));
    expect((await corpusReady()).documents).toHaveLength(BUNDLED.length);
  });

  it('keeps the extended index in session storage, and a later worker start loads it instead of indexing', async () => {
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    await cacheWritten();
    // One string, not a tree of objects: storage.session's quota counts a tree at several times its JSON size.
    const cache = store.session[CORPUS_CACHE_KEY] as { packed: string };
    expect(typeof cache.packed).toBe('string');
    const json = await unpackText(cache.packed);
    // Packed, it takes less room than its JSON.
    expect(cache.packed.length).toBeLessThan(json.length / 2);
    // Mark the cached copy: only a load from the cache can show the mark.
    const artifact = JSON.parse(json) as { documents: { id: string; title: string }[] };
    artifact.documents.find((d) => d.id === 'user-riverton')!.title = 'From the cache';
    cache.packed = await packText(JSON.stringify(artifact));
    await startWorker();
    const titleOf = async () =>
      (await loadCorpus()).index.documents.find((d) => d.id === 'user-riverton')?.title;
    expect(await titleOf()).toBe('From the cache');
    // A change of the user's documents makes the cache stale: the next start indexes again.
    await addUserDocuments([doc('other.txt', 'Another text.')], BUNDLED);
    await startWorker();
    expect(await titleOf()).toBe('Floods in Riverton');
  });

  it('indexes again when a stored document’s metadata changed, not only its text', async () => {
    await addUserDocuments([doc('riverton.txt', RIVERTON, { outlet: 'Valley Herald' })], BUNDLED);
    await cacheWritten();
    (storedDocumentEntries(store.data) as { outlet: string }[])[0]!.outlet = 'Riverton Gazette';
    await startWorker();
    const outlet = (await loadCorpus()).index.documents.find((d) => d.id === 'user-riverton')?.outlet;
    expect(outlet).toBe('Riverton Gazette');
  });

  it('indexes again when the cached index does not load', async () => {
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    await cacheWritten();
    (store.session[CORPUS_CACHE_KEY] as { packed: unknown }).packed = { format: 'something else' };
    await startWorker();
    const corpus = await loadCorpus();
    expect(corpus.userIds).toEqual(['user-riverton']);
    expect(pageMatches(corpus.index)).toEqual(['user-riverton:agrees']);
  });

  it.each([
    ['a packed other JSON', () => packText('{"format": "something else"}')],
    ['packed broken JSON', () => packText('{ not json')],
    ['packed nothing', () => packText('')],
    ['JSON, not packed', async () => '{"format": "something else"}'],
    ['base64 that is no gzip', async () => btoa('not gzip at all')],
    ['not base64', async () => '%%%'],
  ])('indexes again when the cache holds %s', async (_what, cached) => {
    await addUserDocuments([doc('riverton.txt', RIVERTON)], BUNDLED);
    await cacheWritten();
    (store.session[CORPUS_CACHE_KEY] as { packed: unknown }).packed = await cached();
    await startWorker();
    expect(pageMatches((await loadCorpus()).index)).toEqual(['user-riverton:agrees']);
  });
});
