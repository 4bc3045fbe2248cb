// @vitest-environment happy-dom
/**
 * The card's host is named `claim-lens-card-` and a part drawn at each load: the reader skips it by that prefix
 * (SKIP_TAGS named `claim-lens-card`, the host's name before it was drawn, and so skipped no host of this build).
 */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/content/block-reader';
import { CARD_TAG } from '../../src/content/card/card-host';
import { isSkippedElement } from '../../src/content/element-kinds';
import { setBody } from './fixtures';

describe('the card host', () => {
  it('is skipped by the reader under the name it has in this load, with what a page put in it', () => {
    setBody(
      '<p>The war began in 2011.</p><div><span>More than </span><b>280,000</b></div>' +
        // A page's element whose name only starts alike is the page's.
        '<claim-lens-cards>12 towns fell.</claim-lens-cards>',
    );
    const host = document.createElement(CARD_TAG);
    // Text a page put in the host's light tree: never drawn (the card's closed root has no slot).
    host.textContent = 'More than 280,000 people have been killed since the war in Syria began in 2011.';
    document.querySelector('div')!.append(host);
    expect(isSkippedElement(host)).toBe(true);
    expect([...readBlocks(document.body)].map((block) => block.text)).toEqual([
      'The war began in 2011.',
      'More than 280,000',
      '12 towns fell.',
    ]);
  });
});
