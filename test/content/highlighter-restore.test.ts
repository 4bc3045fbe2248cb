// @vitest-environment happy-dom
/**
 * A page shares the highlight registry and our Highlight objects with the content script: one that empties them,
 * takes a range out or sets a Highlight of its own under our name had every claim of that tone undrawn while the
 * popup still listed them (only names deleted were put back). restore(), asked every few seconds, and the next
 * sync put back what we last drew.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, highlightName, MarkHighlighter } from '../../src/content/highlighter';
import type { FoundClaim } from '../../src/content/found-claim';
import { found, setBody } from './fixtures';

/** A Highlight as the API has it: a set of ranges (happy-dom has none). */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** The text each name of the registry draws, sorted. */
function drawn(registry: Map<string, Set<Range>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of registry)
    if (highlight.size > 0) out[name] = [...highlight].map((r) => r.toString()).sort();
  return out;
}

describe('the range highlighter puts back what the page took', () => {
  let registry: Map<string, Set<Range>>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
  });
  afterEach(() => vi.unstubAllGlobals());

  /** A page whose claims are highlighted: two agree, one conflicts, and the first has focus. */
  function highlightedPage() {
    setBody('<p>More than 280,000 people have been killed since the war in Syria began in 2011.</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const over = (words: string) => {
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(words));
      range.setEnd(text, text.data.indexOf(words) + words.length);
      return range;
    };
    const claims: FoundClaim[] = [
      found('a', over('More than 280,000'), 'agrees'),
      found('b', over('2011'), 'agrees'),
      found('c', over('Syria'), 'conflicts'),
    ];
    const highlighter = createHighlighter(document);
    expect(highlighter).not.toBeInstanceOf(MarkHighlighter);
    highlighter.sync(claims);
    highlighter.focus(claims[0]!);
    return { highlighter, claims, before: drawn(registry) };
  }

  const agrees = highlightName('agrees');

  it.each([
    ['empties a highlight', () => registry.get(agrees)!.clear()],
    ['takes one range out', () => registry.get(agrees)!.delete([...registry.get(agrees)!][0]!)],
    ['empties them all', () => registry.forEach((highlight) => highlight.clear())],
    ['sets its own Highlight under our name', () => registry.set(agrees, new FakeHighlight())],
    ['puts a range of its own into ours', () => registry.get(agrees)!.add(document.createRange())],
  ])('when the page %s', (_, take) => {
    const { highlighter, before } = highlightedPage();
    const ours = registry.get(agrees);
    take();
    expect(drawn(registry)).not.toEqual(before);
    highlighter.restore();
    expect(drawn(registry)).toEqual(before);
    expect(registry.get(agrees)).toBe(ours);
    highlighter.destroy();
  });

  it('also when the next sync comes before restore, changing other claims', () => {
    const { highlighter, claims, before } = highlightedPage();
    registry.get(agrees)!.clear();
    highlighter.sync(claims.slice(0, 2));
    expect(drawn(registry)[agrees]).toEqual(before[agrees]);
    highlighter.destroy();
  });

  it('touches no highlight the page left alone', () => {
    const { highlighter } = highlightedPage();
    registry.get(highlightName('conflicts'))!.clear();
    const added = vi.spyOn(FakeHighlight.prototype, 'add');
    const cleared = vi.spyOn(FakeHighlight.prototype, 'clear');
    highlighter.restore();
    highlighter.restore();
    // The emptied one refilled with its one range; the others not cleared nor refilled.
    expect(added).toHaveBeenCalledTimes(1);
    expect(cleared).toHaveBeenCalledTimes(1);
    highlighter.destroy();
  });
});
