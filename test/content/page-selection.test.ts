// @vitest-environment happy-dom
/**
 * What the content script answers "Check with Claim Lens" with: the page's selection as `toString()` gives it,
 * cut to the check page's limit (without splitting a character) and with its whole length, so that a selection of
 * a whole long page crosses as 200,000 characters, not megabytes. The line breaks themselves are a browser's: the
 * end-to-end test reads them in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { pageSelection } from '../../src/content/page-selection';
import { cutText } from '../../src/shared/cut-text';
import { CHECK_TEXT_LIMITS } from '../../src/shared/messages';

/** A page, undated unless `published` gives its article:published_time. */
function pageDocument(published?: string): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  if (published !== undefined) {
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', published);
    doc.head.append(meta);
  }
  return doc;
}

/** A window whose selection reads as `text` (null: the document has no selection object). */
const windowWith = (text: string | null, doc = pageDocument()) => ({
  getSelection: () => (text === null ? null : ({ toString: () => text } as Selection)),
  document: doc,
});

describe('pageSelection', () => {
  it('gives the selection as the page has it, line breaks and all', () => {
    const text = 'The war began in March 2011\n\nMore than 280,000 people were killed.';
    expect(pageSelection(windowWith(text))).toEqual({ text, chars: text.length });
  });

  it('leaves out the blank lines the selection starts or ends with', () => {
    const text = 'The war began in March 2011.';
    expect(pageSelection(windowWith(`\n\n${text}\n`))).toEqual({ text, chars: text.length });
  });

  it('gives the day the page says it was published, which the check page reads the text as written on', () => {
    const dated = pageDocument('2016-06-15T09:00:00Z');
    expect(pageSelection(windowWith('Kerry spoke on Wednesday.', dated)).writtenOn).toBe('2016-06-15');
    expect(pageSelection(windowWith('Kerry spoke on Wednesday.'))).not.toHaveProperty('writtenOn');
  });

  it('gives nothing when nothing is selected', () => {
    expect(pageSelection(windowWith(''))).toEqual({ text: '', chars: 0 });
    expect(pageSelection(windowWith(null))).toEqual({ text: '', chars: 0 });
  });

  it('sends only the check page’s limit of a longer selection, and its whole length', () => {
    const text = 'x'.repeat(CHECK_TEXT_LIMITS.chars * 3);
    const got = pageSelection(windowWith(text));
    expect(got.text).toHaveLength(CHECK_TEXT_LIMITS.chars);
    expect(got.chars).toBe(CHECK_TEXT_LIMITS.chars * 3);
  });
});

describe('cutText', () => {
  it('leaves a short text whole and cuts a longer one', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 3)).toBe('abc');
  });

  it('does not split a character of two code units', () => {
    expect(cutText('ab😀c', 3)).toBe('ab');
    expect(cutText('ab😀c', 4)).toBe('ab😀');
  });
});
