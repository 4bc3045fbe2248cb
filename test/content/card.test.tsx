// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Card } from '../../src/content/card/Card';
import { cardAnchor, placeCard, luminance } from '../../src/content/card/card-host';
import { formatValue } from '../../src/content/format-value';
import type { ClaimValue, DocumentInfo } from '../../src/core/types';
import { found, match, result, setBody } from './fixtures';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('Card', () => {
  const range = document.createRange();
  setBody('<p>more than 280,000</p>');
  range.selectNodeContents(document.body.firstChild!);

  it('keeps its head and "Open full view" out of the part that scrolls in a short card', () => {
    // The card had scrolled as a whole: cut to a zoomed window's 200 px, its button was out of sight.
    const root = mount(
      <Card claim={found('c1', range)} documents={null} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    expect(root.querySelector('.card > .head .badge')).not.toBeNull();
    expect(root.querySelector('.card > button.open')).not.toBeNull();
    expect(root.querySelector('.card > .body > .claim')).not.toBeNull();
    expect(root.querySelector('.card > .body > ul.sources > li')).not.toBeNull();
    // The button comes before the body in tab order, and is drawn after it (CSS `order`).
    const [, second, third] = [...root.querySelector('.card')!.children];
    expect([second?.className, third?.className]).toEqual(['open', 'body']);
  });

  it('renders page and corpus text as text only', () => {
    const hostile = 'Killed: <img src=x onerror="alert(1)"> 250,000 <script>alert(2)</script>';
    const claim = found('c1', range, 'conflicts');
    claim.result = result([match('conflicts', hostile)], 'Sources <b>differ</b>');
    const root = mount(<Card claim={claim} documents={null} onOpenFullView={() => {}} onClose={() => {}} />);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.textContent).toContain('Sources <b>differ</b>');
  });

  it('names each source with its metadata, relation and emphasised words', () => {
    const claim = found('c1', range, 'conflicts');
    claim.result = result([
      match('conflicts', 'Some 250,000 people died.', 'a'),
      match('agrees', 'About 280,000 died.', 'b'),
    ]);
    const documents = new Map<string, DocumentInfo>([
      ['a', { id: 'a', outlet: 'The Ledger', title: 'War toll rises', date: '2016-02-27', url: null }],
    ]);
    const root = mount(
      <Card claim={claim} documents={documents} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toMatch(/^Claim Lens: /);
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toContain('The Ledger');
    expect(items[0]).toContain('27 Feb 2016');
    expect(items[0]).toContain('War toll rises');
    expect(items[0]).toContain('Differs');
    expect(items[1]).toContain('Outlet b'); // no metadata: the match's own source label
    expect(items[1]).toContain('Agrees');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['250,000', '280,000']);
    expect(root.querySelector('.badge')?.textContent).toBe('Sources differ'); // one agrees, one conflicts
    expect(root.textContent).toContain('2 sources agree; 1 other source on the topic does not mention it');
  });

  it('lists the first sources and counts the rest, as a person writes a count', () => {
    const claim = found('c1', range, 'agrees');
    claim.result = result(
      Array.from({ length: 1204 }, (_, i) =>
        match('agrees', `About 280,000 died, report ${i} said.`, `d${i}`),
      ),
    );
    const root = mount(<Card claim={claim} documents={null} onOpenFullView={() => {}} onClose={() => {}} />);
    expect(root.querySelectorAll('li')).toHaveLength(4);
    expect(root.querySelector('.more')?.textContent).toBe('and 1,200 more in the full view');
  });

  it('lists counts of other times after the matches, dated by their report', () => {
    const claim = found('c1', range, 'agrees');
    const { relation: _relation, ...earlier } = match(
      'conflicts',
      'Some 250,000 people have been killed.',
      'old',
    );
    claim.result = {
      ...result([match('agrees', 'About 280,000 died.', 'b')]),
      otherCounts: [{ ...earlier, when: 'earlier', reported: '2015-09-02' }],
    };
    const documents = new Map<string, DocumentInfo>([
      ['old', { id: 'old', outlet: 'The Ledger', title: 'Toll rises', date: '2015-10-01', url: null }],
    ]);
    const root = mount(
      <Card claim={claim} documents={documents} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    const items = [...root.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Agrees');
    // The dot is joined to the outlet by a no-break space, so that it never starts a line.
    expect(items[1]).toContain('The Ledger\u00a0· 2 Sep 2015');
    expect(items[1]).toContain('Earlier count');
    expect(items[1]).toContain('Says: 250,000');
    expect(root.querySelector('.badge')?.textContent).toBe('Source agrees');
  });

  it.each([
    // The bound its events give, never a day it did not give.
    [
      { when: 'later', reported: '2016-02-27', bound: 'after' },
      'undated, written after 27 Feb 2016',
      'Later count',
    ],
    // A bound that reports like it keep to, not one its events prove, says so.
    [
      { when: 'earlier', reported: '2016-09-30', bound: 'before', likely: true },
      'undated, likely written before 30 Sep 2016',
      'Earlier count',
    ],
  ] as const)('dates a count of an undated source by its bound: %o', (when, date, status) => {
    const claim = found('c1', range, 'other-count');
    const { relation: _relation, ...count } = match(
      'conflicts',
      'More than 280,000 have been killed.',
      'seed',
    );
    claim.result = { ...result([]), otherCounts: [{ ...count, ...when }] };
    const documents = new Map<string, DocumentInfo>([
      ['seed', { id: 'seed', outlet: 'The Ledger', title: 'Kerry warns', date: null, url: null }],
    ]);
    const root = mount(
      <Card claim={claim} documents={documents} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    expect(root.querySelector('li .date')?.textContent).toBe(date);
    expect(root.querySelector('li')?.textContent).toContain(status);
  });

  it('dates a match of an undated source by the span its events place it in', () => {
    const claim = found('c1', range, 'conflicts');
    claim.result = result([match('conflicts', 'More than 280,000 have been killed.', 'seed')]);
    const documents = new Map<string, DocumentInfo>([
      [
        'seed',
        {
          id: 'seed',
          outlet: 'The Ledger',
          title: 'Kerry warns',
          date: null,
          url: null,
          writtenBetween: ['2016-02-27', '2017-02-26'],
        },
      ],
    ]);
    const root = mount(
      <Card claim={claim} documents={documents} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    expect(root.querySelector('li .date')?.textContent).toBe('undated, written 27 Feb 2016 – 26 Feb 2017');
    // The span is not a date the user gave: its tooltip says what it rests on.
    expect(root.querySelector('li .date')?.getAttribute('title')).toMatch(/^No date given/);
  });

  it('says an outlet is unknown, as the popup does, and names the document by its title below', () => {
    const claim = found('c1', range, 'agrees');
    // The engine labels an outlet-less match with its title; the card must not pass that off as an outlet.
    claim.result = result([{ ...match('agrees', 'About 280,000 died.', 'a'), source: 'War toll rises' }]);
    const documents = new Map<string, DocumentInfo>([
      ['a', { id: 'a', outlet: null, title: 'War toll rises', date: null, url: null }],
    ]);
    const root = mount(
      <Card claim={claim} documents={documents} onOpenFullView={() => {}} onClose={() => {}} />,
    );
    expect(root.querySelector('li .outlet')?.textContent).toBe('unknown outlet');
    // Undated, as the popup says it.
    expect(root.querySelector('li .date')?.textContent).toBe('undated');
    expect(root.querySelector('li .date')?.hasAttribute('title')).toBe(false);
    expect(root.querySelector('li .title')?.textContent).toBe('War toll rises');
  });

  it('shows a quote diff with added and removed words, and calls back on its buttons', () => {
    const claim = found('q', range, 'reworded');
    const quoteMatch = {
      ...match('reworded', 'He said: “our patience is limited”.'),
      diff: [
        { value: 'our patience is ' },
        { value: 'not infinite', removed: true },
        { value: 'limited', added: true },
      ],
    };
    claim.result = result([quoteMatch]);
    const calls: string[] = [];
    const root = mount(
      <Card
        claim={claim}
        documents={null}
        onOpenFullView={() => calls.push('full')}
        onClose={() => calls.push('close')}
      />,
    );
    expect(root.querySelector('del')?.textContent).toBe('not infinite');
    expect(root.querySelector('ins')?.textContent).toBe('limited');
    (root.querySelector('button.open') as HTMLButtonElement).click();
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(calls).toEqual(['full', 'close']);
  });
});

describe('formatValue', () => {
  it.each<[ClaimValue, string]>([
    [
      { type: 'quantity', low: 280000, high: 336000, nominal: 280000, qualifier: 'more-than' },
      'more than 280,000',
    ],
    [{ type: 'quantity', low: 15, high: 15, nominal: 15, of: 18 }, '15 of 18'],
    [{ type: 'quantity', low: 24, high: 99, nominal: 50, vague: true }, 'between 24 and 99'],
    [{ type: 'quantity', low: 12, high: 12, nominal: 12, unit: 'percent' }, '12%'],
    [{ type: 'quantity', low: 3, high: 3, nominal: 3, unit: 'hour' }, '3 hours'],
    [{ type: 'date', start: '2016-02-27', end: '2016-02-27', precision: 'day' }, '27 Feb 2016'],
    [{ type: 'date', start: '2011-03-01', end: '2011-03-31', precision: 'month' }, 'Mar 2011'],
    [{ type: 'date', start: '2011-01-01', end: '2011-12-31', precision: 'year' }, '2011'],
    [
      { type: 'quote', text: 'our patience\n is not infinite', speaker: 'John Kerry' },
      '“our patience is not infinite” — John Kerry',
    ],
  ])('formats %j as %s', (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});

describe('card placement and theme', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 200 };
  it.each([
    ['below the claim when there is room', { left: 100, top: 100, bottom: 120 }, { left: 100, top: 128 }],
    ['above the claim near the bottom edge', { left: 100, top: 500, bottom: 520 }, { left: 100, top: 292 }],
    ['clamped at the right edge', { left: 700, top: 100, bottom: 120 }, { left: 492, top: 128 }],
  ])('places %s', (_name, anchor, expected) => {
    expect(placeCard(anchor, size, viewport)).toEqual({ ...expected, maxHeight: null });
  });

  // A window too short for the card on either side: never over the claim, cut to the larger side instead.
  it.each([
    ['below, cut', { left: 100, top: 100, bottom: 120 }, { height: 300 }, { top: 128, maxHeight: 164 }],
    ['above, cut', { left: 100, top: 180, bottom: 200 }, { height: 300 }, { top: 8, maxHeight: 164 }],
  ])('in a short window places the card %s', (_name, anchor, { height }, expected) => {
    const short = { width: 800, height: 300 };
    const placed = placeCard(anchor, { width: 300, height }, short);
    expect(placed).toMatchObject(expected);
    const bottom = placed.top + (placed.maxHeight ?? height);
    expect(bottom <= anchor.top || placed.top >= anchor.bottom).toBe(true);
  });

  // A claim wrapped over lines: across from the pointer's line, above or below all of them.
  it.each([
    ['the pointer’s line', { x: 30, y: 130 }, { left: 20, top: 100, bottom: 140 }],
    ['the first line, with no pointer', null, { left: 300, top: 100, bottom: 140 }],
    ['the first line, the pointer on none', { x: 30, y: 400 }, { left: 300, top: 100, bottom: 140 }],
  ])('anchors a card for a wrapped claim at %s', (_name, near, expected) => {
    const lines = [
      { left: 300, top: 100, bottom: 118 },
      { left: 20, top: 122, bottom: 140 },
    ];
    expect(cardAnchor(lines, near)).toEqual(expected);
  });

  it('anchors no card for a claim with no box', () => {
    expect(cardAnchor([], { x: 1, y: 1 })).toBeNull();
  });

  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('reads luminance of %s', (color, expected) => {
    const value = luminance(color);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 3);
  });
});
