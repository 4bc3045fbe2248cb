/**
 * What kind of element a node is, for reading a page: skipped (not prose a person reads), a block boundary,
 * or inline. Markup only, so that the reader can ask it of every element of a large page without making the
 * browser compute styles; `isShown` is the one style-aware test, asked once per block that holds a claim (and
 * claim-visibility.ts asks the rest of those claims alone).
 */

import { BLOCK_TAGS, isCodeListing, isSkippedTag } from '../shared/element-tags';

/**
 * True when the document is in design mode, editable as a whole (false where a page broke the property). It has no
 * attribute to observe: the page watcher looks at it now and then (see PageWatcher.designModeSwitched).
 */
export function inDesignMode(doc: Document): boolean {
  try {
    return doc.designMode === 'on';
  } catch {
    return false;
  }
}

/** True for the body and the root element. */
function isDocumentTop(element: Element): boolean {
  return element.localName === 'body' || element.localName === 'html';
}

/** True for elements whose tag breaks a block. */
function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/**
 * True when the element's subtree holds nothing to read: skipped tags, hidden, editable (an element, or the whole
 * document in design mode) or our own UI.
 * Markup only, no styles: this runs for every element of the page, so it must not make the browser
 * compute styles. Stylesheet-hidden content is caught per block by `isShown`, only where a claim is.
 * `aria-hidden` is read: it hides text from screen readers, not from the eye, and pages mark with it the copy
 * a reader sees beside a clipped copy for screen readers, or the whole page behind a cookie bar.
 */
export function isSkippedElement(element: Element): boolean {
  if (isSkippedTag(element.localName) || isCodeListing(element)) return true;
  // A document in design mode is editable as a whole, as a contenteditable element is: what the reader types is
  // not ours to mark. Asked of the body and root only, which every read of the page starts from or is inside.
  if (isDocumentTop(element) && inDesignMode(element.ownerDocument)) return true;
  if (element.localName === 'sup' && FOOTNOTE_MARK.test(element.textContent ?? '')) return true;
  // Most elements of an article carry no attributes at all: they need no further look.
  if (!element.hasAttributes()) return false;
  if (element.localName === 'a' && isFootnoteLink(element)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (isCommentSection(element)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Reading the attribute, not `.style`, avoids creating a style object for every element on the page.
  const inline = element.getAttribute('style');
  if (inline === null || !/display\s*:\s*none/i.test(inline)) return false;
  inlineHidden.add(element);
  return true;
}

/**
 * The text of a footnote mark: a number of up to three digits or a symbol (*, †, ‡, §, ¶), bare or in brackets.
 * Read with its figure, the mark of "15 of 18<sup>3</sup> besieged areas" made "15 of 183", a false "Sources
 * differ"; "280,000<sup>1</sup>" was not read at all. Letters are kept: "52<sup>nd</sup>" is an ordinal. A unit's
 * power goes too ("10 km<sup>2</sup>" reads "10 km"), which changes no count a reader compares.
 */
const FOOTNOTE_MARK = /^\s*[[(]?\s*(?:\d{1,3}|[*†‡§¶]{1,3})\s*[\])]?\s*$/u;

/**
 * A link to a note on the same page whose text is a footnote mark, right after a word or figure with no space
 * ("18<a href="#fn2">2</a>", as Substack writes). A number linked within a sentence ("15 of <a href="#t">18</a>")
 * has a space before it: it is text.
 */
function isFootnoteLink(element: Element): boolean {
  const href = element.getAttribute('href');
  // A bare "#" is a script's button dressed as a link, not a note.
  if (href === null || href.length < 2 || !href.startsWith('#')) return false;
  if (!FOOTNOTE_MARK.test(element.textContent ?? '')) return false;
  const before = element.previousSibling?.textContent ?? '';
  return before !== '' && !/\s$/.test(before);
}

/** Containers a page's reader comments come in. */
const COMMENT_CONTAINERS: ReadonlySet<string> = new Set(['section', 'div', 'aside', 'ol', 'ul', 'footer']);

/** An id or class naming a comment thread ("comments", "comment-list", "disqus_thread"), not one comment's parts. */
const COMMENT_SECTION =
  /(?:^|[\s_-])(?:comments|comment-?list|commentlist|comment-?section|comment-?thread)(?:$|[\s_-])|disqus/i;

/**
 * True for a section of reader comments: what readers wrote is not the article, and a "Sources agree" under a
 * commenter's "I read 280,000 dead elsewhere" lends it the corpus's authority. Named by id or class, as
 * comment systems and themes name them.
 */
function isCommentSection(element: Element): boolean {
  if (!COMMENT_CONTAINERS.has(element.localName)) return false;
  // One test of both names: this runs for every such container of a page that carries attributes.
  return COMMENT_SECTION.test(`${element.id} ${element.getAttribute('class') ?? ''}`);
}

/** Elements skipped for an inline display: none (see wasInlineHidden). */
const inlineHidden = new WeakSet<Element>();

/**
 * True for an element once skipped for its inline display: none: a later change to its style attribute may show
 * text never read, even when the new style names no display at all (`el.style.display = ''`).
 */
export function wasInlineHidden(element: Element): boolean {
  return inlineHidden.has(element);
}

/**
 * True unless styles hide the element (display: none on it or an ancestor, visibility: hidden, opacity: 0 on it
 * or an ancestor, closed content-visibility). One style-aware call per block that holds a claim, never one per
 * element.
 */
export function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return (
    typeof check !== 'function' || check.call(element, { visibilityProperty: true, opacityProperty: true })
  );
}

/**
 * Names of the built-in elements that may hold a shadow root (the DOM standard's "valid shadow host name"); any
 * other is a custom element, whose name holds a hyphen.
 */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** True for a custom element's name (a valid one holds a hyphen; no built-in HTML element's does). */
