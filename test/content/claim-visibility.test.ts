// @vitest-environment happy-dom
/**
 * Which claims a sighted reader can see (claim-visibility.ts). happy-dom computes few styles and no layout: here an
 * element's computed style is what its `data-css` says (JSON, over a visible, static default), its box what
 * `data-box` says (left, top, width, height), and a Range's box that of the element holding its text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seenPlaces, type ClaimPlace } from '../../src/content/claim-visibility';
import { clipsAll } from '../../src/content/computed-looks';
import { setBody } from './fixtures';

const DEFAULTS: Record<string, string> = {
  position: 'static',
  clip: 'auto',
  clipPath: 'none',
  overflowX: 'visible',
  overflowY: 'visible',
  display: 'block',
  fontSize: '16px',
  color: 'rgb(34, 34, 34)',
  textShadow: 'none',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  backgroundImage: 'none',
  direction: 'ltr',
  colorScheme: 'normal',
};

/** A computed style of `DEFAULTS` and the overrides given. */
function styleOf(css: Record<string, string>): CSSStyleDeclaration {
  const values = { ...DEFAULTS, ...css };
  return {
    ...values,
    getPropertyValue: (name: string) => values[name] ?? '',
  } as unknown as CSSStyleDeclaration;
}

/** A DOMRect-like box. */
function box(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top } as DOMRect;
}

function boxOf(element: Element | null): DOMRect {
  const [left, top, width, height] = (element?.getAttribute('data-box') ?? '0,0,0,0').split(',').map(Number);
  return box(left!, top!, width!, height!);
}

/** The place of the first text node under `#id`. */
function place(id: string): ClaimPlace {
  const text = document.getElementById(id)!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.length);
  return { range, nodes: [text] };
}

/** Whether each of the claims in `ids` is seen. */
function seen(...ids: string[]): boolean[] {
  return seenPlaces(ids.map(place));
}

