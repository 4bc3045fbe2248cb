import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/core/corpus/clean';
import { splitSentences } from '../../src/core/corpus/passages';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(`seeds/${f}`, 'utf8') }));

function prose(text: string): string[] {
  return cleanDocument(text).blocks.map((b) => text.slice(b.start, b.end));
}

describe('cleanDocument', () => {
  it.each([
    [
      'furniture labels',
      'Share\n\nA real headline about things\n\nThe minister said the talks would resume.\n\nAdvertisement\n\nSHARE:\n',
    ],
    [
      'sign-up text',
      'A real headline about things\n\nThe minister said the talks would resume.\n\nSign up for our newsletter and get the news delivered to your inbox.\n',
    ],
    [
      'photo credits',
      'A real headline about things\n\nSoldiers walk past a ruined building - Photo from Reuters\n\nThe minister said the talks would resume.\n',
    ],
    [
      'bylines',
      'A real headline about things\n\nBy Jane Doe\n\nHerald Tribune Staff ,\n\nThe minister said the talks would resume.\n',
    ],
    [
      'repeated lines and captions',
      'A real headline about things\n\nA real headline about things\n\nForeign Minister Jane Doe\n\nThe minister said the talks would resume.\n',
    ],
  ])('drops %s', (_name, text) => {
    expect(prose(text)).toEqual(['The minister said the talks would resume.']);
    expect(cleanDocument(text).title).toBe('A real headline about things');
  });

  it('cuts a related-articles list run on at the end of a line, and drops a line that is only one', () => {
    const text =
      'A real headline about things\n\nThe minister said the talks would resume in Geneva next week. Source AFP ' +
      'Related News Death toll rises to 70 as bombs hit the south | Floods kill 12 in the north\n\n' +
      'Related Stories Rebels seize 3 towns\n\nShe said related news would follow.\n';
    expect(prose(text)).toEqual([
      'The minister said the talks would resume in Geneva next week. Source AFP',
      'She said related news would follow.',
    ]);
  });

  it('keeps subheadings between prose lines apart, as headings', () => {
    const text =
      'A real headline about things\n\nWorld News\n\nThe minister said the talks would resume.\n\n' +
      'Russian raids in Idlib\n\nAt least 30 people were killed.\n\nturkey\n\nThe strikes went on.\n';
    const c = cleanDocument(text);
    // Above the first prose line a short line is a section label; a lone word is a stray label.
    expect(c.headings.map((h) => text.slice(h.start, h.end))).toEqual(['Russian raids in Idlib']);
    expect(prose(text)).toEqual([
      'The minister said the talks would resume.',
      'At least 30 people were killed.',
      'The strikes went on.',
    ]);
  });

  it('keeps the short lines above the first prose line apart, where a dateline says when it was written', () => {
    const text =
      'A real headline about things\n\nWorld News\n\nPublished October 29 2014\n\nBeirut\n\n' +
      'The minister said the talks would resume.\n\nUpdated October 30 2014\n\nThe strikes went on.\n';
    const c = cleanDocument(text);
    expect(c.opening.map((h) => text.slice(h.start, h.end))).toEqual(['Published October 29 2014', 'Beirut']);
    expect(c.headings.map((h) => text.slice(h.start, h.end))).toEqual(['Updated October 30 2014']);
  });

  it('does not take a first paragraph that ends inside a quotation for the title', () => {
    const text =
      'Talks resume\n\nThe envoy met both delegations. “We are working very hard to reach a deal.”\n';
    expect(cleanDocument(text).title).toBeNull();
    expect(prose(text)).toEqual([
      'The envoy met both delegations. “We are working very hard to reach a deal.”',
    ]);
    // A headline ending on a quotation is still a headline.
    expect(cleanDocument('Kerry tells Russia its patience is “limited”\n\nThe talks went on.\n').title).toBe(
      'Kerry tells Russia its patience is “limited”',
    );
  });

  it.each([
    ['# Dam breach at Orrin Valley', 'Dam breach at Orrin Valley'],
    ['## Dam breach at Orrin Valley', 'Dam breach at Orrin Valley'],
    ['#1 hit song tops the charts again', '#1 hit song tops the charts again'],
  ])('takes a Markdown heading %j for the title without its mark', (line, title) => {
    expect(cleanDocument(`${line}\n\nThe dam gave way at night. Forty homes were flooded.\n`).title).toBe(
      title,
    );
  });

  it('takes a headline that asks a question for the title', () => {
    const text =
      'Where do strained U.S.-Israeli relations go after Netanyahu’s victory?\n\nThe talks went on.\n';
    expect(cleanDocument(text).title).toBe(
      'Where do strained U.S.-Israeli relations go after Netanyahu’s victory?',
    );
    expect(prose(text)).toEqual(['The talks went on.']);
  });

  it('keeps a title from metadata and drops its echo in the text', () => {
    const text = 'Talks resume in Geneva\n\nThe minister said the talks would resume.\n';
    const c = cleanDocument(text, 'Talks resume in Geneva');
    expect(c.title).toBe('Talks resume in Geneva');
    expect(c.blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'The minister said the talks would resume.',
    ]);
  });

  it('finds the real headlines of the seeds, not page labels', () => {
    const titles = Object.fromEntries(seeds.map((s) => [s.id, cleanDocument(s.text).title]));
    expect(titles['003_9d73ea2eb52987d8']).toBe('Kerry: Russia Making Syrian Peace ‘Difficult’');
    expect(titles['004_ad1da846317808be']).toBe('US Appeals To Russia For Help In Syrian Crisis');
    expect(titles['002_f6c15ed2f06924aa']).toBe('Kerry to Russia: US patience in Syria is very limited');
  });

  it('leaves no boilerplate in the seeds’ prose', () => {
    const all = seeds.flatMap((s) => prose(s.text)).join('\n');
    for (const junk of [
      'Share',
      'Advertisement',
      'Click to comment',
      'To Top',
      'impostor',
      'Photo from AP',
      'Arutz Sheva Staff',
      'Edited by',
      'Delivered',
    ]) {
      expect(all.split('\n')).not.toContain(junk);
      expect(all).not.toContain(junk === 'Share' || junk === 'Delivered' ? '\nShare\n' : junk);
    }
  });
});

