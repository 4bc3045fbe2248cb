// @vitest-environment happy-dom
/**
 * The corpus's documents shown before its disagreements: after a change to the user's documents the worker has
 * its index seconds before the disagreements at thousands of documents, and the options page and the popup show
 * what it has, then the disagreements when a second answer brings them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { CorpusView } from '../../src/options/CorpusView';
import type { CorpusInfo } from '../../src/shared/messages';
import { fake } from './fake-ext';
import { CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, listedDocuments, mount, settle, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

/** A promise the test settles. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** CORPUS with its documents the user's, so that they can be removed. */
const MINE: CorpusInfo = { ...CORPUS, userDocuments: CORPUS.documents.map((d) => d.id) };
const pending = (corpus: CorpusInfo): CorpusInfo => ({ ...corpus, disagreements: null });

/** Answers getCorpusInfo at once without the disagreements, and with them when the test settles `waits`. */
function answerLater(quick: () => CorpusInfo, waits: Promise<CorpusInfo>[]): void {
  fake.worker.getCorpusInfo = (payload) => (payload.waitForDisagreements === true ? waits.shift() : quick());
}

beforeEach(() => fake.reset());
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('the options page', () => {
  it('lists the documents while the disagreements are found, then shows them', async () => {
    const later = deferred<CorpusInfo>();
    answerLater(() => pending(MINE), [later.promise]);
    const root = await mount(<CorpusView />);
    await settle();
    expect(listedDocuments(root)).toEqual(CORPUS.documents.map((d) => d.id));
    expect($(root, '[data-testid="disagreements-pending"]').textContent).toBe(
      'Finding the facts on which the sources of 3 documents disagree…',
    );
    expect(root.querySelector('[data-testid="disagreements"]')).toBeNull();
    later.resolve(MINE);
    await settle();
    expect(root.querySelector('[data-testid="disagreements-pending"]')).toBeNull();
    expect($(root, '[data-testid="disagreements"]').textContent).toContain('people killed');
    expect(fake.callsOf('getCorpusInfo').map((c) => c.payload)).toEqual([
      { waitForDisagreements: false },
      { waitForDisagreements: true },
    ]);
  });

  it('asks only once when the disagreements come with the documents', async () => {
    answerLater(() => MINE, []);
    const root = await mount(<CorpusView />);
    await settle();
    expect($(root, '[data-testid="disagreements"]').textContent).toContain('people killed');
    expect(fake.callsOf('getCorpusInfo')).toHaveLength(1);
  });

  it('says so when the answer that was to bring the disagreements fails, and keeps the documents', async () => {
    const later = deferred<CorpusInfo>();
    answerLater(() => pending(MINE), [later.promise]);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const root = await mount(<CorpusView />);
    await settle();
    later.reject(new Error('the worker ran out of memory finding them'));
    await settle();
    expect($(root, '[data-testid="disagreements-failed"]').textContent).toBe(
      'The disagreements could not be found just now. Reload this page to try again.',
    );
    expect(listedDocuments(root)).toEqual(CORPUS.documents.map((d) => d.id));
    expect(root.querySelector('[data-testid="disagreements-pending"]')).toBeNull();
  });

  it('keeps a newer load’s corpus when an older one’s disagreements come late', async () => {
    const [before, after] = [deferred<CorpusInfo>(), deferred<CorpusInfo>()];
    let corpus = MINE;
    answerLater(() => pending(corpus), [before.promise, after.promise]);
    const [gone, ...kept] = MINE.documents;
    fake.worker.removeDocument = () => {
      corpus = { ...MINE, documents: kept, userDocuments: kept.map((d) => d.id) };
      return { removed: true };
    };
    vi.stubGlobal('confirm', () => true);
    const root = await mount(<CorpusView />);
    await settle();
    await click(root.querySelector(`tr[data-doc="${gone!.id}"] button.remove`));
    await settle();
    expect(listedDocuments(root)).toEqual(kept.map((d) => d.id));
    // The first load's second answer, from before the removal, lists the removed document: it is not shown.
    before.resolve(MINE);
    await settle();
    expect(listedDocuments(root)).toEqual(kept.map((d) => d.id));
    expect(root.querySelector('[data-testid="disagreements-pending"]')).not.toBeNull();
    after.resolve({ ...corpus, disagreements: [] });
    await settle();
    expect(listedDocuments(root)).toEqual(kept.map((d) => d.id));
    expect(root.querySelector('[data-testid="no-disagreements"]')).not.toBeNull();
  });
});

describe('the popup', () => {
  it('counts the documents at once and adds the disagreements when they come', async () => {
    fake.tab.getTabState = () => tabState();
    fake.worker.getSettings = () => settingsWith();
    const later = deferred<CorpusInfo>();
    answerLater(() => pending(CORPUS), [later.promise]);
    const root = await mount(<App target={readTarget('', '')} />);
    await settle();
    expect($(root, '[data-testid="corpus-size"]').textContent).toBe('3 documents in the corpus');
    later.resolve(CORPUS);
    await settle();
    expect($(root, '[data-testid="corpus-size"]').textContent).toBe(
      '3 documents in the corpus · 1 fact its sources disagree on',
    );
  });

  it('says so when the answer that was to bring the disagreements fails, and keeps the count', async () => {
    fake.tab.getTabState = () => tabState();
    fake.worker.getSettings = () => settingsWith();
    const later = deferred<CorpusInfo>();
    answerLater(() => pending(CORPUS), [later.promise]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const root = await mount(<App target={readTarget('', '')} />);
    await settle();
    expect(root.querySelector('[data-testid="disagreements-failed"]')).toBeNull();
    later.reject(new Error('the worker ran out of memory finding them'));
    await settle();
    expect($(root, '[data-testid="corpus-size"]').textContent).toBe(
      '3 documents in the corpus · where its sources disagree could not be found just now',
    );
    expect(warn).toHaveBeenCalled();
  });
});
