/** Pages and texts the accessibility audit opens, adds and checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

/** A document of the reader's own, for the options page's list of them. */
export const DOCUMENT = `Floods in Riverton

Heavy rain flooded the river town of Riverton on Tuesday.

The floods in Riverton killed 412 people, the regional governor said, and forced 30,000 residents from their homes.
`;

/** The check page's text: a contradicted figure, a dated start, and a figure with no context. */
export const TEXT = [
  'Memo: the war in numbers',
  '',
  "Syria's war has killed more than 250,000 people since March 2011.",
  'The marathon had 12,000 runners last Sunday.',
].join('\n');

/** A dark page with a claim, where the card is dark too. */
export const DARK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dark</title></head>
<body style="background: #121212; color: #e8e8e8; margin: 24px"><main><h1>The toll</h1>
<p>Some activist groups put the death toll since the start of the war at 250,000 people killed.</p>
</main></body></html>`;

/**
 * article.html's story reprinted five times, the activists' toll changing each time: enough claims for the popup's
 * filter, its count and its "Show all" button.
 */
export function manyPage(): string {
  const html = readFileSync(join(ROOT, 'test/e2e/pages/article.html'), 'utf8');
  const story = /<article id="story">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  const sections = Array.from(
    { length: 5 },
    (_, i) =>
      `<section><h2>Update ${i + 1}</h2>${story.replace(/ id="[^"]*"/g, '').replace('250,000', `${250 - 10 * i},000`)}</section>`,
  );
  return html.replace(/<article id="story">[\s\S]*?<\/article>/, `<article>${sections.join('\n')}</article>`);
}
