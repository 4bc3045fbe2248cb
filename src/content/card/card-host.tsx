/**
 * Hosts the card in a closed shadow root on a <claim-lens-card-…> element at the end of <html> (or, beside a claim in
 * a modal dialog, a fullscreen element or a popover, inside it: see top-layer.ts): page scripts cannot read into
 * it, page styles cannot restyle it, and being position: fixed it never moves the page's own layout.
 */
import { render } from 'preact';
import type { DocumentInfo } from '../../core/types';
import type { FoundClaim } from '../found-claim';
import { adoptStyles } from '../adopt-styles';
import { Card } from './Card';
import { CARD_CSS, CARD_TYPE } from './card-styles';
import { claimShows } from './claim-in-view';
import { hasPopovers, layerFor, lower, raise } from './top-layer';
import { cardAnchor, inView, MIN_HEIGHT, placeCard, visibleView, type ViewBox } from './card-place';
import { parentAcross } from '../element-kinds';

/** What the host element's tag starts with, for tests and readers of the page to know it by. */
export const CARD_TAG_PREFIX = 'claim-lens-card-';

/** A few letters and digits drawn at random. */
function randomPart(): string {
  const words = globalThis.crypto?.getRandomValues?.(new Uint32Array(2)) ?? [
    Math.random() * 2 ** 32,
    Math.random() * 2 ** 32,
  ];
  return [...words].map((word) => Math.floor(word).toString(36)).join('');
}

/**
 * Tag of the host element: CARD_TAG_PREFIX and a part drawn at random at each load. A page may define any name
 * as a custom element of its own, and its constructor then runs on the host we create: one that attached a shadow
 * root of its own made ours fail to attach, one that took itself out left nothing, and no card ever came up. It
 * cannot define a name it cannot know before the card is first shown.
 */
export const CARD_TAG = `${CARD_TAG_PREFIX}${randomPart()}`;

/** The card's placement, where it was written before it had a file of its own. */
export { cardAnchor, placeCard } from './card-place';

