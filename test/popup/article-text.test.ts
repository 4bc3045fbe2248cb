// @vitest-environment happy-dom
/**
 * An article's DOM as a document's text: a paragraph per block, blank lines between, white space collapsed, no
 * script or style text; its opening sentences for the preview; words counted in scripts without spaces too.
 */
import { describe, expect, it } from 'vitest';
import { articleText, openingSentences, wordCount } from '../../src/popup/article-text';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
}

describe('articleText', () => {
  it('puts a blank line between blocks, none inside inline markup, and collapses white space', () => {
    const root = body(`<div><h2>A  heading</h2>
      <p>First   <b>bold</b>
         paragraph, <a href="#">with a link</a>.</p>
      <section><p>Second</p><ul><li>one</li><li>two <em>items</em></li></ul></section>
      <blockquote>Quoted\u00a0text</blockquote></div>`);
    expect(articleText(root)).toBe(
      'A heading\n\nFirst bold paragraph, with a link.\n\nSecond\n\none\n\ntwo items\n\nQuoted text',
    );
  });

  it('makes a <br> a line break inside its block, a table row a line, its cells apart', () => {
    const root = body(
      '<p>Line one<br>line two</p><table><tr><th>Area</th><th>Killed</th></tr><tr><td>Aleppo</td><td>250</td></tr></table>',
    );
    expect(articleText(root)).toBe('Line one\nline two\n\nArea Killed\n\nAleppo 250');
  });

  it('leaves out scripts, styles, templates, buttons and embedded graphics', () => {
    const root = body(
      '<p>Kept<script>var leaked = 1;</script><style>p { color: red }</style></p><template>hidden</template><button>Share</button><svg><text>chart</text></svg><noscript>Enable JavaScript</noscript><p>also kept</p>',
    );
    expect(articleText(root)).toBe('Kept\n\nalso kept');
  });

  it('leaves out code, highlighted listings, keys and program output, but keeps a plain-text pre', () => {
    const root = body(
      '<p>Send <code>"Content-Type": "text/plain"</code> first.</p><pre><code>fetch(url, { retries: 3 })</code></pre><pre>Plain 4 lines</pre><div class="highlight"><pre>$ hg clone 5</pre></div><p>Press <kbd>F5</kbd><samp>6 ok</samp></p>',
    );
    expect(articleText(root)).toBe('Send first.\n\nPlain 4 lines\n\nPress');
  });

  it('walks a tree nested 50,000 elements deep without overflowing the stack', () => {
    const root = body('');
    let at: HTMLElement = root;
    for (let i = 0; i < 50_000; i++) {
      const next = root.ownerDocument.createElement(i % 2 === 0 ? 'div' : 'span');
      at.append(next);
      at = next;
    }
    at.append('deep text');
    expect(articleText(root)).toBe('deep text');
  });
});

describe('openingSentences', () => {
  it('takes the first prose paragraph’s first two sentences when they are short, skipping headings', () => {
    const text =
      'A short heading\n\nThe truce held for a third day. Aid convoys were ready. A third sentence follows here.';
    expect(openingSentences(text)).toBe('The truce held for a third day. Aid convoys were ready.');
  });

  it('keeps one sentence when two would be long, and cuts a very long one with an ellipsis', () => {
    const long = `${'word '.repeat(60).trim()}.`;
    expect(openingSentences(`${long} Second sentence here.`)).toBe(long);
    const endless = 'word '.repeat(200);
    const opening = openingSentences(endless);
    expect(opening.length).toBeLessThanOrEqual(320);
    expect(opening.endsWith('…')).toBe(true);
  });

  it('does not split at an abbreviation, as the corpus does not', () => {
    expect(openingSentences('Mr. Kerry met officials in Oslo on Monday morning. They spoke for hours.')).toBe(
      'Mr. Kerry met officials in Oslo on Monday morning. They spoke for hours.',
    );
  });
});

describe('wordCount', () => {
  it('counts words apart by spaces, and each Chinese or Japanese character as one', () => {
    expect(wordCount('  The truce   held.\nAgain ')).toBe(4);
    expect(wordCount('人工智能迈上新台阶')).toBe(9);
    expect(wordCount('DeepMind 新电脑')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});
