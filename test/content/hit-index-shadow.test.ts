// @vitest-environment happy-dom
/**
 * The claim under the pointer inside shadow trees: the browser is told which shadow roots to look into for the
 * caret, and where its caret stops at a host instead, the claims of the tree drawn at the point are measured.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimAtPoint, HitIndex } from '../../src/content/hit-index';
import { found, setBody } from './fixtures';
import { attachShadowWith } from './shadow-fixtures';

type CaretFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;

/** The document as these tests give it a caret API (happy-dom has none). */
const withCaret = document as unknown as { caretPositionFromPoint?: CaretFromPoint };

/** A paragraph of the page and a host whose shadow tree nests another host, each with a claim. */
function page() {
  setBody('<p id="light">Some 12 towns fell.</p><div id="box"><x-outer id="outer"></x-outer></div>');
  const outer = attachShadowWith(
    document.getElementById('outer')!,
    '<p>More than 280,000 people</p><x-inner id="inner"></x-inner>',
  );
  const inner = attachShadowWith(outer.getElementById('inner')!, '<p>Close to 600,000 besieged</p>');
  const over = (scope: ParentNode, text: string) => {
    const node = scope.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(text));
    range.setEnd(node, node.data.indexOf(text) + text.length);
    return range;
  };
  const claims = {
    light: found('light', over(document, '12 towns')),
    outer: found('outer', over(outer, '280,000')),
    inner: found('inner', over(inner, '600,000')),
  };
  return { outer, inner, claims };
}

/** Every range's boxes cover the point (0..100, 0..20): geometry is the browser's, which happy-dom has not. */
function everyRangeUnderThePoint(): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
    { left: 0, right: 100, top: 0, bottom: 20 },
  ] as unknown as DOMRectList);
}

/** The page's caret API, answering `answer` and recording the shadow roots it was given. */
function caretApi(answer: () => { offsetNode: Node; offset: number } | null) {
  const given: (readonly ShadowRoot[] | undefined)[] = [];
  const api: CaretFromPoint = (_x, _y, options) => {
    given.push(options?.shadowRoots);
    return answer();
  };
  withCaret.caretPositionFromPoint = api;
  return given;
}

/** Hit tests answered `element` in `scope` (happy-dom has none); taken away after the test. */
const hitTests: (Document | ShadowRoot)[] = [];
function hitTest(scope: Document | ShadowRoot, element: Element | null): void {
  Object.defineProperty(scope, 'elementFromPoint', { value: () => element, configurable: true });
  hitTests.push(scope);
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const scope of hitTests.splice(0)) delete (scope as Partial<Document>).elementFromPoint;
  delete withCaret.caretPositionFromPoint;
  document.body.replaceChildren();
});

describe('claims under the pointer in shadow trees', () => {
  it('knows the shadow roots holding claims and those around them, once each', () => {
    const { outer, inner, claims } = page();
    expect(new HitIndex([claims.light]).shadowRoots).toEqual([]);
    expect(new HitIndex([claims.inner, claims.outer, claims.light]).shadowRoots).toEqual([inner, outer]);
  });

  it('asks for the caret inside those roots, and finds the claim there', () => {
    const { outer, inner, claims } = page();
    everyRangeUnderThePoint();
    const text = claims.inner.range.startContainer;
    const given = caretApi(() => ({ offsetNode: text, offset: claims.inner.range.startOffset + 1 }));
    const index = new HitIndex([claims.light, claims.inner, claims.outer]);
    expect(claimAtPoint(document, index, 10, 10)?.id).toBe('inner');
    expect(given).toEqual([[inner, outer]]);
    // A page without claims in shadow trees asks as before.
    claimAtPoint(document, new HitIndex([claims.light]), 10, 10);
    expect(given[1]).toBeUndefined();
  });

  it('finds nothing, and throws nothing, where the DOM has no caret and a shadow root no hit test', () => {
    const { outer, claims } = page();
    hitTest(document, outer.host);
    expect(claimAtPoint(document, new HitIndex([claims.outer, claims.inner]), 10, 10)).toBeNull();
  });

  it('measures the claims of the tree drawn at the point when the caret stops at its host', () => {
    const { outer, inner, claims } = page();
    everyRangeUnderThePoint();
    const box = document.getElementById('box')!;
    // A browser that does not look into shadow roots puts the caret beside the outermost host.
    caretApi(() => ({ offsetNode: box, offset: 0 }));
    hitTest(document, outer.host);
    hitTest(outer, inner.host);
    hitTest(inner, inner.querySelector('p'));
    const index = new HitIndex([claims.light, claims.outer, claims.inner]);
    expect(claimAtPoint(document, index, 10, 10)?.id).toBe('inner');
    // On the page's own text, nothing is measured.
    caretApi(() => ({ offsetNode: claims.light.range.startContainer, offset: 0 }));
    const measured = vi.spyOn(index, 'inShadowTreeAt');
    expect(claimAtPoint(document, index, 10, 10)).toBeNull();
    expect(measured).not.toHaveBeenCalled();
  });
});