describe('seenPlaces', () => {
  beforeEach(() => {
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element) =>
      styleOf(JSON.parse(element.getAttribute('data-css') ?? '{}')),
    );
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return boxOf(this);
    });
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      return boxOf(this.startContainer.parentElement);
    });
    document.documentElement.setAttribute('data-box', '0,0,1000,3000');
    document.body.setAttribute('data-box', '8,8,984,2984');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.removeAttribute('data-box');
    document.body.replaceChildren();
  });

  it('sees text of some size on the page, and not text of none, moved off its left or top edge, or scaled to nothing', () => {
    setBody(
      '<p id="a" data-box="8,8,400,20">280,000</p><p id="left" data-box="-9999,40,400,20">280,000</p>' +
        '<p id="up" data-box="8,-500,400,20">280,000</p><p id="none" data-box="200,80,0,0">280,000</p>' +
        '<p id="right" data-box="3000,80,400,20">280,000</p>',
    );
    // Past the right edge the page scrolls: it is seen.
    expect(seen('a', 'left', 'up', 'none', 'right')).toEqual([true, false, false, false, true]);
  });

  it('leaves out text styles hide whatever its box: display, visibility or opacity, a size of 0, a clip of no area', () => {
    setBody(
      '<p id="a" data-box="8,8,400,20">1</p>' +
        '<p data-box="8,30,400,20"><span id="gone" class="hide" data-box="8,30,40,20">2</span></p>' +
        '<p id="small" data-css=\'{"fontSize":"0px"}\' data-box="8,60,400,20">3</p>' +
        '<div data-css=\'{"position":"absolute","clip":"rect(0px, 0px, 0px, 0px)"}\' data-box="8,90,400,20">' +
        '<p id="clip" data-box="8,90,400,20">4</p></div>' +
        '<p id="path" data-css=\'{"clipPath":"inset(50%)"}\' data-box="8,120,400,20">5</p>',
    );
    vi.spyOn(Element.prototype, 'checkVisibility').mockImplementation(function (this: Element) {
      return this.closest('.hide') === null;
    });
    expect(seen('a', 'gone', 'small', 'clip', 'path')).toEqual([true, false, false, false, false]);
  });

  it('leaves out text in a clipping box of a pixel or less, and text a clipping box cuts off at its start', () => {
    setBody(
      '<div data-css=\'{"overflowX":"hidden","overflowY":"hidden","position":"absolute"}\' data-box="8,8,1,1">' +
        '<p id="sr" data-box="8,8,600,20">1</p></div>' +
        '<div data-css=\'{"overflowY":"hidden"}\' data-box="8,40,900,0"><p id="fold" data-box="8,40,900,20">2</p></div>' +
        '<div data-css=\'{"overflowX":"hidden"}\' data-box="100,80,300,40">' +
        '<p id="cut" data-box="-400,80,300,20">3</p><p id="in" data-box="120,100,200,20">4</p></div>' +
        // A box that clips but shows nothing of its own size: overflow does not apply to an inline box.
        '<p data-box="8,140,900,20"><span data-css=\'{"overflowX":"hidden","display":"inline"}\' data-box="0,0,0,0">' +
        '<b id="inline" data-box="8,140,60,20">5</b></span></p>',
    );
    expect(seen('sr', 'fold', 'cut', 'in', 'inline')).toEqual([false, false, false, true, true]);
  });

  it('sees text a box scrolled past, which the reader can scroll back to', () => {
    setBody(
      '<div id="box" data-css=\'{"overflowY":"auto"}\' data-box="8,8,400,300">' +
        '<p id="above" data-box="8,-900,400,20">1</p></div>',
    );
    let scrolled = 1000;
    Object.defineProperty(document.getElementById('box')!, 'scrollTop', { get: () => scrolled });
    expect(seen('above')).toEqual([true]);
    scrolled = 0;
    expect(seen('above')).toEqual([false]);
  });

  it('leaves out text in its background’s own colour, unless something else may lie behind it or outline it', () => {
    const white = '"color":"rgb(255, 255, 255)"';
    setBody(
      `<p id="plain" data-css='{${white}}' data-box="8,8,400,20">1</p>` +
        `<div data-css='{"backgroundColor":"rgb(0, 0, 0)"}' data-box="8,30,400,40">` +
        `<p id="on-black" data-css='{${white}}' data-box="8,30,400,20">2</p></div>` +
        `<div data-css='{"position":"relative"}' data-box="8,80,400,40">` +
        `<p id="hero" data-css='{${white}}' data-box="8,80,400,20">3</p></div>` +
        `<p id="shadow" data-css='{${white},"textShadow":"rgb(0, 0, 0) 1px 1px 0px"}' data-box="8,120,400,20">4</p>`,
    );
    expect(seen('plain', 'on-black', 'hero', 'shadow')).toEqual([false, true, true, true]);
    // A dark colour scheme draws a canvas of another colour.
    document.documentElement.setAttribute('data-css', '{"colorScheme":"dark"}');
    expect(seen('plain')).toEqual([true]);
    document.documentElement.removeAttribute('data-css');
  });

  it('goes by styles alone in a document without layout', () => {
    setBody(
      '<p id="a">1</p><p id="b" data-css=\'{"fontSize":"0px"}\'>2</p><p id="left" data-box="-9999,0,9,9">3</p>',
    );
    document.documentElement.removeAttribute('data-box');
    expect(seen('a', 'b', 'left')).toEqual([true, false, true]);
  });
});

describe('clipsAll', () => {
  it.each([
    ['the screen readers’ rect(0 0 0 0)', { position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' }, true],
    ['rect(1px, 1px, 1px, 1px)', { position: 'absolute', clip: 'rect(1px, 1px, 1px, 1px)' }, true],
    ['a clip with room', { position: 'absolute', clip: 'rect(0px, 200px, 40px, 0px)' }, false],
    ['an edge left auto', { position: 'fixed', clip: 'rect(0px, auto, 40px, 0px)' }, false],
    ['a clip on a box it does not apply to', { position: 'static', clip: 'rect(0px, 0px, 0px, 0px)' }, false],
    ['inset(50%)', { clipPath: 'inset(50%)' }, true],
    ['an inset of the top and bottom', { clipPath: 'inset(0% 0% 100% 0%)' }, true],
    ['a rounded inset', { clipPath: 'inset(50% round 4px)' }, true],
    ['a small inset', { clipPath: 'inset(10%)' }, false],
    ['an inset in pixels', { clipPath: 'inset(10px)' }, false],
    ['a circle', { clipPath: 'circle(50% at 50% 50%)' }, false],
    ['nothing', {}, false],
  ])('%s', (_name, css, want) => {
    expect(clipsAll(styleOf(css))).toBe(want);
  });
});
