// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBlocks, rangeOf, locate, segmentsOf } from '../../src/content/block-reader';
import { setBody } from './fixtures';

function blocksOf(html: string) {
  setBody(html);
  return [...readBlocks(document.body)];
}

describe('readBlocks', () => {
  it.each([
    ['script', '<p>Visible 12</p><script>var x = 42;</script>', ['Visible 12']],
    ['style', '<style>p{margin:3px}</style><p>Visible</p>', ['Visible']],
    ['noscript and template', '<noscript>1 no</noscript><template><p>2 t</p></template><p>ok</p>', ['ok']],
    ['form fields', '<p>a</p><textarea>3 typed</textarea><select><option>4</option></select>', ['a']],
    ['hidden attribute', '<p>a</p><div hidden><p>5 hidden</p></div>', ['a']],
    ['inline display none', '<p>a <span style="display:none">7 x</span>b</p>', ['a b']],
    [
      'contenteditable',
      '<p>a</p><div contenteditable="true">8 draft</div><div contenteditable="false">9 ok</div>',
      ['a', '9 ok'],
    ],
    ['own card', '<p>a</p><claim-lens-card-x7k2>10 card</claim-lens-card-x7k2>', ['a']],
    [
      'reader comments',
      '<p>a</p><section id="comments"><p>I read 280,000 dead</p></section><div class="comment-list x"><p>14</p></div>' +
        '<div id="disqus_thread"><p>15</p></div><p>b</p>',
      ['a', 'b'],
    ],
    // A class about one comment's parts, or the word inside another, is no thread.
    [
      'not comments',
      '<div class="commentary"><p>c 16</p></div><div class="comment-count"><p>d</p></div>',
      ['c 16', 'd'],
    ],
    ['svg text', '<p>a</p><svg><text>11 km</text></svg><p>b</p>', ['a', 'b']],
    [
      'code, keys and program output',
      '<pre><code>const limit = 30;</code></pre><p>Set <code>"limit": 30</code> and press <kbd>Ctrl+2</kbd>.</p>' +
        '<samp>3 files</samp><pre>RFC 2616 text in 3 sections</pre>',
      ['Set and press .', 'RFC 2616 text in 3 sections'],
    ],
    [
      'a highlighted listing with no code element',
      '<p>a</p><table><tr><td class="code"><pre class="javascript">retries: 3</pre></td></tr></table><p>b</p>',
      ['a', 'b'],
    ],
    // Stepping over a skipped subtree must resume at the right place, however deep it ends.
    ['a last child, deep', '<div><div><p>a</p><div hidden><p>12</p></div></div></div><p>b</p>', ['a', 'b']],
    ['inline, mid-sentence', '<p>a <span>x <script>13</script></span> y</p><p>b</p>', ['a x y', 'b']],
    [
      'footnote marks',
      '<p>aid to 15 of 18<sup>3</sup> areas, 280,000<sup>[12]</sup> dead, 18<a href="#fn2">2</a> and 4<sup>*</sup>.</p>',
      ['aid to 15 of 18 areas, 280,000 dead, 18 and 4.'],
    ],
    // Letters are an ordinal's; a link elsewhere, or to a section, is text. A unit's power goes as a mark does.
    [
      'not footnote marks',
      '<p>the 52<sup>nd</sup> day, 10 km<sup>2</sup>, <a href="/x">3</a>, <a href="#part-2">Part 2</a>, 15 of ' +
        '<a href="#t">18</a> areas</p>',
      ['the 52nd day, 10 km, 3, Part 2, 15 of 18 areas'],
    ],
    [
      'a ruby annotation',
      '<p><ruby>280,000<rp>(</rp><rt>two hundred eighty thousand</rt><rp>)</rp></ruby> dead</p>',
      ['280,000 dead'],
    ],
  ])('skips %s', (_name, html, expected) => {
    expect(blocksOf(html).map((b) => b.text)).toEqual(expected);
  });

  // It hides text from screen readers, not from the eye: the copy a reader sees is often the aria-hidden one.
  it('reads aria-hidden text, whole paragraphs and inline alike', () => {
    const html =
      '<p><span aria-hidden="true">More than 280,000</span> dead</p><main aria-hidden="true"><p>6 days</p></main>';
    expect(blocksOf(html).map((b) => b.text)).toEqual(['More than 280,000 dead', '6 days']);
    expect(blocksOf(html)[0]?.segments).toBeNull();
  });

  it('splits at block boundaries and joins inline markup', () => {
    const blocks = blocksOf(
      '<div>Lead text <p>First <b>bold</b> <a href="#">link</a>.</p> tail <br>after break</div><li>item</li>',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Lead text',
      'First bold link.',
      'tail',
      'after break',
      'item',
    ]);
  });

  it('collapses whitespace like a reader sees it', () => {
    const [block] = blocksOf('<p>\n   More   than\n\t <b> 280,000 </b>\n people  </p>');
    expect(block?.text).toBe('More than 280,000 people');
  });

  it('keeps the space that groups a figure’s digits, and no other', () => {
    const [block] = blocksOf(
      '<p>more&nbsp;than 280&#8239;000 people&nbsp;died, nearly 600&nbsp;000 and 15&#8201;000</p>',
    );
    expect(block?.text).toBe('more than 280\u202f000 people died, nearly 600\u00a0000 and 15\u2009000');
  });

  it('reads words with hyphenation points and zero-width characters whole', () => {
    const [block] = blocksOf(
      '<p>kil&shy;led more than 280,&#8203;000 since Ma&shy;rch&#8288; 2011 &shy; and Febru&#8203;ary</p>',
    );
    const text = block!.text;
    expect(text).toBe('killed more than 280,000 since March 2011 and February');
    const range = rangeOf(block!, text.indexOf('more'), text.indexOf(' since'));
    expect(range?.toString()).toBe('more than 280,\u200b000');
  });
});

