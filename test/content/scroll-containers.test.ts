// @vitest-environment happy-dom
/**
 * Where a reveal scrolls (scroll-containers.ts): clear of a page's sticky or fixed header and its
 * scroll-padding-top, across to a claim off the side of a page wider than the window, and not at all for a claim
 * no scroll can show. happy-dom lays nothing out: boxes, the page's size and what lies at a point are given here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coveredTop, scrollIntoContainers, windowScrollFor } from '../../src/content/scroll-containers';
import { setBody } from './fixtures';
import { rect } from './range-box';

const VIEW = { left: 0, top: 0, width: 1000, height: 400 };

/** Gives `element` a box on screen. */
function boxOf(element: Element, box: DOMRect): void {
  element.getBoundingClientRect = () => box;
}

/** Has the page find `elements` at any point in the band y ∈ [from, to) and nothing elsewhere. */
function atPoints(bands: { from: number; to: number; elements: Element[] }[]): void {
  document.elementsFromPoint = (_x: number, y: number) =>
    bands.find((band) => y >= band.from && y < band.to)?.elements ?? [];
}

/** A range over the text of the element of id `id`, whose one line is `box` (none: no box). */
function claimIn(id: string, box: DOMRect | null): Range {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById(id)!);
  range.getClientRects = () => (box ? [box] : []) as unknown as DOMRectList;
  range.getBoundingClientRect = () => box ?? rect(0, 0, 0, 0);
  return range;
}

beforeEach(() => {
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1000);
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(400);
  for (const [name, value] of [
    ['scrollHeight', 5_000],
    ['scrollWidth', 1_516],
  ] as const)
    Object.defineProperty(document.documentElement, name, { value, configurable: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.style.removeProperty('scroll-padding-top');
  delete (document as unknown as Record<string, unknown>).elementsFromPoint;
  for (const name of ['scrollHeight', 'scrollWidth'])
    delete (document.documentElement as unknown as Record<string, unknown>)[name];
});

describe('coveredTop', () => {
  it('is the bottom of a sticky header over the top of the view', () => {
    setBody(
      '<header id="bar" style="position: sticky"><nav id="nav">Menu</nav></header><p id="claim">27</p>',
    );
    boxOf(document.getElementById('bar')!, rect(0, 0, 1000, 178));
    atPoints([{ from: 0, to: 178, elements: [document.getElementById('nav')!] }]);
    expect(coveredTop(document, VIEW, [500], document.getElementById('claim')!)).toBe(178);
  });

  it('reaches down through bars stacked one under another (a header, a notice fixed under it)', () => {
    setBody(
      '<header id="bar" style="position: fixed">Paper</header><div id="notice" style="position: fixed">Cookies</div>' +
        '<p id="claim">27</p>',
    );
    boxOf(document.getElementById('bar')!, rect(0, 0, 1000, 60));
    boxOf(document.getElementById('notice')!, rect(0, 60, 1000, 50));
    atPoints([
      { from: 0, to: 60, elements: [document.getElementById('bar')!] },
      { from: 60, to: 110, elements: [document.getElementById('notice')!] },
    ]);
    expect(coveredTop(document, VIEW, [500], document.getElementById('claim')!)).toBe(110);
  });

  it('leaves out an overlay as tall as half the view, and a bar that holds the claim itself', () => {
    setBody(
      '<div id="overlay" style="position: fixed">Sign in</div>' +
        '<header id="bar" style="position: sticky"><p id="claim">27</p></header>',
    );
    boxOf(document.getElementById('overlay')!, rect(0, 0, 1000, 300));
    boxOf(document.getElementById('bar')!, rect(0, 0, 1000, 80));
    atPoints([
      {
        from: 0,
        to: 300,
        elements: [document.getElementById('claim')!, document.getElementById('overlay')!],
      },
    ]);
    expect(coveredTop(document, VIEW, [500], document.getElementById('claim')!.firstChild!)).toBe(0);
  });

  it.each([
    ['px', '90px', 90],
    ['a percentage of the view', '25%', 100],
  ])('is the page’s scroll-padding-top in %s when nothing covers more', (_, value, expected) => {
    setBody('<p id="claim">27</p>');
    atPoints([]);
    document.documentElement.style.setProperty('scroll-padding-top', value);
    expect(coveredTop(document, VIEW, [500], document.getElementById('claim')!)).toBe(expected);
  });
});

describe('windowScrollFor', () => {
  beforeEach(() => atPoints([]));

  it('puts the claim at 35 % of the view, below a tall sticky header', () => {
    setBody('<header id="bar" style="position: sticky">Paper</header><p id="claim">February 27</p>');
    boxOf(document.getElementById('bar')!, rect(0, 0, 1000, 178));
    atPoints([{ from: 0, to: 178, elements: [document.getElementById('bar')!] }]);
    const scroll = windowScrollFor(claimIn('claim', rect(16, 1_600, 90, 24)))!;
    // Under the header, not at 35 % of the whole window (140 px, behind the header's 178).
    expect(1_600 - scroll.top).toBeCloseTo(178 + 0.35 * (400 - 178));
    expect(scroll).toMatchObject({ left: 0, moves: true });
  });

  it('scrolls across to a claim off the side of a page wider than the window', () => {
    setBody('<p id="claim">More than 280,000</p>');
    const scroll = windowScrollFor(claimIn('claim', rect(1_044, 1_300, 136, 24)))!;
    expect(scroll.left).toBeGreaterThan(0);
    expect(1_044 - scroll.left).toBeGreaterThanOrEqual(0);
    expect(1_044 + 136 - scroll.left).toBeLessThanOrEqual(1_000);
  });

  it('does not scroll across for a claim in view across', () => {
    setBody('<p id="claim">More than 280,000</p>');
    expect(windowScrollFor(claimIn('claim', rect(200, 1_300, 136, 24)))!.left).toBe(0);
  });

  it('scrolls no further than the page goes, and says when the window need not move', () => {
    setBody('<p id="claim">More than 280,000</p>');
    expect(windowScrollFor(claimIn('claim', rect(16, 20, 136, 24)))).toEqual({
      top: 0,
      left: 0,
      moves: false,
    });
  });

  it.each([
    ['has no box (hidden, 0×0)', null],
    ['lies off the page’s left edge', rect(-9_999, 300, 136, 24)],
    ['lies past the page’s end', rect(16, 9_000, 136, 24)],
  ])('is null for a claim that %s', (_, box) => {
    setBody('<p id="claim">February 27</p>');
    expect(windowScrollFor(claimIn('claim', box))).toBeNull();
  });
});

describe('scrollIntoContainers', () => {
  it('scrolls a box at once even when its style asks for smooth scrolling, and says which it scrolled', () => {
    setBody(
      '<div id="box" style="overflow-y: auto; scroll-behavior: smooth"><p id="claim">250,000</p></div><p id="other">x</p>',
    );
    const box = document.getElementById('box')!;
    boxOf(box, rect(0, 100, 400, 120));
    for (const [name, value] of [
      ['scrollHeight', 800],
      ['clientHeight', 120],
    ] as const)
      Object.defineProperty(box, name, { value, configurable: true });
    const scrollBy = vi.fn();
    box.scrollBy = scrollBy;
    expect(scrollIntoContainers(claimIn('claim', rect(10, 600, 80, 20)))).toEqual([box]);
    expect(scrollBy).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant' }));
    expect(scrollIntoContainers(claimIn('other', rect(10, 300, 20, 20)))).toEqual([]);
  });
});
