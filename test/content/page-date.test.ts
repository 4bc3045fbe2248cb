// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_SETTLE_MS, PageDate } from '../../src/content/page-date';

/** Sets the page's article:published_time, as an app does when it renders an article. */
function publish(day: string): void {
  let meta = document.head.querySelector('meta[property="article:published_time"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    document.head.append(meta);
  }
  meta.setAttribute('content', `${day}T09:00:00Z`);
}

describe('PageDate', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.head.replaceChildren();
  });

  it('reads the date an app brings after changing the address, for a while after the change', () => {
    publish('2016-06-10');
    const date = new PageDate(document);
    expect(date.current).toEqual({ day: '2016-06-10', published: true });
    // The address changed; the old article's date is still there.
    expect(date.changed(true)).toBe(false);
    vi.advanceTimersByTime(1_200);
    publish('2019-03-15');
    expect(date.changed(false)).toBe(true);
    expect(date.current).toEqual({ day: '2019-03-15', published: true });
    expect(date.changed(false)).toBe(false);
  });

  it('does not read the date at every change of a page that did not navigate', () => {
    publish('2016-06-10');
    const date = new PageDate(document);
    publish('2019-03-15');
    expect(date.changed(false)).toBe(false);
    expect(date.current.day).toBe('2016-06-10');
    date.changed(true);
    vi.advanceTimersByTime(NAVIGATION_SETTLE_MS);
    publish('2020-01-01');
    expect(date.changed(false)).toBe(false);
    expect(date.current.day).toBe('2019-03-15');
  });
});