export function isCustomName(localName: string): boolean {
  return localName.includes('-');
}

/**
 * The element's open shadow root, which the browser draws in place of its children. Asked of the elements that
 * can hold one only: this runs for every element the reader visits. A closed root cannot be seen, nor read.
 */
export function openShadowRoot(element: Element): ShadowRoot | null {
  const name = element.localName;
  return isCustomName(name) || SHADOW_HOST_TAGS.has(name) ? element.shadowRoot : null;
}

/** The host of the shadow tree `node` is the top of, or null when it is no shadow root. */
function hostOf(node: Node): Element | null {
  return node.nodeType === 11 ? ((node as Partial<ShadowRoot>).host ?? null) : null;
}

/** The element holding `node`, across a shadow root's boundary to its host (a shadow root's own is its host). */
export function parentAcross(node: Node): Element | null {
  return node.parentElement ?? hostOf(node.parentNode ?? node);
}

/**
 * `node` (when an element) or its nearest ancestor that passes `test`, across shadow roots' boundaries to their
 * hosts: text in a shadow tree belongs to the block around its host, and is skipped with it.
 */
function closest(node: Node, test: (element: Element) => boolean): Element | null {
  for (let e = node.nodeType === 1 ? (node as Element) : parentAcross(node); e; e = parentAcross(e)) {
    if (test(e)) return e;
  }
  return null;
}

/**
 * True when `node` is `ancestor` or inside it, counting what is in the shadow trees of the hosts inside it (which
 * `contains` does not): a rescan of `ancestor` reads them again.
 */
export function containsFlat(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = hostOf(n.getRootNode())) if (ancestor.contains(n)) return true;
  return false;
}

/** True when `node` or an ancestor is skipped: a mutation under it is not ours to read. */
export function insideSkipped(node: Node): boolean {
  return closest(node, isSkippedElement) !== null;
}

/** Nearest ancestor (or self) that breaks blocks: the container of the block `node` belongs to. */
export function blockContainerOf(node: Node): Element | null {
  return closest(node, isBlockElement);
}

/**
 * Inline tags a paragraph of prose is commonly made of, none of them skipped (a skipped `code` must not be read
 * with its paragraph; a footnote mark is asked of `sup` and links apart, see holdsFootnoteMark). Anything else inside a block (another block, a skipped element, an image, a custom
 * element, which may host a shadow root, a shadow tree's slot) sends it down the exact, node-by-node path.
 */
const INLINE_TAGS =
  'a abbr b bdi bdo cite data del dfn em font i ins mark q s small span strong sub sup time u var wbr'.split(
    ' ',
  );

/**
 * What makes a block element's content more than one run of prose: any element inside it that is not a
 * common inline tag, or an attribute that can hide or take content out (`[style*=display]` is broader than
 * isSkippedElement's test on purpose: such elements take the exact, node-by-node path).
 *
 * Written as a list of allowed tags rather than of every block and skipped tag: the browser matches each
 * descendant against every selector of the list, and on a 1 MB article the 70-selector form took about
 * 25 ms more (first pass in a content script's world) than reading every paragraph's text.
 */
export const NOT_PLAIN = [
  `:not(${INLINE_TAGS.join(',')})`,
  '[hidden]',
  '[contenteditable]',
  '[style*="display" i]',
].join(',');

/**
 * Where a footnote mark may stand (see FOOTNOTE_MARK), and the one tag of INLINE_TAGS that may hold a shadow root
 * (see openShadowRoot).
 */
const EXACT_ONLY_PLACES = 'sup, a[href^="#"], span';

/**
 * True when a block element holds what only the exact path reads right: a footnote mark, which it skips, or a span
 * hosting a shadow root, whose tree it reads in place of the span's children. Asked apart from NOT_PLAIN: a
 * selector can neither read an element's text nor see a shadow root, and sending every paragraph with a link
 * within the page down the exact path (the benchmark's article links 7 % of its words so) doubled the content
 * script's heap on that page.
 */
export function holdsExactOnly(element: Element): boolean {
  for (const place of element.querySelectorAll(EXACT_ONLY_PLACES)) {
    if (place.localName === 'span' ? place.shadowRoot !== null : isSkippedElement(place)) return true;
  }
  return false;
}
