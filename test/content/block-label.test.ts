// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BlockLabels } from '../../src/content/block-label';
import { setBody } from './fixtures';

/** The words read around the element with id "x" in `html`, asked as the scanner asks (with its collapsed text). */
function around(html: string): string {
  setBody(html);
  const element = document.getElementById('x');
  if (!element) throw new Error('no #x');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = new BlockLabels().of(element, text);
  return label.before || label.after ? `${label.before}[${text}]${label.after}` : '';
}

describe('BlockLabels', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    [
      'a fact box row: its header',
      '<table><tr><th>Killed</th><td id="x">more than 280,000</td></tr></table>',
      'Killed: [more than 280,000]',
    ],
    [
      'an infobox: its title row, a section row, the row header',
      `<table><caption>Syrian civil war</caption>
        <tr><th colspan="2">Casualties and losses</th></tr>
        <tr><th>Killed</th><td id="x">280,000+</td></tr></table>`,
      'Syrian civil war: Casualties and losses: Killed: [280,000+]',
    ],
    [
      'a data table: the column header and the row’s first cell',
      `<table><thead><tr><th>Province</th><th>Dead</th><th>Wounded</th></tr></thead>
        <tbody><tr><td>Aleppo</td><td>120</td><td id="x">400</td></tr></tbody></table>`,
      'Aleppo: Wounded: [400]',
    ],
    [
      'a data table’s first column: only its header',
      `<table><tr><th>Date</th><th>Event</th></tr><tr><td id="x">February 27</td><td>Truce</td></tr></table>`,
      'Date: [February 27]',
    ],
    [
      'columns that span: the header over the cell',
      `<table><tr><th colspan="2">Area</th><th>Besieged</th></tr>
        <tr><td>Rif</td><td>Dimashq</td><td id="x">15 of 18</td></tr></table>`,
      'Rif: Besieged: [15 of 18]',
    ],
    [
      'malformed colspans: one column each',
      `<table><tr><th colspan="-3">Town</th><th colspan="x">Dead</th></tr>
        <tr><td>Madaya</td><td id="x">46</td></tr></table>`,
      'Madaya: Dead: [46]',
    ],
    [
      'a section row far above: found within the rows looked back through',
      `<table><tr><th colspan="2">Refugees</th></tr>${'<tr><th>a</th><td>1</td></tr>'.repeat(5)}
        <tr><th>Registered</th><td id="x">4.8 million</td></tr></table>`,
      'Refugees: Registered: [4.8 million]',
    ],
    [
      'a description list: its term',
      '<dl><dt>Ceasefire</dt><dd id="x">since February 27</dd><dt>Other</dt><dd>1</dd></dl>',
      'Ceasefire: [since February 27]',
    ],
    [
      'a description after another of the same term: the term still',
      '<dl><dt>Displaced</dt><dd>inside Syria: 6.5 million</dd><dd id="x">abroad: 4.8 million</dd></dl>',
      'Displaced: [abroad: 4.8 million]',
    ],
    [
      'an infographic’s figure: the label box after it',
      '<div class="stat"><div id="x">More than 280,000</div><div class="label">people killed</div></div>',
      '[More than 280,000] people killed',
    ],
    [
      'an infographic’s figure: the heading box before it, and the label after',
      '<section><h3>Besieged</h3><p id="x">15 of 18</p><p>areas granted aid access</p></section>',
      'Besieged: [15 of 18] areas granted aid access',
    ],
  ])('%s', (_, html, expected) => {
    expect(around(html)).toBe(expected);
  });

  it.each([
    ['a paragraph', '<p id="x">280,000 killed</p>'],
    ['a heading cell of the header row', '<table><tr><th id="x">2016</th><th>2017</th></tr></table>'],
    ['a cell with no header anywhere', '<table><tr><td>Aleppo</td><td id="x">120</td></tr></table>'],
    [
      'a long cell: prose that says what it is about',
      `<table><tr><th>Note</th><td id="x">${'word '.repeat(80)}</td></tr></table>`,
    ],
    [
      'a header too long to be a heading',
      `<table><tr><th>${'long '.repeat(20)}</th><td id="x">5</td></tr></table>`,
    ],
    ['a description with no term', '<dl><dd id="x">5</dd></dl>'],
    ['a box of prose', '<div><p id="x">It killed 280,000 people in all.</p><p>More below</p></div>'],
    ['a date in a box of its own: a byline’s', '<div><span>By AFP</span><div id="x">May 2, 2016</div></div>'],
    ['a list item among others', '<ul><li>Page</li><li id="x">2</li><li>Next</li></ul>'],
    [
      'a figure between other figures',
      '<div><div>4.8 million</div><div id="x">280,000</div><div>6.5 million</div></div>',
    ],
  ])('none for %s', (_, html) => {
    expect(around(html)).toBe('');
  });

  it('does not take a nested table’s rows for its own', () => {
    expect(
      around(`<table><tr><td><table><tr><th>Inner</th><th>B</th></tr></table></td><td>x</td></tr>
        <tr><td>a</td><td id="x">7</td></tr></table>`),
    ).toBe('');
  });

  it('does not take a heading row below a cell for its column’s heading', () => {
    expect(
      around(`<table><tr><td>Aleppo</td><td id="x">120</td></tr><tr><th>Town</th><th>Dead</th></tr></table>`),
    ).toBe('');
  });

  it('reads a table’s rows once for all its cells, not once per cell', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<tr><th>Town ${i}</th><td>${i}</td></tr>`).join('');
    setBody(`<table><tr><th>Town</th><th>Dead</th></tr>${rows}</table>`);
    const table = document.querySelector('table')!;
    const children =
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Element.prototype), 'children') ??
      Object.getOwnPropertyDescriptor(Element.prototype, 'children');
    let reads = 0;
    Object.defineProperty(table, 'children', {
      get() {
        reads++;
        return children?.get?.call(this);
      },
    });
    const labels = new BlockLabels();
    const cells = [...document.querySelectorAll('td')];
    const read = cells.map((cell) => labels.of(cell, cell.textContent ?? '').before);
    expect(read[7]).toBe('Town 7: Dead: ');
    expect(reads).toBe(1);
  });
});
