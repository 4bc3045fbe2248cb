import { describe, expect, it } from 'vitest';
import { terms } from '../../src/core/text/terms';
import { scanTokens, TokenBuffer } from '../../src/core/text/token-scan';
import { tokenize } from '../../src/core/text/tokenize';

/** The fast scanner must give tokenize's tokens: the subject of a claim depends on them. */
describe('scanTokens', () => {
  const cases: string[] = [
    'More than 280,000 people have been killed since 2011.',
    "Syria’s war, Washington's patience, the rebels' gains",
    "won't, don't, can't, they're, we've, I'll, he'd, I'm, O'Brien, rock'n'roll",
    'The U.S. and U.N. met the WHO; NATO, USA, US, Us, us',
    'Ærø, Zürich, São Paulo, ÉCOLE, naïve, İstanbul, Ölüdeniz',
    'COVID-19, sars-cov-2, cease-fire, 1.2bn, 3,000.50, 5/4/2016',
    'Sentence end.Next   word\u00a0spaced\u2009thin',
    'ALLCAPS HEADLINE: TROOPS KILLED',
    '',
  ];
  it.each(cases)('%s', (text) => {
    const buf = new TokenBuffer();
    scanTokens(text, 0, text.length, buf);
    const got: { start: number; end: number; lower: string; acronym: boolean }[] = [];
    for (let k = 0; k < buf.n; k++) {
      const info = buf.info[k];
      const start = buf.start[k] ?? 0;
      const end = buf.end[k] ?? 0;
      got.push({
        start,
        end,
        lower: info ? info.lower : text.slice(start, end),
        acronym: buf.acronym[k] === 1,
      });
    }
    expect(got).toEqual(
      tokenize(text).map((t) => ({ start: t.start, end: t.end, lower: t.lower, acronym: t.acronym })),
    );
  });

  it('scans a sub-range like tokenize does', () => {
    const text = 'Thousands fled Aleppo on Monday, officials said.';
    const buf = new TokenBuffer();
    scanTokens(text, 10, 31, buf);
    expect(Array.from(buf.start.subarray(0, buf.n))).toEqual(tokenize(text, 10, 31).map((t) => t.start));
  });

  it('stays correct after the word table fills up and is cleared', () => {
    const words: string[] = [];
    for (let k = 0; k < 70_000; k++)
      words.push(`zq${k.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? '')}`);
    terms(words.join(' '));
    expect(terms('Civilians were killed in airstrikes')).toEqual(['civilian', 'kill', 'airstrik']);
  });
});
