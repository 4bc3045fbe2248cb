// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, MarkHighlighter, MARK_TAG } from '../../src/content/highlighter';
import { readBlocks, rangeOf } from '../../src/content/block-reader';
import { found, markup, setBody } from './fixtures';

const HTML = '<p id="p">The war claimed <b>280,000</b> lives, and <i>12</i> towns fell.</p>';

function setup() {
  setBody(HTML);
  const [block] = [...readBlocks(document.body)];
  const text = block!.text;
  const at = (s: string) => rangeOf(block!, text.indexOf(s), text.indexOf(s) + s.length)!;
  return { block: block!, at, p: document.getElementById('p')! };
}

describe('fallback highlighter (no CSS.highlights, as in happy-dom)', () => {
  it('is chosen when the Highlight API is missing', () => {
    expect('highlights' in CSS).toBe(false);
    const highlighter = createHighlighter(document);
    expect(highlighter).toBeInstanceOf(MarkHighlighter);
    highlighter.destroy();
  });

  it('wraps a claim across inline markup without changing the text, and unwraps cleanly', () => {
    const { at, p } = setup();
    const before = p.childNodes.length;
    const highlighter = new MarkHighlighter(document);
    const spanning = found('a', at('280,000 lives'), 'conflicts');
    const towns = found('b', at('12 towns'), 'agrees');
    highlighter.sync([spanning, towns]);
    const marks = [...p.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-relation')])).toEqual([
      ['280,000', 'conflicts'],
      [' lives', 'conflicts'],
      ['12', 'agrees'],
      [' towns', 'agrees'],
    ]);
    expect(p.textContent).toBe('The war claimed 280,000 lives, and 12 towns fell.');
    // The claim's range follows the wrapped text, so hit-testing and reveal keep working.
    expect(spanning.range.toString()).toBe('280,000 lives');

    highlighter.sync([towns]); // a claim that went away loses its marks
    expect([...p.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['12', ' towns']);

    highlighter.destroy();
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(markup(p)).toBe(HTML.replace('<p id="p">', '').replace('</p>', ''));
    expect(p.childNodes.length).toBe(before); // split text nodes were joined again
    expect([...p.childNodes].every((n) => n.nodeType !== 3 || (n as Text).data.length > 0)).toBe(true);
  });

  it('updates the relation of a claim in place and marks focus', () => {
    const { at, p } = setup();
    const highlighter = new MarkHighlighter(document);
    const claim = found('a', at('12 towns'), 'agrees');
    highlighter.sync([claim]);
    highlighter.sync([{ ...claim, relation: 'conflicts' }]);
    expect(p.querySelector(MARK_TAG)?.getAttribute('data-relation')).toBe('conflicts');
    highlighter.focus(claim);
    expect(p.querySelector(`${MARK_TAG}[data-focus]`)).not.toBeNull();
    highlighter.focus(null);
    expect(p.querySelector(`${MARK_TAG}[data-focus]`)).toBeNull();
    highlighter.destroy();
  });

  it('adds no stylesheet to the page (the manifest declares highlights.css)', () => {
    const count = document.adoptedStyleSheets.length;
    const { at } = setup();
    const highlighter = new MarkHighlighter(document);
    highlighter.sync([found('a', at('12 towns'), 'agrees')]);
    expect(document.adoptedStyleSheets.length).toBe(count);
    highlighter.destroy();
  });
});
