// @vitest-environment happy-dom
/**
 * Claims a reader cannot see are kept back and come when they are shown (scanner.ts, kept-back.ts): a claim hidden
 * alone inside a shown paragraph, a whole hidden paragraph, and text marked aria-hidden, which a reader sees.
 * happy-dom computes no styles: here an element is hidden when it or an ancestor has the class "off".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scanner } from '../../src/content/scanner';
import type { ScannedClaim } from '../../src/core/types';
import { match, quantityClaim, result, setBody } from './fixtures';

/** A stand-in worker finding every figure, each with context. */
function scanner(): Scanner {
  return new Scanner({
    doc: document,
    prefilter: (text) => /\d/.test(text),
    scanTexts: async (texts) =>
      texts.map((text): ScannedClaim[] =>
        [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
          claim: quantityClaim(m[0], Number(m[0].replace(/,/g, '')), m.index),
          result: result([match('agrees')]),
        })),
      ),
    referenceDate: () => '2016-06-16',
    onChange: () => undefined,
  });
}

const texts = (scan: Scanner) =>
  scan
    .claims()
    .map((c) => c.claim.text)
    .sort();

describe('Scanner and what a reader sees', () => {
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'checkVisibility').mockImplementation(function (this: Element) {
      return this.closest('.off') === null;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('keeps back a claim hidden alone in a shown paragraph, and gives its paragraph back when it shows or hides', async () => {
    setBody(
      '<p id="p">Aid reached 15,000 homes. <span id="s" class="off">Later 4,500 more.</span></p><p id="q">9 days</p>',
    );
    const scan = scanner();
    await scan.scan(null);
    expect(texts(scan)).toEqual(['15,000', '9']);
    const span = document.getElementById('s')!;
    const p = document.getElementById('p')!;
    // Nothing changed: nothing to read again.
    expect(scan.visibilityChanged([document.documentElement])).toEqual([]);
    span.classList.remove('off');
    expect(scan.visibilityChanged([span])).toEqual([p]);
    await scan.scan([p]);
    expect(texts(scan)).toEqual(['15,000', '4,500', '9']);
    expect(scan.visibilityChanged([document.documentElement])).toEqual([]);
    span.classList.add('off');
    expect(scan.visibilityChanged([document.documentElement])).toEqual([p]);
    await scan.scan([p]);
    expect(texts(scan)).toEqual(['15,000', '9']);
  });

  it('keeps back every claim of a hidden paragraph until it shows, and asks nothing of paragraphs outside the change', async () => {
    setBody('<div id="panel" class="off"><p id="p">Aid reached 15,000 homes.</p></div><p id="q">9 days</p>');
    const scan = scanner();
    await scan.scan(null);
    expect(texts(scan)).toEqual(['9']);
    const panel = document.getElementById('panel')!;
    panel.classList.remove('off');
    expect(scan.visibilityChanged([document.getElementById('q')!])).toEqual([]);
    expect(scan.visibilityChanged([panel])).toEqual([document.getElementById('p')]);
  });

  it('reads text marked aria-hidden, which a reader sees, and not its screen readers’ copy', async () => {
    setBody(
      '<p id="p"><span id="seen" aria-hidden="true">More than 280,000 dead.</span>' +
        '<span class="off">More than 280,000 dead.</span></p>',
    );
    const scan = scanner();
    await scan.scan(null);
    const [claim, ...others] = scan.claims();
    expect(others).toEqual([]);
    expect(claim?.range.startContainer.parentElement?.id).toBe('seen');
  });
});
