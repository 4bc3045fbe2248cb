/**
 * What the page watcher asks the browser to report, and how it reads the reports that are neither text nor a
 * restyle: a new root element of the document, and a date changed in the page's metadata.
 */
import { META } from './reference-date';

/**
 * Attributes a page gives its publication date in (`<meta property="article:published_time" content>`,
 * `<time datetime>`, see reference-date.ts): a single-page app changes them in place for its next article.
 */
const DATE_ATTRIBUTES = ['content', 'datetime'];

/**
 * What the watcher observes, in the document and in each shadow root read. Only the attributes named are
 * reported, so the date's two cost an animated page nothing: it restyles, and no element but a `meta` or a
 * `time` (or `ins`, `del`) carries them.
 */
export const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  // contenteditable: an editor switched to read-only ("Preview") holds text now to read, and one made editable
  // holds text no longer ours to mark (see isSkippedElement).
  // No aria-hidden: what it hides from screen readers is read (see isSkippedElement).
  attributeFilter: ['hidden', 'open', 'class', 'style', 'contenteditable', ...DATE_ATTRIBUTES],
  // No attributeOldValue: it copies every old style string, and the animated page of anim-bench.ts ran 139
  // ms of script a second with it against 89–100 without (see isRestyle for what it had been needed for).
};

/** True for a change of an attribute a date is given in (see DATE_ATTRIBUTES): it changes no text. */
export function isDateAttribute(record: MutationRecord): boolean {
  return record.type === 'attributes' && DATE_ATTRIBUTES.includes(record.attributeName ?? '');
}

/**
 * True for an element the page's date is read from (see reference-date.ts): a `time`, or a date meta. Any other
 * element's `content` or `datetime` gives neither text nor date: an app that sets its `<meta name="theme-color">` as
 * the reader scrolls makes the page's date no older.
 */
export function givesPageDate(element: Element): boolean {
  return element.localName === 'time' || (element.localName === 'meta' && element.matches(META));
}

/**
 * True when the document itself gained or lost an element: its root was replaced (`document.replaceChild`,
 * `documentElement.replaceWith`, `document.open()` and `write()`), and the page shown is another tree.
 */
export function replacesRoot(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.target.nodeType !== 9) return false;
  for (const node of record.addedNodes) if (node.nodeType === 1) return true;
  for (const node of record.removedNodes) if (node.nodeType === 1) return true;
  return false;
}