describe('offset map', () => {
  it('maps a claim spanning inline markup back to one Range', () => {
    const [block] = blocksOf(
      '<p>Since then <b>280,000</b> people were <a href="#">killed</a> in the war.</p>',
    );
    const text = block!.text;
    const start = text.indexOf('280,000');
    const end = text.indexOf(' in the war');
    const range = rangeOf(block!, start, end);
    expect(range?.toString()).toBe('280,000 people were killed');
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
    expect(range?.endContainer.parentElement?.tagName).toBe('A');
  });

  it('maps through collapsed indentation', () => {
    const [block] = blocksOf('<p>\n      The war has claimed more than\n        280,000 lives.\n    </p>');
    const text = block!.text;
    expect(text).toBe('The war has claimed more than 280,000 lives.');
    const range = rangeOf(block!, text.indexOf('more'), text.indexOf(' lives'));
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('more than 280,000');
  });

  it('keeps an end offset on a node boundary in the earlier node', () => {
    const [block] = blocksOf('<p><b>12</b><i>34</i></p>');
    expect(block!.text).toBe('1234');
    const end = locate(block!, 2, true);
    expect(end?.node.data).toBe('12');
    expect(end?.offset).toBe(2);
    expect(locate(block!, 2, false)?.node.data).toBe('34');
  });

  it('returns null once the text nodes have left the page', () => {
    const [block] = blocksOf('<p>gone 5</p>');
    document.body.replaceChildren();
    expect(rangeOf(block!, 0, 4)).toBeNull();
  });
});

