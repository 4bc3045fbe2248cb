// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../src/content/scanner';
import type { ScannedClaim } from '../../src/core/types';
import { match, quantityClaim, result, setBody } from './fixtures';

/**
 * A stand-in worker that answers when told to, so a test decides what is still in flight. It finds every
 * figure, except in texts holding one of `quiet` (a corpus that no longer has anything to say about them).
 */
function heldWorker() {
  const calls: { texts: string[]; referenceDate: string; own: boolean; answer: () => void }[] = [];
  const quiet: string[] = [];
  const scanTexts = (texts: string[], referenceDate: string, own = false) =>
    new Promise<ScannedClaim[][]>((resolve) => {
      const answer = () =>
        resolve(
          texts.map((text) =>
            [...text.matchAll(quiet.some((q) => text.includes(q)) ? /$^/g : /\d[\d,]*/g)].map((m) => ({
              claim: quantityClaim(m[0], Number(m[0].replace(/,/g, '')), m.index),
              result: result([match('agrees')]),
            })),
          ),
        );
      calls.push({ texts, referenceDate, own, answer });
    });
  return { calls, quiet, scanTexts };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function scanner(
  worker: ReturnType<typeof heldWorker>,
  date: { value: string },
  articleDays?: (pageDay: string) => ((container: Element) => string | null) | null,
): Scanner {
  return new Scanner({
    doc: document,
    prefilter: (text) => /\d/.test(text),
    scanTexts: worker.scanTexts,
    referenceDate: () => date.value,
    articleDays,
    onChange: () => undefined,
  });
}

describe('Scanner', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks again, rather than reusing answers, when the reference date changes', async () => {
    setBody('<p id="a">Since then 4,500 homes were rebuilt.</p>');
    const worker = heldWorker();
    const date = { value: '2016-03-01' };
    const scan = scanner(worker, date);
    const first = scan.scan(null);
    await tick();
    worker.calls[0]?.answer();
    expect(await first).toBe(true);
    expect(scan.claims()).toHaveLength(1);

    // The same text, same date: answered from the cache.
    expect(await scan.scan(null)).toBe(true);
    expect(worker.calls).toHaveLength(1);

    // Another date ("last year" means something else): the text goes to the worker again.
    date.value = '2017-03-01';
    const third = scan.scan(null);
    await tick();
    expect(worker.calls.map((c) => c.referenceDate)).toEqual(['2016-03-01', '2017-03-01']);
    worker.calls[1]?.answer();
    expect(await third).toBe(true);
    expect(scan.claims()).toHaveLength(1);
  });

  it("reads each article's text against its own day, one request per day, and keeps the answers apart", async () => {
    // The same sentence in two stories of other days: "last year" in each is another year.
    const sentence = 'Last year 4,500 homes were rebuilt.';
    setBody(
      `<article id="a"><p>${sentence}</p></article><p>${sentence}</p><article id="b"><p>${sentence}</p></article>`,
    );
    const worker = heldWorker();
    const days: Record<string, string> = { a: '2015-05-01', b: '2019-05-01' };
    const scan = scanner(worker, { value: '2016-03-01' }, () => (container) => {
      const id = container.closest('article')?.id;
      return id === undefined ? null : (days[id] ?? null);
    });
    const done = scan.scan(null);
    for (let i = 0; i < 3; i++) {
      await tick();
      worker.calls[i]?.answer();
    }
    expect(await done).toBe(true);
    expect(worker.calls.map((c) => [c.referenceDate, c.own, c.texts])).toEqual([
      ['2015-05-01', true, [sentence]],
      ['2016-03-01', false, [sentence]],
      ['2019-05-01', true, [sentence]],
    ]);
    // Claim ids carry the day read against, so the three are told apart.
    expect(new Set(scan.claims().map((c) => c.id)).size).toBe(3);
    // Rescanned, every answer comes from the cache, each kept under its own day.
    expect(await scan.scan(null)).toBe(true);
    expect(worker.calls).toHaveLength(3);
  });

  it('does not join a request made for another reference date', async () => {
    setBody('<p>Some 12,000 people fled.</p>');
    const worker = heldWorker();
    const date = { value: '2016-03-01' };
    const scan = scanner(worker, date);
    void scan.scan(null);
    await tick();
    date.value = '2017-03-01';
    void scan.scan(null);
    await tick();
    expect(worker.calls.map((c) => c.referenceDate)).toEqual(['2016-03-01', '2017-03-01']);
  });

  it('reports a rescan done only once the request it joined is answered', async () => {
    setBody('<p id="a">Some 12,000 people fled.</p>');
    const worker = heldWorker();
    const scan = scanner(worker, { value: '2016-03-01' });
    void scan.scan(null);
    await tick();
    expect(worker.calls).toHaveLength(1);
    // A change under the paragraph rescans it while the first request is still out: it joins that request.
    let done = false;
    const rescan = scan.scan([document.getElementById('a')!]).then((completed) => {
      done = true;
      return completed;
    });
    await tick();
    await tick();
    expect(worker.calls).toHaveLength(1);
    expect(done).toBe(false);
    worker.calls[0]?.answer();
    expect(await rescan).toBe(true);
    expect(scan.claims().map((c) => c.claim.text)).toEqual(['12,000']);
  });

  describe('a scan of the whole page again', () => {
    const twoParagraphs =
      '<p id="a">Some 12,000 people fled.</p><p id="b">Since then 4,500 homes were rebuilt.</p>';
    const ids = (scan: Scanner) =>
      scan
        .claims()
        .map((c) => c.id)
        .sort();

    async function scannedOnce(worker: ReturnType<typeof heldWorker>): Promise<Scanner> {
      setBody(twoParagraphs);
      const scan = scanner(worker, { value: '2016-03-01' });
      const first = scan.scan(null);
      await tick();
      worker.calls[0]?.answer();
      expect(await first).toBe(true);
      expect(scan.claims()).toHaveLength(2);
      return scan;
    }

    it('keeps showing what was found while the worker answers again (a changed corpus)', async () => {
      const worker = heldWorker();
      const scan = await scannedOnce(worker);
      const before = ids(scan);
      scan.forgetAnswers();
      const again = scan.scan(null);
      await tick();
      expect(worker.calls).toHaveLength(2);
      expect(ids(scan)).toEqual(before);
      worker.calls[1]?.answer();
      expect(await again).toBe(true);
      expect(ids(scan)).toEqual(before);
    });

    it('takes off, when it ends, what it did not find again', async () => {
      const worker = heldWorker();
      const scan = await scannedOnce(worker);
      worker.quiet.push('4,500');
      scan.forgetAnswers();
      const again = scan.scan(null);
      await tick();
      expect(scan.claims()).toHaveLength(2);
      worker.calls[1]?.answer();
      expect(await again).toBe(true);
      expect(scan.claims().map((c) => c.claim.text)).toEqual(['12,000']);
    });

    it('does not keep what left the page or what a switch-off cleared meanwhile', async () => {
      const worker = heldWorker();
      const scan = await scannedOnce(worker);
      scan.forgetAnswers();
      void scan.scan(null);
      await tick();
      document.getElementById('b')?.remove();
      expect(scan.claims().map((c) => c.claim.text)).toEqual(['12,000']);
      scan.clear();
      expect(scan.claims()).toEqual([]);
    });
  });

  /** The page scanned once whole, the worker answering its first request. */
  async function scannedOnce(): Promise<{ worker: ReturnType<typeof heldWorker>; scan: Scanner }> {
    const worker = heldWorker();
    const scan = scanner(worker, { value: '2016-03-01' });
    const done = scan.scan(null);
    await tick();
    worker.calls[0]?.answer();
    expect(await done).toBe(true);
    return { worker, scan };
  }

  it('reads a table cell after its headers, and keeps only the cell’s own claims', async () => {
    setBody(
      '<table><caption>Toll of 2016</caption><tr><th>Killed</th><td>more than <b>280,000</b></td></tr></table>',
    );
    const { worker, scan } = await scannedOnce();
    // The caption's "2016" is read with the cell (it says what the cell is about) but is not the cell's claim.
    expect(worker.calls[0]?.texts).toContain('Toll of 2016: Killed: more than 280,000');
    const cell = document.querySelector('td');
    const claims = scan.claims().filter((c) => cell?.contains(c.range.startContainer));
    expect(claims.map((c) => [c.claim.text, c.claim.start, c.range.toString()])).toEqual([
      ['280,000', 10, '280,000'],
    ]);
  });

  it('keeps the claims of every line of a paragraph a <br> breaks, not only of its last', async () => {
    setBody('<p>The truce has held since 27 February, 2016.<br>Talks resume in 3 days.</p>');
    const { worker, scan } = await scannedOnce();
    expect(worker.calls[0]?.texts).toEqual([
      'The truce has held since 27 February, 2016.',
      'Talks resume in 3 days.',
    ]);
    expect(scan.claims().map((c) => c.range.toString())).toEqual(['27', '2016', '3']);
  });
});
