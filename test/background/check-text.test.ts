/**
 * The worker's checkText request, as the check page sends it: the payload checked (malformed and oversized requests
 * get a clear refusal, never a crash), only extension pages heard, a long text read in windows with the claims'
 * offsets into the whole text, and the documents the claims cite sent along.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { buildIndexArtifact } from '../../src/core/corpus-index';
import type { CheckTextReply, Envelope } from '../../src/shared/messages';
import { CHECK_TEXT_LIMITS } from '../../src/shared/messages';
import { TURN_CHARS } from '../../src/background/check-text';
import { USER_DOCUMENTS_KEY } from '../../src/background/user-documents-store';

type Listener = (message: unknown, sender: { id: string; url?: string; tab?: { id: number } }) => unknown;

const browser = vi.hoisted(() => ({
  listener: null as Listener | null,
  local: {} as Record<string, unknown>,
}));

/** A document the user added, dated: a toll in a text of another time is not matched with it. */
const RIVERTON = {
  id: 'user-riverton',
  name: 'riverton.txt',
  text:
    'Floods in Riverton\n\nThe floods in Riverton killed 412 people, the regional governor said, and forced 30,000 ' +
    'residents from their homes.',
  outlet: 'Valley Herald',
  title: null,
  date: '2026-01-05',
  url: null,
  added: '2026-01-06T10:00:00.000Z',
};

vi.mock('../../src/shared/browser', async () => {
  const { fakeStorageArea } = await import('./fake-storage-area');
  const session: Record<string, unknown> = {};
  const none = { addListener: () => undefined };
  return {
    ext: {
      runtime: {
        id: 'claim-lens',
        getURL: (path: string) => `chrome-extension://claim-lens/${path}`,
        onMessage: { addListener: (listener: Listener) => (browser.listener = listener) },
        onInstalled: none,
        onStartup: none,
      },
      storage: {
        local: fakeStorageArea(() => browser.local),
        session: fakeStorageArea(() => session),
        onChanged: none,
      },
      commands: { onCommand: none },
      contextMenus: { onClicked: none },
      tabs: { query: async () => [] },
    },
    extensionAlive: () => true,
  };
});

const CHECK_PAGE = { id: 'claim-lens', url: 'chrome-extension://claim-lens/src/check/index.html' };
const PAGE_TAB = { id: 'claim-lens', url: 'https://news.example/story', tab: { id: 4 } };

/** A request as the check page (or `sender`) sends it, answered as it receives it. */
async function ask(payload: Record<string, unknown>, sender = CHECK_PAGE): Promise<Envelope<CheckTextReply>> {
  const reply = browser.listener?.({ type: 'checkText', payload }, sender);
  if (!(reply instanceof Promise)) throw new Error('checkText was not answered');
  return reply as Promise<Envelope<CheckTextReply>>;
}

/** The reply of a request that must succeed. */
async function checked(text: string, referenceDate = '2016-06-01', published = false) {
  const reply = await ask({ text, referenceDate, published });
  if (!reply.ok) throw new Error(reply.error);
  if (reply.value.kind !== 'checked') throw new Error(`no corpus: ${JSON.stringify(reply.value)}`);
  return reply.value;
}

const CLAIM = "Syria's war has killed more than 250,000 people since March 2011.";
const FILLER = 'Delegates met again in the conference hall and talked about the agenda for a long while.';

beforeAll(async () => {
  const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const artifact = JSON.stringify(buildIndexArtifact(readCorpusDir(seeds)));
  vi.stubGlobal('fetch', async () => new Response(artifact, { status: 200 }));
  browser.local[USER_DOCUMENTS_KEY] = [RIVERTON];
  await import('../../src/background/service-worker');
});

