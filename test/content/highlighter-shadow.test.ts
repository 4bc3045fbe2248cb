// @vitest-environment happy-dom
/**
 * Highlights in shadow trees: the document's highlight rules do not reach into a shadow tree, so each shadow root
 * holding a highlighted claim adopts them, once, and loses them again when the highlighter goes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, MarkHighlighter, MARK_TAG } from '../../src/content/highlighter';
import { found, setBody } from './fixtures';
import { attachShadowWith } from './shadow-fixtures';

/** A page with a paragraph of its own and two hosts, each with a paragraph in its open shadow root. */
function page() {
  setBody('<p id="light">Some 12 towns fell.</p><x-a id="a"></x-a><x-b id="b"></x-b>');
  const roots = ['a', 'b'].map((id) =>
    attachShadowWith(document.getElementById(id)!, '<p>More than 280,000 people and 600,000 more.</p>'),
  );
  // A page's own sheet, which must stay.
  const own = new CSSStyleSheet();
  roots[0]!.adoptedStyleSheets = [own];
  return { roots: roots as [ShadowRoot, ShadowRoot], own };
}

/** A range over `text` in the first text node of the paragraph in `scope`. */
function rangeOver(scope: ParentNode, text: string): Range {
  const node = scope.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  return range;
}

describe('highlight rules in shadow roots', () => {
  describe('with the Highlight API', () => {
    beforeEach(() => {
      vi.stubGlobal('Highlight', class extends Set<Range> {});
      vi.stubGlobal('CSS', { highlights: new Map() });
    });
    afterEach(() => vi.unstubAllGlobals());

    it('adopts them into each root holding a claim, once, and takes them away on destroy', () => {
      const { roots, own } = page();
      const documentSheets = document.adoptedStyleSheets.length;
      const highlighter = createHighlighter(document);
      expect(highlighter).not.toBeInstanceOf(MarkHighlighter);
      highlighter.sync([
        found('a', rangeOver(roots[0], '280,000'), 'agrees'),
        found('b', rangeOver(roots[0], '600,000'), 'conflicts'),
        found('c', rangeOver(document, '12 towns'), 'agrees'),
      ]);
      expect(roots[0].adoptedStyleSheets).toHaveLength(2);
      expect(roots[0].adoptedStyleSheets[0]).toBe(own);
      // No claim there yet, no rules; the document has them from the manifest.
      expect(roots[1].adoptedStyleSheets).toHaveLength(0);
      expect(document.adoptedStyleSheets).toHaveLength(documentSheets);
      highlighter.sync([found('d', rangeOver(roots[1], '280,000'), 'agrees')]);
      expect(roots[1].adoptedStyleSheets).toHaveLength(1);
      highlighter.destroy();
      expect(roots[0].adoptedStyleSheets).toEqual([own]);
      expect(roots[1].adoptedStyleSheets).toEqual([]);
    });

    it('gives them back to a root whose page replaced its sheets', () => {
      const { roots, own } = page();
      const highlighter = createHighlighter(document);
      highlighter.sync([found('a', rangeOver(roots[0], '280,000'), 'agrees')]);
      roots[0].adoptedStyleSheets = [own];
      highlighter.restore();
      expect(roots[0].adoptedStyleSheets).toHaveLength(2);
      highlighter.destroy();
      expect(roots[0].adoptedStyleSheets).toEqual([own]);
    });
  });

  it('adopts them for the fallback wrappers too, and takes them away with the wrappers', () => {
    const { roots, own } = page();
    const highlighter = new MarkHighlighter(document);
    highlighter.sync([found('a', rangeOver(roots[0], '280,000'), 'agrees')]);
    expect(roots[0].querySelectorAll(MARK_TAG)).toHaveLength(1);
    expect(roots[0].adoptedStyleSheets).toHaveLength(2);
    highlighter.destroy();
    expect(roots[0].querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(roots[0].adoptedStyleSheets).toEqual([own]);
  });
});
