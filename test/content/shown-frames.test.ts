// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isAdFrame } from '../../src/content/shown-frames';

/** An iframe with these attributes. */
function frame(attributes: Record<string, string>): Element {
  const element = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('isAdFrame', () => {
  it.each<[string, Record<string, string>, number, number, boolean]>([
    ['a medium rectangle', { src: 'https://news.example/x' }, 300, 250, true],
    ['a leaderboard a pixel off', {}, 729, 91, true],
    ['an ad server’s frame of any size', { src: 'https://securepubads.g.doubleclick.net/x' }, 640, 480, true],
    ['a frame Google names as an ad slot', { id: 'google_ads_iframe_/123/home_0' }, 640, 480, true],
    ['a path of ads', { src: 'https://cdn.example/ads/slot.html' }, 640, 480, true],
    ['an embedded post', { src: 'https://platform.twitter.com/embed/Tweet.html' }, 550, 420, false],
    ['a chart', { src: 'https://datawrapper.dwcdn.net/abc/1/' }, 600, 400, false],
    ['a word holding "ad" inside it', { src: 'https://reader.example/loaded/page' }, 600, 400, false],
  ])('%s', (_name, attributes, width, height, expected) => {
    expect(isAdFrame(frame(attributes), width, height)).toBe(expected);
  });
});
