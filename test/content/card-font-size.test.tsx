// @vitest-environment happy-dom
/**
 * The card's sizes follow the reader's default font size (card-styles.ts, card-host.tsx): its stylesheet gives no
 * length in px but lines and the window's margin, and none in the page's rem; a card of larger type is cut no
 * shorter than its head, claim and a source's first lines take at that type. happy-dom lays nothing out, so the
 * card's size, its type and the claim's box are given here.
 */
import { describe, expect, it, vi } from 'vitest';
import { CARD_CSS, CARD_TYPE } from '../../src/content/card/card-styles';
import { CardHost, placeCard } from '../../src/content/card/card-host';
import { found, setBody } from './fixtures';

describe('the card’s stylesheet', () => {
  it('sizes the card from the browser’s default font size, not the page’s root', () => {
    expect(CARD_CSS).toMatch(/\.wrap\{all:initial;font-size:medium;/);
    expect(CARD_CSS).toContain(`font:calc(${CARD_TYPE}em / 16)/1.45`);
    expect(CARD_CSS).not.toMatch(/\drem\b/);
  });

  it('gives no length in px but line widths, the pill radius and the window’s margin', () => {
    const left = CARD_CSS.replace(/(border(-left|-top)?|outline):\d+px solid/g, '')
      .replace(/outline-offset:2px/g, '')
      .replace(/border-radius:99px/g, '')
      .replace(/calc\(100v[wh] - 16px\)/g, '');
    expect(left.match(/[\d.]+px/g) ?? []).toEqual([]);
  });

  it('writes each length as its px at the default font size, over the type it is in', () => {
    expect(CARD_CSS).toContain('width:min(calc(380em / 13),calc(100vw - 16px))');
    expect(CARD_CSS).toContain('max-height:min(calc(440em / 13),calc(100vh - 16px))');
    // The badge's own padding is in its own 11 px type; its type in the card's 13.
    expect(CARD_CSS).toContain('font-size:calc(11em / 13)');
    expect(CARD_CSS).toContain('padding:calc(2em / 11) calc(8em / 11)');
  });
});

describe('a card cut to a short window', () => {
  const short = { width: 800, height: 300 };
  const anchor = { left: 100, top: 100, bottom: 120 };

  it('is cut no shorter than the least height it is given', () => {
    expect(placeCard(anchor, { width: 300, height: 600 }, short)).toMatchObject({ top: 128, maxHeight: 164 });
    const large = placeCard(anchor, { width: 600, height: 900, minHeight: 240 }, short);
    expect(large).toMatchObject({ maxHeight: 240 });
  });

  /** Opens a card in a window 300 px tall, its type `type` px, and returns the max-height it was cut to. */
  function cutAt(type: number): string {
    setBody('<p id="claim">more than 280,000</p>');
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('claim')!);
    const line = { left: 100, top: 100, right: 200, bottom: 120, x: 100, y: 100, width: 100, height: 20 };
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
      { ...line, toJSON: () => line },
    ] as unknown as DOMRectList);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(300);
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(800);
    const box = { left: 0, top: 0, right: 600, bottom: 900, x: 0, y: 0, width: 600, height: 900 };
    const measured = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ ...box, toJSON: () => box });
    const real = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      const style = real(element, pseudo);
      if (!(element as Element).classList?.contains('card')) return style;
      return new Proxy(style, {
        get: (target, name) => (name === 'fontSize' ? `${type}px` : Reflect.get(target, name)),
      });
    });
    const host = new CardHost(document);
    try {
      host.show({
        claim: found('c1', range),
        documents: null,
        near: null,
        pageDated: true,
        onOpenFullView: () => {},
        onClose: () => {},
      });
      expect(measured).toHaveBeenCalled();
      const card = (host as unknown as { wrap: HTMLElement }).wrap.firstElementChild as HTMLElement;
      return card.style.getPropertyValue('max-height');
    } finally {
      host.destroy();
      vi.restoreAllMocks();
    }
  }

  it('keeps more of a card of larger type: the least height grows with its type', () => {
    // 164 px of room below the claim; at 13 px the card is cut to it, at 26 px to no less than twice 160 px.
    expect(cutAt(CARD_TYPE)).toBe('164px');
    expect(cutAt(2 * CARD_TYPE)).toBe('320px');
  });
});
