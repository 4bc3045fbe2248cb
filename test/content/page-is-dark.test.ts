// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageIsDark } from '../../src/content/card/card-host';
import { setBody } from './fixtures';

/** The first text node inside the element of id `id`: where a claim's range starts. */
function textIn(id: string, root: ParentNode = document): Node {
  const element = root.querySelector(`#${id}`);
  if (!element?.firstChild) throw new Error(`no text in #${id}`);
  return element.firstChild;
}

describe('pageIsDark', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('style');
    setBody('');
  });

  it('reads a dark background a wrapper paints, body and html left transparent', () => {
    setBody(
      '<div style="background-color: rgb(18, 18, 18)"><main><p id="claim">250,000 people</p></main></div>',
    );
    expect(pageIsDark(document, textIn('claim'))).toBe(true);
  });

  it('takes the nearest opaque background: a light box on a dark page gets a light card', () => {
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    setBody(
      '<div style="background-color: rgb(250, 250, 250)"><p id="light">250,000</p></div><p id="dark">16</p>',
    );
    expect(pageIsDark(document, textIn('light'))).toBe(false);
    expect(pageIsDark(document, textIn('dark'))).toBe(true);
  });

  it('looks past a translucent tint to what shows through it', () => {
    document.documentElement.style.backgroundColor = 'rgb(10, 10, 10)';
    setBody('<div style="background-color: rgba(255, 255, 255, 0.1)"><p id="claim">250,000</p></div>');
    expect(pageIsDark(document, textIn('claim'))).toBe(true);
  });

  it('keeps body and html as the fallback, with or without a claim', () => {
    document.body.style.backgroundColor = 'rgb(20, 20, 30)';
    setBody('<p id="claim">250,000</p>');
    expect(pageIsDark(document, textIn('claim'))).toBe(true);
    expect(pageIsDark(document)).toBe(true);
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageIsDark(document, textIn('claim'))).toBe(false);
  });

  it('reads on past a shadow root to its host’s wrapper', () => {
    setBody('<section style="background-color: rgb(16, 16, 16)"><div id="host"></div></section>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const claim = document.createElement('p');
    claim.id = 'claim';
    claim.textContent = '250,000';
    shadow.append(claim);
    expect(pageIsDark(document, textIn('claim', shadow))).toBe(true);
  });

  it('starts at the claim’s own element when the range starts on one', () => {
    setBody('<p id="claim" style="background-color: rgb(0, 0, 0)">250,000</p>');
    expect(pageIsDark(document, document.getElementById('claim'))).toBe(true);
  });
});
