// @vitest-environment happy-dom
/**
 * Whether a claim shows inside the boxes that clip it (claim-in-view.ts). happy-dom lays nothing out, so each box
 * is given its place on screen here.
 */
import { describe, expect, it } from 'vitest';
import { clipBoxOf, showsIn, type Box } from '../../src/content/card/claim-in-view';
import { setBody } from './fixtures';

/**
 * Gives `element` a box on screen, its client area the same (no borders, no scrollbars). (Overflow is written in
 * longhands: happy-dom's computed style does not expand the shorthand.)
 */
function place(element: Element, box: Box): void {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  element.getBoundingClientRect = () => ({
    ...box,
    x: box.left,
    y: box.top,
    width,
    height,
    toJSON: () => box,
  });
  for (const [name, value] of [
    ['clientWidth', width],
    ['clientHeight', height],
    ['offsetWidth', width],
    ['offsetHeight', height],
  ] as const)
    Object.defineProperty(element, name, { value, configurable: true });
}

/** The text node inside the element of id `id`. */
const textIn = (id: string) => document.getElementById(id)!.firstChild!;

describe('clipBoxOf', () => {
  it('is the overlap of the boxes that clip, along the axes they clip', () => {
    setBody(
      '<div id="outer" style="overflow-x: clip"><div id="box" style="overflow-x: auto; overflow-y: auto">' +
        '<p id="claim">250,000</p></div></div>',
    );
    place(document.getElementById('outer')!, { left: 50, top: 0, right: 500, bottom: 1000 });
    place(document.getElementById('box')!, { left: 0, top: 100, right: 400, bottom: 220 });
    expect(clipBoxOf(textIn('claim'))).toEqual({ left: 50, top: 100, right: 400, bottom: 220 });
  });

  it('is null when nothing around the claim clips it (the window is the placement’s to check)', () => {
    setBody('<article><p id="claim">250,000</p></article>');
    expect(clipBoxOf(textIn('claim'))).toBeNull();
  });

  it('leaves out an inline element, which has no box to clip, whatever its overflow says', () => {
    // `display` written out: happy-dom's computed style gives no element its default one.
    setBody(
      '<p><span id="claim" style="display: inline; overflow-x: hidden; overflow-y: hidden">250,000</span></p>',
    );
    place(document.getElementById('claim')!, { left: 0, top: 0, right: 0, bottom: 0 });
    expect(clipBoxOf(textIn('claim'))).toBeNull();
  });

  it('leaves out a box that a positioned element between them escapes', () => {
    setBody(
      '<div id="scroller" style="overflow-x: hidden; overflow-y: hidden"><div id="pinned" style="position: fixed">' +
        '<span id="claim">250,000</span></div></div>' +
        '<div id="anchor" style="position: relative; overflow-x: hidden; overflow-y: hidden"><div style="overflow-x: hidden; overflow-y: hidden">' +
        '<div style="position: absolute"><span id="tip">15 of 18</span></div></div></div>',
    );
    place(document.getElementById('scroller')!, { left: 0, top: 0, right: 100, bottom: 100 });
    place(document.getElementById('anchor')!, { left: 0, top: 200, right: 300, bottom: 300 });
    // A fixed box is drawn in the window, whatever clips its parents …
    expect(clipBoxOf(textIn('claim'))).toBeNull();
    // … and an absolute one in its positioned ancestor's box, which clips it, not in the boxes between.
    const inner = document.getElementById('anchor')!.firstElementChild!;
    place(inner, { left: 0, top: 200, right: 10, bottom: 210 });
    expect(clipBoxOf(textIn('tip'))).toEqual({ left: 0, top: 200, right: 300, bottom: 300 });
  });
});

describe('showsIn', () => {
  const clip: Box = { left: 0, top: 100, right: 400, bottom: 220 };
  it.each([
    ['inside the box: shown', [{ left: 10, top: 150, right: 60, bottom: 170 }], true],
    ['scrolled above the box: hidden', [{ left: 10, top: 40, right: 60, bottom: 60 }], false],
    ['scrolled below the box: hidden', [{ left: 10, top: 230, right: 60, bottom: 250 }], false],
    ['half out: shown', [{ left: 10, top: 210, right: 60, bottom: 230 }], true],
    [
      'wrapped, only its second line in the box: shown',
      [
        { left: 300, top: 80, right: 400, bottom: 98 },
        { left: 0, top: 102, right: 40, bottom: 120 },
      ],
      true,
    ],
  ])('reads a claim %s', (_name, rects, expected) => {
    expect(showsIn(rects, clip)).toBe(expected);
  });

  it('takes a claim as shown when nothing clips it, unless it has no box at all', () => {
    expect(showsIn([{ left: 0, top: 0, right: 10, bottom: 10 }], null)).toBe(true);
    expect(showsIn([], null)).toBe(false);
  });
});
