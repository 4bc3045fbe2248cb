// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Card } from '../../src/content/card/Card';
import { claimRelation, type FoundClaim } from '../../src/content/found-claim';
import type { ClaimValue, Relation } from '../../src/core/types';
import { found, match, result } from './fixtures';

function mount(claim: FoundClaim, pageDated = true): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <Card
      claim={claim}
      documents={null}
      pageDated={pageDated}
      onOpenFullView={() => {}}
      onClose={() => {}}
    />,
    root,
  );
  return root;
}

/** A found claim whose page text and value are `text` and `value`. */
function claimOf(text: string, value: ClaimValue, relation: Relation = 'agrees'): FoundClaim {
  const claim = found('c1', document.createRange(), relation, text);
  claim.claim = { ...claim.claim, kind: value.type, text, end: text.length, value };
  return claim;
}

describe('Card values', () => {
  it('shows an undated source\'s "February 27" without the year it never gave, and the page\'s with its own', () => {
    const claim = claimOf('February 27', {
      type: 'date',
      start: '2016-02-27',
      end: '2016-02-27',
      precision: 'day',
      yearInferred: true, // from the page's own date
    });
    claim.result = result([
      {
        ...match('agrees', 'A truce has held since February 27.'),
        spanStart: 23,
        spanEnd: 34,
        value: { type: 'date', start: '2026-02-27', end: '2026-02-27', precision: 'day', yearInferred: true },
      },
    ]);
    const root = mount(claim);
    expect(root.querySelector('.value')?.textContent).toBe('Read as: 27 Feb 2016');
    // The source's own words, which never gave a year.
    expect(root.querySelector('.says')?.textContent).toBe('Says: February 27');
  });

  it('states no year for a yearless day on a page that gives no date: that year is the reader’s', () => {
    const claim = claimOf('February 27', {
      type: 'date',
      start: '2026-02-27',
      end: '2026-02-27',
      precision: 'day',
      yearInferred: true, // from the reader's today
    });
    claim.result = result([match('agrees', 'A truce has held since February 27, 2016.')]);
    expect(mount(claim, false).querySelector('.value')?.textContent).toBe('Read as: 27 Feb');
    // A year the page wrote stays.
    const written = claimOf('February 27, 2016', {
      type: 'date',
      start: '2016-02-27',
      end: '2016-02-27',
      precision: 'day',
    });
    written.result = claim.result;
    expect(mount(written, false).querySelector('.value')?.textContent).toBe('Read as: 27 Feb 2016');
  });

  it.each<[string, ClaimValue, string | null]>([
    [
      'Some 42,000',
      { type: 'quantity', low: 37800, high: 46201, nominal: 42000, qualifier: 'some', vague: true },
      null,
    ],
    [
      'dozens',
      { type: 'quantity', low: 24, high: 99, nominal: 62, vague: true },
      'Read as: between 24 and 99',
    ],
    [
      'millions',
      { type: 'quantity', low: 2_000_000, high: 9_999_999, nominal: 6_000_000, vague: true },
      'Read as: between 2 million and 10 million',
    ],
  ])('reads "%s" as %s', (text, value, expected) => {
    const root = mount(claimOf(text, value));
    expect(root.querySelector('.value')?.textContent ?? null).toBe(expected);
  });

  // A long quote printed twice, as the claim and again "Read as", had left its sources one line of a 440 px card.
  it.each<[string, ClaimValue, string | null]>([
    [
      '“We must pay attention to what is written,” Azzouz said. “There is worry the government will use the attack.”',
      {
        type: 'quote',
        text: 'We must pay attention to what is written There is worry the government will use the attack.',
        speaker: 'Azzouz',
      },
      'Said by: Azzouz',
    ],
    ['“Our nation is in danger,”', { type: 'quote', text: 'Our nation is in danger' }, null],
  ])('gives a quote’s speaker, not its words again: %s', (text, value, expected) => {
    const root = mount(claimOf(text, value));
    expect(root.querySelector('.claim')?.textContent).toBe(text);
    expect(root.querySelector('.value')?.textContent ?? null).toBe(expected);
    expect(root.textContent?.split('pay attention').length ?? 0).toBeLessThanOrEqual(2);
  });

  it.each<[string, string, string, ClaimValue]>([
    // A vague word is the source's, not a range the reader has to map back to it.
    [
      'a vague figure',
      'Hundreds were killed.',
      'Hundreds',
      { type: 'quantity', low: 200, high: 999, nominal: 600, vague: true },
    ],
    [
      'a sum',
      'The fund has $13.7 billion left.',
      '$13.7 billion',
      { type: 'quantity', low: 13.7e9, high: 13.7e9, nominal: 13.7e9, unit: 'usd' },
    ],
  ])('gives %s in the source’s own words', (_what, passage, words, value) => {
    const claim = claimOf('300', { type: 'quantity', low: 300, high: 300, nominal: 300 }, 'conflicts');
    const start = passage.indexOf(words);
    claim.result = result([
      { ...match('conflicts', passage), spanStart: start, spanEnd: start + words.length, value },
    ]);
    expect(mount(claim).querySelector('.says')?.textContent).toBe(`Says: ${words}`);
  });

  it('falls back to its reading of a source value whose span does not fit the passage', () => {
    const claim = claimOf('300', { type: 'quantity', low: 300, high: 300, nominal: 300 }, 'vaguer');
    claim.result = result([
      {
        ...match('vaguer', 'Hundreds were killed.'),
        spanStart: 40,
        spanEnd: 48,
        value: { type: 'quantity', low: 200, high: 999, nominal: 600, vague: true },
      },
    ]);
    expect(mount(claim).querySelector('.says')?.textContent).toBe('Says: between 200 and 1,000');
  });
});

