/** The worker's guards: untrusted shapes and senders are refused, valid requests pass through typed. */
import { describe, expect, it, vi } from 'vitest';
import { MAX_BATCH, isClaim, workerGuards } from '../../src/background/guards';
import { MAX_NEW_DOCUMENTS } from '../../src/shared/messages';
import type { Runtime } from '../../src/shared/browser';
import type { Claim } from '../../src/core/types';
import { SCAN_LIMITS } from '../../src/shared/messages';

vi.mock('../../src/shared/browser', () => ({
  ext: { runtime: { id: 'ext', getURL: (path: string) => `chrome-extension://ext/${path}` } },
  extensionAlive: () => true,
}));

const popup: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html?tab=3' };
const page: Runtime.MessageSender = {
  id: 'ext',
  url: 'https://news.example/a',
  tab: { id: 3 } as Runtime.MessageSender['tab'],
};
const noTab: Runtime.MessageSender = { id: 'ext', url: 'https://news.example/a' };

const claim: Claim = {
  kind: 'quantity',
  text: '280,000',
  start: 0,
  end: 7,
  value: { type: 'quantity', low: 280000, high: 280000, nominal: 280000 },
  subject: ['peopl'],
  sentence: '280,000 people',
};

describe('isClaim', () => {
  it.each<[string, unknown, boolean]>([
    ['a claim', claim, true],
    ['null', null, false],
    ['an unknown kind', { ...claim, kind: 'opinion' }, false],
    [
      'a value of another kind',
      { ...claim, value: { type: 'date', start: '2016-01-01', end: '2016-01-01', precision: 'day' } },
      false,
    ],
    ['an over-long text', { ...claim, text: 'x'.repeat(2_001) }, false],
    ['a non-numeric start', { ...claim, start: '0' }, false],
    ['a subject that is not strings', { ...claim, subject: [1] }, false],
    ['too many subject terms', { ...claim, subject: Array(101).fill('a') }, false],
    ['a figure with the sentences before it', { ...claim, context: 'Shells hit Tartous.' }, true],
    ['a context that is not a string', { ...claim, context: 42 }, false],
    ['an over-long context', { ...claim, context: 'x'.repeat(10_001) }, false],
    [
      'a quote with its parts',
      { ...claim, kind: 'quote', value: { type: 'quote', text: 'a b', parts: ['a', 'b'] } },
      true,
    ],
    [
      'a quote whose parts are not strings',
      { ...claim, kind: 'quote', value: { type: 'quote', text: 'a b', parts: [1, 2] } },
      false,
    ],
  ])('%s → %s', (_name, value, ok) => {
    expect(isClaim(value)).toBe(ok);
  });
});

const newDoc = {
  name: 'a.txt',
  text: 'Some text.',
  outlet: null,
  title: null,
  date: '2026-11-21',
  url: null,
};
const add = (documents: unknown, sender = popup) => workerGuards.addDocuments({ documents }, sender);

const scan = (texts: unknown, referenceDate: unknown = '2016-06-01', published: unknown = true) =>
  workerGuards.scanTexts({ texts, referenceDate, published }, page);