describe('checkText in the worker', () => {
  it('answers a pasted text with its claims, the sources they cite and the corpus size', async () => {
    const text = `Notes\n\n${CLAIM}\nThe marathon had 12,000 runners last Sunday.`;
    const reply = await checked(text);
    const figure = reply.claims.find(({ claim }) => claim.text === 'more than 250,000');
    expect(figure?.claim.start).toBe(text.indexOf('more than 250,000'));
    expect(new Set(figure?.result.matches.map((m) => m.relation))).toEqual(new Set(['conflicts']));
    expect(reply.claims.map(({ claim }) => claim.text)).toEqual(['more than 250,000', 'March 2011']);
    expect(reply.unmatched).toBe(2);
    // The five bundled documents and the one the user added.
    expect(reply.corpusSize).toBe(6);
    // Each cited document once, with what the list shows of it.
    const cited = new Set(reply.claims.flatMap(({ result }) => result.variance.reports.map((r) => r.doc)));
    expect(reply.documents.map((d) => d.id).sort()).toEqual([...cited].sort());
    expect(reply.documents.map((d) => d.outlet)).toContain('Arutz Sheva (Israel National News)');
  });

  it('reads relative dates against the day given, and says nothing of an empty text', async () => {
    const truce = 'The truce has held since February 27, the monitor said.';
    const dateOf = (reply: Awaited<ReturnType<typeof checked>>) =>
      reply.claims.find(({ claim }) => claim.kind === 'date')?.claim.value;
    expect(dateOf(await checked(truce, '2016-06-01'))).toMatchObject({ start: '2016-02-27' });
    expect(dateOf(await checked(truce, '2019-06-01', true))).toMatchObject({ start: '2019-02-27' });
    expect(await checked('')).toMatchObject({ claims: [], unmatched: 0, documents: [] });
  });

  it('holds a toll in a text written on a given day to the reports of that time, as on a dated page', async () => {
    const text = 'The floods in Riverton killed 412 people last week.';
    const relations = (reply: Awaited<ReturnType<typeof checked>>) =>
      reply.claims.filter(({ claim }) => claim.text === '412').flatMap(({ result }) => result.matches);
    // Undated (read as of today), the added document's toll agrees.
    expect(relations(await checked(text, '2026-01-08')).map((m) => [m.doc, m.relation])).toEqual([
      ['user-riverton', 'agrees'],
    ]);
    expect(relations(await checked(text, '2026-01-08', true)).map((m) => m.relation)).toEqual(['agrees']);
    // Written in 2019, its toll is another event's than the 2026 report's.
    const old = await checked(text, '2019-03-01', true);
    expect(relations(old)).toEqual([]);
    expect(old.unmatched).toBe(2);
  });

  it('reads a long text in windows, with every claim at its offset in the whole text', async () => {
    // About 190,000 characters in long paragraphs, with CLAIM wherever the filler leaves it: at windows' edges
    // too (a paragraph of 9,000 characters is cut twice), and many turns given to other requests on the way.
    const paragraph = (n: number) => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(i % 13 === 5 ? CLAIM : FILLER);
      return out.join(' ');
    };
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join('\n\n').length < 190_000; i++) paragraphs.push(paragraph(60 + (i % 50)));
    const text = paragraphs.join('\n\n');
    expect(text.length).toBeGreaterThan(6 * TURN_CHARS);
    expect(text.length).toBeLessThanOrEqual(CHECK_TEXT_LIMITS.chars);
    const reply = await checked(text);
    const expected = text.split(CLAIM).length - 1;
    expect(reply.claims).toHaveLength(2 * expected);
    for (const { claim } of reply.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    // Each claim sentence's own figure and date, in text order, none twice.
    const starts = reply.claims.map(({ claim }) => claim.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    let at = -1;
    for (let i = 0; i < expected; i++) {
      at = text.indexOf(CLAIM, at + 1);
      expect(starts).toContain(at + CLAIM.indexOf('more than'));
      expect(starts).toContain(at + CLAIM.indexOf('March 2011'));
    }
  });

  it('refuses a text over the limit, saying how long it is and what the limit is', async () => {
    const reply = await ask({
      text: 'a'.repeat(CHECK_TEXT_LIMITS.chars + 1),
      referenceDate: '2016-06-01',
      published: false,
    });
    expect(reply).toEqual({
      ok: false,
      error:
        'Claim Lens refused checkText: the text has 200,001 characters; at most 200,000 are checked at once',
    });
    // At the limit, it is checked.
    expect(
      await ask({ text: 'a'.repeat(CHECK_TEXT_LIMITS.chars), referenceDate: '2016-06-01', published: false }),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{ text: 42, referenceDate: '2016-06-01', published: false }, 'text must be a string'],
    [{ referenceDate: '2016-06-01', published: false }, 'text must be a string'],
    [{ text: CLAIM, published: false }, 'the date must be a day written YYYY-MM-DD'],
    [
      { text: CLAIM, referenceDate: '2016-02-30', published: false },
      'the date must be a day written YYYY-MM-DD',
    ],
    [
      { text: CLAIM, referenceDate: '1 June 2016', published: false },
      'the date must be a day written YYYY-MM-DD',
    ],
    [{ text: CLAIM, referenceDate: '2016-06-01', published: 'yes' }, 'published must be true or false'],
  ])('refuses a malformed request in words: %j', async (payload, reason) => {
    expect(await ask(payload)).toEqual({ ok: false, error: `Claim Lens refused checkText: ${reason}` });
  });

  it('does not answer a content script: a page sends its text through scanTexts, in bounded batches', async () => {
    expect(await ask({ text: CLAIM, referenceDate: '2016-06-01', published: false }, PAGE_TAB)).toEqual({
      ok: false,
      error: 'Claim Lens refused checkText: texts are checked only from extension pages',
    });
  });
});

/**
 * A selection handed over by the context menu may have lost its line breaks: Chromium gives `selectionText` with
 * each one read as a space (crbug.com/116429), and a text may run its sentences together with none at all. Prose
 * whose sentences end in stops still gives the claims, and the relations, of the text as written.
 */
describe('checkText on a selection whose line breaks are gone', () => {
  const LINES = [
    'Syria: the war in numbers',
    '',
    CLAIM,
    'A truce has been in place since February 27.',
    'The UN said the government had granted aid access to 15 of 18 besieged areas.',
    'Kerry said "Russia needs to understand that our patience is not infinite."',
    'The marathon had 12,000 runners last Sunday.',
  ].join('\n');

  /** Each claim with context and the relations its sources give, in text order. */
  const found = (reply: Awaited<ReturnType<typeof checked>>) =>
    reply.claims.map(({ claim, result }) => [
      claim.text,
      [...new Set(result.matches.map((m) => m.relation))],
    ]);

  it('finds what the text as written gives when each line break became a space', async () => {
    const written = await checked(LINES);
    const spaced = LINES.replace(/\n/g, ' ');
    const reply = await checked(spaced);
    expect(found(reply)).toEqual(found(written));
    expect(found(reply).map(([text]) => text)).toEqual([
      'more than 250,000',
      'March 2011',
      'February 27',
      '15 of 18',
      '"Russia needs to understand that our patience is not infinite."',
    ]);
    expect(reply.unmatched).toBe(written.unmatched);
    for (const { claim } of reply.claims) expect(spaced.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('finds them too when the sentences run together with no space between them', async () => {
    const written = await checked(LINES);
    const glued = LINES.replace(/\n/g, '');
    const reply = await checked(glued);
    expect(found(reply)).toEqual(found(written));
    expect(reply.unmatched).toBe(written.unmatched);
    for (const { claim } of reply.claims) expect(glued.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
