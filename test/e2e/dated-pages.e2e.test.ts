/**
 * A dated corpus and dated pages, end to end: a user's document with its publication date, and three pages
 * printing its toll of 16. The page of that week, and an undated page, match it; a page published a year later
 * reports another attack with the same words, and matches nothing; unless its sentence names when it happened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { allHighlighted, settledState } from './content-helpers';
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

const TOLL = 'A motorcycle bomber killed 16 people outside a bakery in Hasakeh, officials said.';

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
});
