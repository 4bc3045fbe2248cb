/**
 * Which elements hold no prose a reader reads, and which break a block of text: one list for the content script,
 * which reads pages, and the popup, which reads an article out of a page the reader adds to their documents.
 * Markup only (tag names, and a `pre`'s class), so both can ask it of every element of a large page.
 */

/**
 * Elements whose content is not prose a person reads (by `localName`, which is lower case in HTML, SVG and XML alike).
 * Computer code, keys and program output are in it: "timeout: 30" or `"Content-Type": "text/plain"` in a listing
 * states no fact, and matched against another page's code it is a wrong match. A `pre` is read: it also holds
 * whole plain-text documents (an RFC, a mailing list's messages); a listing in one is skipped by its `code`, or
 * by `isCodeListing`.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'code',
  'kbd',
  'samp',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'head',
  'title',
  // A ruby's annotation (its reading, its gloss): read with its base, "280,000" and "two hundred eighty thousand"
  // made one sentence of two figures.
  'rt',
  'rp',
]);

/**
 * What the tag of the content script's card host starts with (card-host.tsx's CARD_TAG_PREFIX; the rest is drawn
 * at each load, so no set of names can hold it).
 */
export const OWN_HOST_PREFIX = 'claim-lens-card-';

/**
 * True for a tag whose content is not read: SKIP_TAGS, and the card's host. The card's own words are in a closed
 * shadow root no reader opens; what a page may put in the host's light tree is never drawn (there is no slot), and
 * the page watcher takes changes under the host for our own, so such text would be read once and never again.
 * One prefix test more per element, failing at the first letter for almost every tag.
 */
export function isSkippedTag(localName: string): boolean {
  return SKIP_TAGS.has(localName) || localName.startsWith(OWN_HOST_PREFIX);
}

/**
 * Tags that break a block. Everything else (spans, links, custom elements) is inline, as the browser
 * treats unknown elements; reading computed styles for every element would cost too much on big pages.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Class names the common syntax highlighters give a listing or its frame (highlight.js `hljs`, Prism and
 * Markdown's `language-…`, Pygments and Rouge `highlight`, SyntaxHighlighter `brush:`, google-code-prettify
 * `prettyprint`, pandoc `sourceCode`, WP-Syntax `wp_syntax`, and the plain `code`), as whole words of a class list.
 */
const CODE_CLASS =
  /(?:^|[\s_-])(?:code|highlight|hljs|prettyprint|brush|syntax|sourcecode)(?:$|[\s_:-])|(?:^|\s)(?:language|lang)-/i;

/**
 * True for a `pre` that a highlighter marks as a code listing, on itself or its parent. Many highlighters write
 * no `code` element (WP-Syntax writes `<td class="code"><pre class="javascript">`), and a `pre` alone may be a
 * plain-text document, so its class is the sign. Asked of `pre` elements only, which are few.
 */
export function isCodeListing(element: Element): boolean {
  if (element.localName !== 'pre') return false;
  const parent = element.parentElement;
  return (
    CODE_CLASS.test(element.getAttribute('class') ?? '') ||
    (parent !== null && CODE_CLASS.test(parent.getAttribute('class') ?? ''))
  );
}
