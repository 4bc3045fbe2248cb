/**
 * A dated corpus and dated pages, end to end: a user's document with its publication date, and three pages
 * printing its toll of 16. The page of that week, and an undated page, match it; a page published a year later
 * reports another attack with the same words, and matches nothing; unless its sentence names when it happened.
 * A war's toll reported in 2016 is, on a page of 2019 with a larger toll, an earlier count: underlined as such,
 * with the card saying so, where an undated page reads it as a different figure. A yearless day on an undated
 * page is read against the reader's today, and the card gives no year for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { allHighlighted, highlighted, hoverCard, settledState } from './content-helpers';
import { submitTextFile } from './add-document';

const poll = { timeout: 15_000, interval: 100 };

const DOCUMENT = `Bomber kills 16 in Hasakeh

A motorcycle bomber killed 16 people outside a bakery in Hasakeh on Tuesday, officials said.
`;

/** A page printing `sentence`, published on `day` (none: an undated page), with a control claim. */
function page(sentence: string, day?: string): string {
  const meta = day ? `<meta property="article:published_time" content="${day}T09:00:00Z">` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}<title>Hasakeh</title></head><body>
<article><h1>Hasakeh</h1><p>${sentence}</p>
<p>Some activist groups put the death toll since the start of the war at 250,000 people killed.</p>
</article></body></html>`;
}

/** A story of `day` as an article of its own, with its date in its header. */
function story(id: string, day: string, sentence: string): string {
  return `<article id="${id}"><header><h2>Hasakeh</h2><time datetime="${day}T09:00:00Z">${day}</time></header><p>${sentence}</p></article>`;
}

/**
 * An infinite-scroll page: its address and date are its first story's, a year after the bombing; the story of the
 * bombing's week comes under it, as the reader scrolls (`appended`) or in the page as served.
 */
function scrollPage(appended: boolean): string {
  const later = story('later', '2017-07-10', TOLL);
  const week = story('week', '2016-07-06', TOLL);
  const script = `<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(week)}), 1500);</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2017-07-10T09:00:00Z"><title>Hasakeh</title></head><body>
${later}<p>Some activist groups put the death toll since the start of the war at 250,000 people killed.</p>${appended ? script : week}</body></html>`;
}

/** A war's toll, as counted in 2016; the seeds say nothing of Yemen. */
const WAR_TOLL = `Yemen toll passes 10,000