describe('workerGuards', () => {
  it.each<[string, () => { ok: boolean }, boolean]>([
    ['scanTexts: a batch of texts', () => scan(['Some 250,000 people died.', 'In March 2011.']), true],
    ['scanTexts: a text at the length limit', () => scan(['x'.repeat(SCAN_LIMITS.textChars)]), true],
    ['scanTexts: a text too long', () => scan(['x'.repeat(SCAN_LIMITS.textChars + 1)]), false],
    ['scanTexts: too many texts', () => scan(Array(SCAN_LIMITS.texts + 1).fill('5')), false],
    [
      'scanTexts: too much text in all',
      () =>
        scan(
          Array(Math.ceil(SCAN_LIMITS.totalChars / SCAN_LIMITS.textChars) + 1).fill(
            'x'.repeat(SCAN_LIMITS.textChars),
          ),
        ),
      false,
    ],
    ['scanTexts: a text not a string', () => scan([5]), false],
    ['scanTexts: texts not an array', () => scan('5 people'), false],
    ['scanTexts: a bad reference date', () => scan(['5 people'], '2016-6-1'), false],
    ['scanTexts: no reference date', () => scan(['5 people'], null), false],
    ['scanTexts: read against a reader’s today', () => scan(['5 people'], '2016-06-01', false), true],
    ['scanTexts: no word on whose date it is', () => scan(['5 people'], '2016-06-01', null), false],
    ['match: a batch of claims', () => workerGuards.match({ claims: [claim] }, page), true],
    [
      'match: a batch too large',
      () => workerGuards.match({ claims: Array(MAX_BATCH + 1).fill(claim) }, page),
      false,
    ],
    ['match: a malformed claim', () => workerGuards.match({ claims: [{ kind: 'quote' }] }, page), false],
    ['match: claims not an array', () => workerGuards.match({ claims: 'x' }, page), false],
    ['setBadge: from a tab', () => workerGuards.setBadge({ count: 4 }, page), true],
    ['setBadge: from the popup', () => workerGuards.setBadge({ count: 4 }, popup), false],
    ['setBadge: without a tab', () => workerGuards.setBadge({ count: 4 }, noTab), false],
    ['setBadge: negative', () => workerGuards.setBadge({ count: -1 }, page), false],
    ['setBadge: fractional', () => workerGuards.setBadge({ count: 1.5 }, page), false],
    [
      'setSite: from the popup',
      () => workerGuards.setSite({ host: 'news.example', enabled: false }, popup),
      true,
    ],
    [
      'setSite: from a page',
      () => workerGuards.setSite({ host: 'news.example', enabled: false }, page),
      false,
    ],
    ['setSite: a bad host', () => workerGuards.setSite({ host: 'no host', enabled: false }, popup), false],
    [
      'setSite: a non-boolean',
      () => workerGuards.setSite({ host: 'news.example', enabled: 'no' }, popup),
      false,
    ],
    [
      'forgetSite: from the options page',
      () => workerGuards.forgetSite({ host: 'news.example' }, popup),
      true,
    ],
    ['forgetSite: from a page', () => workerGuards.forgetSite({ host: 'news.example' }, page), false],
    ['forgetSite: a number', () => workerGuards.forgetSite({ host: 3 }, popup), false],
    ['setGlobal: pause from the popup', () => workerGuards.setGlobal({ paused: true }, popup), true],
    ['setGlobal: from a page', () => workerGuards.setGlobal({ paused: true }, page), false],
    ['setGlobal: a bad pause', () => workerGuards.setGlobal({ paused: 1 }, popup), false],
    ['setGlobal: a bad mode', () => workerGuards.setGlobal({ defaultMode: 'some' }, popup), false],
    ['getSettings: from a page', () => workerGuards.getSettings({}, page), true],
    [
      'getCorpusInfo: from the popup, not waiting',
      () => workerGuards.getCorpusInfo({ waitForDisagreements: false }, popup),
      true,
    ],
    [
      'getCorpusInfo: waiting for the disagreements',
      () => workerGuards.getCorpusInfo({ waitForDisagreements: true }, popup),
      true,
    ],
    ['getCorpusInfo: without saying whether to wait', () => workerGuards.getCorpusInfo({}, popup), false],
    [
      'getCorpusInfo: wait as a string',
      () => workerGuards.getCorpusInfo({ waitForDisagreements: 'yes' }, popup),
      false,
    ],
    ['openFullView: from a tab', () => workerGuards.openFullView({ claimId: 'c1' }, page), true],
    ['openFullView: no claim', () => workerGuards.openFullView({ claimId: null }, page), true],
    ['openFullView: from the popup', () => workerGuards.openFullView({ claimId: 'c1' }, popup), false],
    [
      'openFullView: an over-long id',
      () => workerGuards.openFullView({ claimId: 'x'.repeat(101) }, page),
      false,
    ],
    ['addDocuments: from the options page', () => add([newDoc]), true],
    ['addDocuments: from a page', () => add([newDoc], page), false],
    ['addDocuments: none', () => add([]), false],
    ['addDocuments: not a list', () => add(newDoc), false],
    ['addDocuments: too many', () => add(Array(MAX_NEW_DOCUMENTS + 1).fill(newDoc)), false],
    ['addDocuments: a text that is not a string', () => add([{ ...newDoc, text: 5 }]), false],
    ['addDocuments: a missing outlet field', () => add([{ ...newDoc, outlet: undefined }]), false],
    [
      'addDocuments: with the time it was first added',
      () => add([{ ...newDoc, added: '2026-01-01T00:00:00Z' }]),
      true,
    ],
    ['addDocuments: a first-added time that is not a string', () => add([{ ...newDoc, added: 5 }]), false],
    ['addDocuments: a huge text', () => add([{ ...newDoc, text: 'x'.repeat(1_000_001) }]), false],
    [
      'removeDocument: from the options page',
      () => workerGuards.removeDocument({ id: 'user-a' }, popup),
      true,
    ],
    ['removeDocument: from a page', () => workerGuards.removeDocument({ id: 'user-a' }, page), false],
    ['removeDocument: a number', () => workerGuards.removeDocument({ id: 1 }, popup), false],
    [
      'updateDocument: from the options page',
      () =>
        workerGuards.updateDocument(
          { id: 'user-a', title: 'T', outlet: null, date: '2016-05-02', url: null },
          popup,
        ),
      true,
    ],
    [
      'updateDocument: from a page',
      () =>
        workerGuards.updateDocument({ id: 'user-a', title: null, outlet: null, date: null, url: null }, page),
      false,
    ],
    [
      'updateDocument: a field that is not a string',
      () =>
        workerGuards.updateDocument({ id: 'user-a', title: 5, outlet: null, date: null, url: null }, popup),
      false,
    ],
    [
      'removeDocuments: from the options page',
      () => workerGuards.removeDocuments({ ids: ['user-a', 'user-b'] }, popup),
      true,
    ],
    ['removeDocuments: from a page', () => workerGuards.removeDocuments({ ids: ['user-a'] }, page), false],
    ['removeDocuments: none', () => workerGuards.removeDocuments({ ids: [] }, popup), false],
    ['removeDocuments: not a list', () => workerGuards.removeDocuments({ ids: 'user-a' }, popup), false],
    [
      'removeDocuments: a number among them',
      () => workerGuards.removeDocuments({ ids: ['a', 2] }, popup),
      false,
    ],
    [
      'removeUnreadableEntries: from the options page',
      () => workerGuards.removeUnreadableEntries({ expected: 3 }, popup),
      true,
    ],
    // Stored entries the user may want back from a newer version: a page's content script must not delete them.
    [
      'removeUnreadableEntries: from a page',
      () => workerGuards.removeUnreadableEntries({ expected: 3 }, page),
      false,
    ],
    ['removeUnreadableEntries: no count', () => workerGuards.removeUnreadableEntries({}, popup), false],
    [
      'removeUnreadableEntries: none',
      () => workerGuards.removeUnreadableEntries({ expected: 0 }, popup),
      false,
    ],
    [
      'removeUnreadableEntries: not a whole number',
      () => workerGuards.removeUnreadableEntries({ expected: 1.5 }, popup),
      false,
    ],
    [
      'removeUnreadableEntries: a string',
      () => workerGuards.removeUnreadableEntries({ expected: '3' }, popup),
      false,
    ],
    [
      'removeUnreadableEntries: infinite',
      () => workerGuards.removeUnreadableEntries({ expected: Infinity }, popup),
      false,
    ],
    ['exportDocuments: from the options page', () => workerGuards.exportDocuments({}, popup), true],
    // The user's documents in full: a page's content script must not be able to read them out.
    ['exportDocuments: from a page', () => workerGuards.exportDocuments({}, page), false],
  ])('%s → %s', (_name, run, ok) => {
    expect(run().ok).toBe(ok);
  });

  it('passes on only the known fields of a new document', () => {
    expect(add([{ ...newDoc, extra: 'x' }])).toEqual({ ok: true, payload: { documents: [newDoc] } });
  });

  it('passes on only the count of removeUnreadableEntries', () => {
    expect(workerGuards.removeUnreadableEntries({ expected: 2, ids: ['user-a'] }, popup)).toEqual({
      ok: true,
      payload: { expected: 2 },
    });
  });

  it('passes on only the known fields of setGlobal', () => {
    expect(workerGuards.setGlobal({ paused: true, sites: { 'x.example': false } }, popup)).toEqual({
      ok: true,
      payload: { paused: true },
    });
  });

  it('does not take a web page claiming an extension-like URL for an extension page', () => {
    const spoof: Runtime.MessageSender = {
      id: 'ext',
      url: 'https://evil.example/chrome-extension://ext/',
      tab: { id: 9 } as Runtime.MessageSender['tab'],
    };
    expect(workerGuards.setSite({ host: 'news.example', enabled: false }, spoof).ok).toBe(false);
  });
});
