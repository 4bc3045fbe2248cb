// @vitest-environment happy-dom
/**
 * What the content script hands the popup for "Add this page to your documents": the HTML, the address, the
 * publication date only when the page states one, and a refusal by size instead of a huge message.
 */
import { describe, expect, it } from 'vitest';
import { pageSource } from '../../src/content/page-source';

const NOW = new Date(2026, 10, 21, 12);

function page(head: string, body: string): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  return doc;
}

describe('pageSource', () => {
  it('sends the serialized page and the date its metadata states', () => {
    const doc = page(
      '<title>T</title><meta property="article:published_time" content="2016-06-16T09:00:00Z">',
      '<article><p>Some words.</p></article>',
    );
    const source = pageSource(doc, 1_000_000, NOW);
    expect(source.kind).toBe('page');
    if (source.kind !== 'page') return;
    expect(source.html).toContain('<p>Some words.</p>');
    expect(source.html).toMatch(/^<html>/);
    expect(source.published).toBe('2016-06-16');
    expect(source.url).toBe(doc.URL);
  });

  it('gives no date for a page that states none (not the reader’s today)', () => {
    const source = pageSource(page('<title>T</title>', '<p>No date anywhere.</p>'), 1_000_000, NOW);
    expect(source).toMatchObject({ kind: 'page', published: null });
  });

  it('reads a byline’s date when there is no metadata', () => {
    const source = pageSource(
      page('', '<article><p class="byline">Published June 15, 2016</p><p>Text.</p></article>'),
      1_000_000,
      NOW,
    );
    expect(source).toMatchObject({ kind: 'page', published: '2016-06-15' });
  });

  it('refuses a page over the limit by its size, sending none of its HTML', () => {
    const doc = page('', `<p>${'x'.repeat(5_000)}</p>`);
    const source = pageSource(doc, 1_000, NOW);
    expect(source.kind).toBe('too-large');
    if (source.kind !== 'too-large') return;
    expect(source.chars).toBeGreaterThan(5_000);
    expect(Object.keys(source).sort()).toEqual(['chars', 'kind', 'url']);
  });
});