/** Relative luminance (0 dark … 1 light) of a CSS rgb()/rgba() colour; null when transparent or unparsable. */
export function luminance(color: string): number | null {
  const match = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * True when the page looks dark where the claim is: the background of `near`'s nearest ancestor that has an
 * opaque one (read as the card opens, not kept), else body's or html's, else the reader's preference. A page may
 * paint its dark background on a wrapper, its body and html left transparent: read from them only, its card
 * came up white.
 */
export function pageIsDark(doc: Document, near?: Node | null): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  // Up from the claim to <html>, through the hosts of shadow roots; from <body> without a claim.
  const start = near
    ? near.nodeType === Node.ELEMENT_NODE
      ? (near as Element)
      : parentAcross(near)
    : doc.body;
  for (let element = start; element; element = parentAcross(element)) {
    const value = luminance(view.getComputedStyle(element).backgroundColor);
    if (value !== null) return value < 0.3;
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme || '';
  return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/** The CSS zoom an element is drawn at (`currentCSSZoom`, where the browser has it), 1 otherwise. */
function cssZoomOf(element: Element): number {
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/** What the host shows now. */
export interface CardView {
  claim: FoundClaim;
  documents: ReadonlyMap<string, DocumentInfo> | null;
  /** The point the card should sit next to (pointer position), or null for the claim's first line. */
  near: { x: number; y: number } | null;
  /**
   * True when the page gives its own date. A yearless "February 27" on an undated page was read against the
   * reader's today, so the card does not state that year as the claim's.
   */
  pageDated: boolean;
  onOpenFullView: () => void;
  onClose: () => void;
}

/** The card's host element and shadow root, created on first use. */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private wrap: HTMLElement | null = null;
  /** The card's size uncut and the least it is cut to, for the viewport and type it was measured at. */
  private natural: { width: number; height: number; minHeight: number; key: string } | null = null;

  constructor(private readonly doc: Document) {}

  /** The host element, when it exists (for event checks). */
  get element(): HTMLElement | null {
    return this.host;
  }

  private ensure(): HTMLElement {
    if (this.wrap && this.host) return this.wrap;
    const host = this.doc.createElement(CARD_TAG);
    // CSSOM writes are allowed under a strict style-src, unlike style attributes.
    for (const [name, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
      ['overflow', 'visible'],
    ]) {
      host.style.setProperty(name!, value!, 'important');
    }
    // Shown, it enters the top layer, over a page's modal dialog, popovers and fullscreen element.
    if (hasPopovers(host)) host.popover = 'manual';
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(root, CARD_CSS);
    const wrap = this.doc.createElement('div');
    wrap.className = 'wrap';
    // The card is English whatever the page: under an Arabic page's dir="rtl" its sentences came out
    // reordered ("sources agree 2", ".March 2011").
    wrap.dir = 'ltr';
    wrap.lang = 'en';
    root.append(wrap);
    this.host = host;
    this.root = root;
    this.wrap = wrap;
    return wrap;
  }

  /**
   * Renders (or re-renders) the card and places it next to the claim; false, and nothing shown, when the claim is
   * out of view (see place): shown anyway, the card came up where the last one was, or at the window's corner.
   */
  show(view: CardView): boolean {
    const wrap = this.ensure();
    this.attach(view.claim);
    this.natural = null;
    render(
      <Card
        claim={view.claim}
        documents={view.documents}
        pageDated={view.pageDated}
        onOpenFullView={view.onOpenFullView}
        onClose={view.onClose}
      />,
      wrap,
    );
    const card = wrap.firstElementChild as HTMLElement | null;
    card?.classList.toggle('dark', pageIsDark(this.doc, view.claim.range.startContainer));
    if (this.place(view.claim, view.near)) return true;
    this.hide();
    return false;
  }

  /**
   * Puts the host where the claim's card can be used (inside the claim's modal dialog or popover, see layerFor, else
   * at the end of <html>) and in the top layer. A host the page took out is put back.
   */
  private attach(claim: FoundClaim): void {
    const host = this.host;
    if (!host) return;
    const root = this.doc.documentElement;
    const layer = (hasPopovers(host) && layerFor(claim.range.startContainer)) || root;
    // Moving a shown popover hides it; raise shows it again, over what the page has put in the top layer since.
    if (host.parentNode !== layer) layer.append(host);
    // Not drawn there (a closed shadow root on the layer leaves its new child out): back where it always is drawn.
    if (layer !== root && host.getClientRects().length === 0) root.append(host);
    raise(host);
  }

  /** The card's size uncut: measured after a render and when the window or its type changed, not at each scroll. */
  private measure(wrap: HTMLElement, viewport: ViewBox) {
    const card = wrap.firstElementChild as HTMLElement | null;
    // Its type, which the reader's font size sets (see card-styles.ts): its box grows with it.
    const type =
      (card && parseFloat(this.doc.defaultView?.getComputedStyle(card).fontSize ?? '')) || CARD_TYPE;
    const key = `${viewport.width}x${viewport.height}@${type}`;
    if (this.natural?.key === key) return this.natural;
    // Measured at its own height, not at the cut a previous placement gave it. Only then: taking the cut off and
    // putting it back at each scroll threw away how far the reader had scrolled the card's list.
    card?.style.removeProperty('max-height');
    card?.classList.remove('cut');
    const box = wrap.getBoundingClientRect();
    this.natural = { width: box.width, height: box.height, minHeight: (MIN_HEIGHT * type) / CARD_TYPE, key };
    return this.natural;
  }

  /**
   * Moves the card next to its claim again (after a scroll); false when the claim is out of view: out of what the
   * reader sees of the window (across too, on a page wider than it; within a pinch zoom's visual viewport), or
   * scrolled out of sight inside a box of the page that scrolls on its own.
   */
  place(claim: FoundClaim, near: { x: number; y: number } | null): boolean {
    const wrap = this.wrap;
    if (!wrap) return false;
    const rects = [...claim.range.getClientRects()];
    const viewport = visibleView(this.doc.defaultView);
    const anchor = cardAnchor(rects, near);
    if (!anchor || !inView(rects, viewport)) return false;
    if (!claimShows(claim.range)) return false;
    const card = wrap.firstElementChild as HTMLElement | null;
    const { left, top, maxHeight } = placeCard(anchor, this.measure(wrap, viewport), viewport);
    // Under a page's CSS `zoom` the card is zoomed too: rects and the viewport are measured zoomed, but the
    // card's own lengths are multiplied by the zoom, so they are given unzoomed.
    const zoom = cssZoomOf(wrap);
    if (maxHeight !== null) card?.style.setProperty('max-height', `${maxHeight / zoom}px`);
    else card?.style.removeProperty('max-height');
    // Cut, its body scrolls as one (see card-styles.ts).
    card?.classList.toggle('cut', maxHeight !== null);
    wrap.style.setProperty('left', `${left / zoom}px`);
    wrap.style.setProperty('top', `${top / zoom}px`);
    return true;
  }

  /** True when `node` is inside the card (event targets are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  /** Moves keyboard focus into the card. */
  focus(): void {
    (this.wrap?.firstElementChild as HTMLElement | null)?.focus();
  }

  /** True when keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.host !== null && this.doc.activeElement === this.host;
  }

  /**
   * Empties the card but keeps the host for next time, out of the top layer and back at the end of <html>: a
   * page's dialog is left as the page made it.
   */
  hide(): void {
    if (this.wrap) render(null, this.wrap);
    const host = this.host;
    if (!host) return;
    lower(host);
    if (host.isConnected && host.parentNode !== this.doc.documentElement)
      this.doc.documentElement.append(host);
  }

  /** Removes the host element entirely. */
  destroy(): void {
    if (this.wrap) render(null, this.wrap);
    if (this.host) lower(this.host);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.wrap = null;
  }
}