describe('splitSentences', () => {
  function split(text: string): string[] {
    return splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  }
  it.each([
    ['Mr. Kerry met Lavrov. Then he left.', ['Mr. Kerry met Lavrov.', 'Then he left.']],
    ['The U.S. Secretary spoke. Russia replied.', ['The U.S. Secretary spoke.', 'Russia replied.']],
    ['It ended on Feb. 27 in Geneva. Talks resumed.', ['It ended on Feb. 27 in Geneva.', 'Talks resumed.']],
    ['Said Rep. Eliot Engel, D-N.Y. Others agreed.', ['Said Rep. Eliot Engel, D-N.Y. Others agreed.']],
    ['John F. Kennedy won 3.5 percent. He lost.', ['John F. Kennedy won 3.5 percent.', 'He lost.']],
    [
      '“It is clear. We know that,” Kerry said. Next one.',
      ['“It is clear. We know that,” Kerry said.', 'Next one.'],
    ],
    ['Is it over? “Yes.” He left!', ['Is it over?', '“Yes.”', 'He left!']],
    ['He moved to the U.S. The firm grew.', ['He moved to the U.S.', 'The firm grew.']],
    ['Shares of Apple Inc. But they fell.', ['Shares of Apple Inc.', 'But they fell.']],
    [
      'The U.S. Army and J. A. Smith left. Gen. Mattis stayed.',
      ['The U.S. Army and J. A. Smith left.', 'Gen. Mattis stayed.'],
    ],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the original file text for every seed passage', () => {
    for (const s of seeds) {
      for (const block of cleanDocument(s.text).blocks) {
        for (const p of splitSentences(s.text, block)) {
          const passage = s.text.slice(p.start, p.end);
          expect(passage.trim()).toBe(passage);
          expect(passage.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
