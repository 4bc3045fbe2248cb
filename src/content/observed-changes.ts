/**
 * What the page watcher asks the browser to report, and how it reads the reports that are neither text nor a
 * restyle: a new root element of the document, a date changed in the page's metadata, and changes in its <head>.
 */
import { JSON_LD, META } from './reference-date';

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

/**
 * True when `record` changed an element matching `selector`, or the text in it, or put one in or took one out.
 */
function touches(record: MutationRecord, selector: string): boolean {
  const target = record.target;
  const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (element?.matches(selector)) return true;
  if (record.type !== 'childList') return false;
  const matching = (node: Node) => node.nodeType === 1 && (node as Element).matches(selector);
  for (const node of record.addedNodes) if (matching(node)) return true;
  for (const node of record.removedNodes) if (matching(node)) return true;
  return false;
}

/** True for a script or a meta: the only elements that give the page's date where no text shows it. */
function mayGiveDate(node: Node): boolean {
  const name = (node as Element).localName;
  return name === 'script' || name === 'meta';
}

/**
 * Whether a change may change the page's date where no text shows it: a date meta or a JSON-LD block put in, taken
 * out or rewritten, in the <head> or in the body (frameworks keep an article's JSON-LD beside its markup and
 * rewrite it with the next article). Neither is read as text: in the <head>, whose block container is the root
 * element, each script or style an ad put there had the whole page read again; in the body a script's text is
 * skipped, and the page kept its old day. Tag names are compared before any selector: nearly every record of a
 * busy page touches neither.
 */
export function changesPageDate(record: MutationRecord): boolean {
  const target = record.target;
  let candidate = mayGiveDate(target.nodeType === 1 ? target : (target.parentNode ?? target));
  if (!candidate && record.type === 'childList') {
    for (const node of record.addedNodes) candidate ||= mayGiveDate(node);
    for (const node of record.removedNodes) candidate ||= mayGiveDate(node);
  }
  return candidate && touches(record, `${META}, ${JSON_LD}`);
}

/** Elements that style the page: one put in or taken out of the <head> may show or hide text already read. */
const STYLING = 'style, link[rel~="stylesheet" i]';

/**
 * For a change inside the page's <head>: whether it may show or hide text, a stylesheet put in, taken out or
 * rewritten (a page's lazily loaded CSS may reveal a block it kept hidden meanwhile). It is checked as a restyle of
 * the whole page, which measures only the blocks that hold claims, not read again as text.
 */
export function headChangeRestyles(record: MutationRecord): boolean {
  return touches(record, STYLING);
}