describe('blocks read whole', () => {
  /** Text and node-level segments of every block, with the whole-block path on or off. */
  function readAll(html: string, wholeBlocks: boolean) {
    setBody(html);
    return [...readBlocks(document.body, wholeBlocks)].map((block) => ({
      container: block.container,
      text: block.text,
      segments: segmentsOf(block)?.map((s) => ({ ...s })),
    }));
  }

  it.each([
    ['plain paragraphs', '<p>One 12 two.</p>\n<p>Three <b>4</b> <a href="#x">five</a>.</p>'],
    ['whitespace runs', '<p>\n   More   than\n\t <b> 280,000 </b>\n people  </p><li>  x  </li>'],
    ['leading text and a nested block', '<div>Lead <p>First <i>a</i></p> tail<br>after</div>'],
    ['an inline hidden span', '<p>a <span style="display: none">7 x</span> b</p><p>c</p>'],
    ['a span with other styles', '<p>a <span style="color: red">7</span> b</p>'],
    ['aria-hidden false', '<p>a <span aria-hidden="false">8</span> b</p>'],
    ['aria-hidden true', '<p>a <span aria-hidden="true">8</span> b</p>'],
    ['an empty paragraph', '<p>  </p><p></p><p>z</p>'],
    ['a table', '<table><tr><td>1 <b>2</b></td><td>3</td></tr></table>'],
    ['text nodes only', '<h2>Title 2016</h2>'],
    ['a custom element', '<p>a <my-note>9 <i>x</i></my-note>   b</p>'],
    ['an image and a button', '<p>a <img alt="1"> 2 <button>3</button> c</p>'],
    ['a skipped element deep inside inline markup', '<p>a <b><i><script>4</script>5</i></b> b</p>'],
    ['an editable span', '<p>a <span contenteditable>6</span> b</p>'],
    ['footnote marks', '<p>15 of 18<sup>3</sup> areas, 18<a href="#fn2">2</a> and 52<sup>nd</sup></p>'],
    ['invisible characters and grouped digits', '<p>kil&shy;led &shy; 280&#8239;000 in Ma&#8203;rch</p>'],
  ])('%s reads as it does node by node', (_name, html) => {
    const exact = readAll(html, false);
    expect(readAll(html, true)).toEqual(exact);
  });

  it('works out segments only when asked, and gives a Range across markup', () => {
    const [block] = blocksOf('<p>Since then <b>280,000</b> people were <a href="#">killed</a>.</p>');
    expect(block?.segments).toBeNull();
    const start = block!.text.indexOf('280,000');
    const range = rangeOf(block!, start, block!.text.indexOf('.'));
    expect(range?.toString()).toBe('280,000 people were killed');
    expect(block?.segments?.length).toBe(5);
  });

  it.each([
    [
      'common inline tags',
      '<p>On <time>May 1</time>, <strong>30</strong> <span>were</span> <em>x</em> <sub>1</sub></p>',
    ],
    ['no markup at all', '<p>More than 280,000 people</p>'],
  ])('reads a paragraph of %s whole', (_name, html) => {
    const [block] = blocksOf(html);
    expect(block?.segments).toBeNull();
  });

  it.each([
    ['a custom element', '<p>a <my-note>9</my-note></p>'],
    ['a nested block', '<div>a <span><div>9</div></span></div>'],
    ['a hidden span', '<p>a <span hidden>9</span></p>'],
    ['code', '<p>a <code>9</code></p>'],
    // Either may hold a footnote mark, which only the node-by-node path skips.
    ['a superscript', '<p>a 9<sup>1</sup></p>'],
    ['a link within the page', '<p>a 9<a href="#fn1">1</a></p>'],
  ])('reads a paragraph with %s node by node', (_name, html) => {
    const [first] = blocksOf(html);
    expect(first?.container).toBe(document.body.firstElementChild);
    expect(first?.segments).not.toBeNull();
  });

  it('gives no Range once the paragraph text changed after it was read', () => {
    const [block] = blocksOf('<p>More than 280,000 people</p>');
    document.querySelector('p')!.firstChild!.textContent = 'Fewer than 280,000 people';
    expect(rangeOf(block!, 0, 4)).toBeNull();
  });
});