The war in Yemen has killed more than 10,000 people since the coalition intervened in March 2015, the United Nations said.
`;
const LATER_TOLL =
  'The war in Yemen has killed more than 16,000 people since the coalition intervened, the United Nations said.';

const TOLL = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';

/**
 * The war's toll as counted in 2014. The seeds that give it are undated, but they report the truce of February 27
 * that a dated seed gives with its year, so they were written after it (see undated-window.ts).
 */
const SYRIA_2014 = 'More than 170,000 people have been killed in Syria since the war began in March 2011.';

/** A yearless day the bundled corpus gives. */
const TRUCE = 'A truce brokered by Washington and Moscow has officially held since February 27.';

describe('dated pages against a dated document', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launchExtension({
      dist: process.env.CLAIM_LENS_DIST,
      generated: {
        '/same-week.html': () => page(TOLL, '2016-07-06'),
        '/year-later.html': () => page(TOLL, '2017-07-10'),
        '/undated.html': () => page(TOLL),
        '/looks-back.html': () =>
          page(
            'In July 2016, a motorcycle bomber killed 16 people outside a bakery in Hasakeh.',
            '2017-07-10',
          ),
        '/yemen-2019.html': () => page(LATER_TOLL, '2019-06-01'),
        '/yemen-undated.html': () => page(LATER_TOLL),
        '/truce-dated.html': () => page(TRUCE, '2016-06-16'),
        '/truce-undated.html': () => page(TRUCE),
        '/syria-2014.html': () => page(SYRIA_2014, '2014-08-17'),
        '/scroll-served.html': () => scrollPage(false),
        '/scroll-appended.html': () => scrollPage(true),
      },
    });
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('src/options/index.html'));
    await options.getByTestId('documents').waitFor({ timeout: 15_000 });
    await submitTextFile(options, 'hasakeh.txt', DOCUMENT, { date: '2016-07-05' });
    await options
      .getByTestId('add-result')
      .getByText('Added 1 document: Bomber kills 16 in Hasakeh.')
      .waitFor({ timeout: 15_000 });
    await submitTextFile(options, 'yemen.txt', WAR_TOLL, { date: '2016-08-30' });
    await options
      .getByTestId('add-result')
      .getByText('Added 1 document: Yemen toll passes 10,000.')
      .waitFor({ timeout: 15_000 });
    await options.close();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ['/same-week.html', ['16', '250,000']],
    ['/undated.html', ['16', '250,000']],
    ['/year-later.html', ['250,000']],
    ['/looks-back.html', ['16', '250,000', 'July 2016']],
  ])('%s highlights %j', async (path, expected) => {
    const opened = await harness.openPage(path);
    // The bundled fact shows the scan ran, so a missing 16 means no match.
    await expect.poll(() => allHighlighted(opened), poll).toContain('250,000');
    await settledState(harness, opened);
    expect(await allHighlighted(opened)).toEqual(expected);
    await opened.close();
  });

  it.each(['/scroll-served.html', '/scroll-appended.html'])(
    '%s: reads each story of an infinite-scroll page against its own date',
    async (path) => {
      const opened = await harness.openPage(path);
      // The bombing's toll matches in the story of its week only: the page's own story is of a year later.
      const inStory = () =>
        opened.evaluate(() =>
          [...CSS.highlights.values()].flatMap((h) =>
            [...h].map((r) => `${r.startContainer.parentElement?.closest('article')?.id}:${r.toString()}`),
          ),
        );
      await expect.poll(inStory, poll).toContain('week:16');
      await settledState(harness, opened);
      expect((await inStory()).sort()).toEqual(['undefined:250,000', 'week:16']);
      await opened.close();
    },
  );

  it('underlines a larger toll of years later as an earlier count, and its card says so', async () => {
    const opened = await harness.openPage('/yemen-2019.html');
    // The control's running toll of Syria's war, 250,000, is on a page of 2019 an earlier count too: the seeds'
    // larger one was made more than half a year before (see countAtAnotherTime).
    await expect
      .poll(async () => (await highlighted(opened))['other-count'], poll)
      .toEqual(['250,000', 'more than 16,000']);
    const card = await hoverCard(opened, 'more than 16,000', poll);
    expect(card).toContain('OLDER COUNT IN A SOURCE');
    expect(card).toContain('1 source gave an earlier count');
    expect(card).toContain('Earlier count');
    expect(card).toContain('30 Aug 2016');
    await opened.close();
  });

  it('underlines an older toll as such against the undated seeds, their later count dated by the truce', async () => {
    const opened = await harness.openPage('/syria-2014.html');
    await expect
      .poll(async () => (await highlighted(opened))['other-count'], poll)
      .toContain('More than 170,000');
    const card = await hoverCard(opened, 'More than 170,000', poll);
    expect(card).toContain('Later count');
    expect(card).toContain('undated, written after 27 Feb 2016');
    expect(card).not.toContain('Differs');
    await opened.close();
  });

  it('dates a differing undated seed by the span its events place it in, on the card', async () => {
    const opened = await harness.openPage('/same-week.html');
    await expect.poll(() => allHighlighted(opened), poll).toContain('250,000');
    const card = await hoverCard(opened, '250,000', poll);
    expect(card).toContain('Differs');
    expect(card).toContain('undated, written 27 Feb 2016 – 26 Feb 2017');
    await opened.close();
  });

  it.each([
    ['/truce-dated.html', /Read as: 27 Feb 2016/],
    // Read against the reader's today, whose year the card does not give as the page's.
    ['/truce-undated.html', /Read as: 27 Feb (?!\d{4})/],
  ])('%s: the card reads the yearless day as %s', async (path, readAs) => {
    const opened = await harness.openPage(path);
    await expect.poll(() => allHighlighted(opened), poll).toContain('February 27');
    expect(await hoverCard(opened, 'February 27', poll)).toMatch(readAs);
    await opened.close();
  });

  it('reads the same toll on an undated page as a different figure', async () => {
    const opened = await harness.openPage('/yemen-undated.html');
    await expect.poll(async () => (await highlighted(opened)).conflicts, poll).toContain('more than 16,000');
    expect((await highlighted(opened))['other-count']).toEqual([]);
    await opened.close();
  });
});
