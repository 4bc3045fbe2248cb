// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCodeListing } from '../../src/shared/element-tags';
import { setBody } from '../content/fixtures';

/** The first `pre` of `html`. */
function preOf(html: string): Element {
  setBody(html);
  const pre = document.querySelector('pre');
  if (!pre) throw new Error('no pre');
  return pre;
}

describe('isCodeListing', () => {
  it.each([
    ['WP-Syntax', '<table><tr><td class="code"><pre class="javascript">fetch(url)</pre></td></tr></table>'],
    ['Pygments and Rouge', '<div class="highlight"><pre>$ hg init</pre></div>'],
    ['Prism', '<pre class="language-c">int add(int x);</pre>'],
    ['highlight.js', '<pre class="hljs">x = 1</pre>'],
    ['SyntaxHighlighter', '<pre class="brush: js">x = 1</pre>'],
    ['google-code-prettify', '<pre class="prettyprint lang-py">x = 1</pre>'],
    ['pandoc', '<div class="sourceCode"><pre class="sourceCode python">x = 1</pre></div>'],
    ['a site of its own', '<div class="dr-code-container"><pre class="dr-code-container__pre">x</pre></div>'],
  ])('is true for a %s listing', (_name, html) => {
    expect(isCodeListing(preOf(html))).toBe(true);
  });

  it.each([
    ['an RFC page', '<pre class="newpage">Internet-Draft   December 2014</pre>'],
    ['a bare pre', '<pre>From: a@example.org</pre>'],
    ['generated class names', '<div class="z ab"><pre class="hm hn cf">3 lines</pre></div>'],
    ['a word that only holds "code"', '<div class="postcode barcode"><pre class="decoded">x</pre></div>'],
  ])('is false for %s', (_name, html) => {
    expect(isCodeListing(preOf(html))).toBe(false);
  });

  it('is false for anything but a pre', () => {
    setBody('<div class="highlight"><p class="code">x</p></div>');
    expect(isCodeListing(document.querySelector('p')!)).toBe(false);
  });
});