describe('Card badge', () => {
  // [case, the matches' relations best first, corpus disagrees, the claim's relation (its underline), the badge]
  const rows: [string, Relation[], boolean, Relation, string][] = [
    ['one source agrees and one conflicts', ['conflicts', 'agrees'], true, 'conflicts', 'Sources differ'],
    [
      'the best source agrees and one conflicts',
      ['agrees', 'conflicts'],
      true,
      'conflicts',
      'Sources differ',
    ],
    ['one source is vaguer and one conflicts', ['conflicts', 'vaguer'], false, 'conflicts', 'Sources differ'],
    ['a single conflict', ['conflicts'], false, 'conflicts', 'Source differs'],
    ['every source conflicts', ['conflicts', 'conflicts'], false, 'conflicts', 'Sources differ'],
    ['every source agrees', ['agrees', 'agrees'], false, 'agrees', 'Sources agree'],
    ['one source agrees', ['agrees'], false, 'agrees', 'Source agrees'],
    [
      'the page is vaguer than its sources',
      ['more-precise', 'more-precise'],
      false,
      'more-precise',
      'Sources more precise',
    ],
    ['the page is more precise than its source', ['vaguer'], false, 'vaguer', 'Source less precise'],
    // Agreement names the claim whichever source scored better, and the badge counts only the agreeing one.
    ['a vaguer and an agreeing source', ['vaguer', 'agrees'], false, 'agrees', 'Source agrees'],
    // A quote one source prints word for word is attested; another source's rewording is a note.
    ['a quote one source words otherwise', ['agrees', 'reworded'], true, 'agrees', 'Source agrees'],
    [
      'a quote no source prints word for word',
      ['reworded', 'reworded'],
      false,
      'reworded',
      'Wording differs',
    ],
    [
      'sources that agree with the page but not each other',
      ['agrees', 'agrees'],
      true,
      'agrees',
      'Sources agree',
    ],
  ];

  it.each(rows)(
    '%s: badge and colour read about the claim',
    (_what, relations, disagrees, relation, label) => {
      const claim = found('c1', document.createRange(), relation);
      claim.result = result(
        relations.map((r, i) => match(r, 'Some 250,000 people have been killed.', `d${i}`)),
      );
      claim.result.variance.corpusDisagrees = disagrees;
      // The underline's relation comes from the same rule as the badge.
      expect(claimRelation(claim.result)).toBe(relation);
      const root = mount(claim);
      const badge = root.querySelector('.badge');
      expect(badge?.textContent).toBe(label);
      expect(badge?.className).toBe(`badge rel-${relation}`);
      expect(root.querySelector('.card')?.classList.contains(`rel-${relation}`)).toBe(true);
      root.remove();
    },
  );

  it('says when the sources differ among themselves without reading as the page contradicted', () => {
    const claim = found('c1', document.createRange(), 'agrees');
    claim.result = result([match('agrees', 'A', 'd0'), match('agrees', 'B', 'd1')]);
    claim.result.variance.corpusDisagrees = true;
    const root = mount(claim);
    expect(root.querySelector('.badge')?.textContent).toBe('Sources agree');
    expect(root.querySelector('.vary')?.textContent).toBe(
      'The sources give different figures among themselves; none contradicts this page.',
    );
    claim.result.variance.corpusDisagrees = false;
    root.remove();
    expect(mount(claim).querySelector('.vary')).toBeNull();
  });

  it('says beside an attested quote that another source words it otherwise', () => {
    const claim = found('c1', document.createRange(), 'agrees');
    const quote = { type: 'quote', text: 'We are also prepared' } as const;
    claim.result = result([
      { ...match('agrees', 'We are also prepared', 'd0'), value: quote },
      { ...match('reworded', 'We also are prepared', 'd1'), value: quote },
    ]);
    const root = mount(claim);
    expect(root.querySelector('.badge')?.textContent).toBe('Source agrees');
    expect(root.querySelector('.vary')?.textContent).toBe('1 other source words it differently.');
  });

  it('says, as the popup does, when the sources also disagree among themselves beside a difference', () => {
    const claim = found('c1', document.createRange(), 'conflicts');
    claim.result = result([match('agrees', 'A', 'd0'), match('conflicts', 'B', 'd1')]);
    claim.result.variance.corpusDisagrees = true;
    const root = mount(claim);
    expect(root.querySelector('.badge')?.textContent).toBe('Sources differ');
    expect(root.querySelector('.vary')?.textContent).toBe(
      'The corpus sources also disagree with each other on this fact.',
    );
  });
});
