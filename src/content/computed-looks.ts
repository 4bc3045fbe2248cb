/**
 * What the computed styles of a claim's text and of the elements around it say about whether a reader can see it
 * (see claim-visibility.ts, which adds what only geometry tells): each element's style read once for a batch of
 * claims, since most claims of a page share their ancestors, and each property read costs a call into the engine.
 */
import { parentAcross } from './element-kinds';

/** What one element's computed style says for the text under it. */
interface Look {
  /** Nothing under it is drawn: a clip or clip-path of no area. */
  gone: boolean;
  /** It clips what overflows its box: a box of (about) no size shows nothing, and text past its edge is cut. */
  clips: boolean;
}

/** What the elements from one element to the root say together. */
export interface Chain {
  gone: boolean;
  /** The elements among them that clip, nearest first. */
  clippers: readonly Element[];
}

const NO_CHAIN: Chain = { gone: false, clippers: [] };

/** Displays overflow does not apply to: such an element clips nothing, whatever its computed overflow says. */
const UNCLIPPED_DISPLAYS: ReadonlySet<string> = new Set([
  'inline',
  'contents',
  'none',
  'table-row',
  'table-row-group',
  'table-header-group',
  'table-footer-group',
  'table-column',
  'table-column-group',
]);

/** Overflows that clip what goes past the box (`auto` and `scroll` too: a box of no size shows nothing of them). */
const CLIPPING_OVERFLOWS: ReadonlySet<string> = new Set(['hidden', 'clip', 'auto', 'scroll']);

/** The canvas a page with no background of its own is drawn on, in a light colour scheme. */
const DEFAULT_CANVAS = 'rgb(255, 255, 255)';

/** True for a computed colour that hides what is behind it (Chromium and Firefox write those as `rgb(…)`). */
function isOpaque(colour: string): boolean {
  return colour.startsWith('rgb(');
}

/** The element a node is drawn in: its slot when assigned to one, else its parent (a shadow root's host). */
export function drawnIn(node: Node): Element | null {
  return (node as Partial<Text>).assignedSlot ?? parentAcross(node);
}

/**
 * True when an element's clip or clip-path leaves nothing of it: a `clip: rect(…)` of no area on a positioned box
 * (the screen readers' `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`), or an `inset()` clip-path whose percentages
 * meet (`inset(50%)`). Other shapes are left to the eye: they rarely hide a whole text.
 */
export function clipsAll(style: CSSStyleDeclaration): boolean {
  const position = style.position;
  const clip = position === 'absolute' || position === 'fixed' ? style.clip : 'auto';
  if (clip && clip !== 'auto') {
    const [top, right, bottom, left] = (/^rect\((.*)\)$/.exec(clip)?.[1] ?? '')
      .split(/[\s,]+/)
      .map((side) => (side.endsWith('px') ? parseFloat(side) : NaN));
    if ((right! <= left! && !isNaN(right!)) || (bottom! <= top! && !isNaN(bottom!))) return true;
  }
  const path = /^inset\(([^)]*?)(?:\s+round\b[^)]*)?\)$/.exec(style.clipPath ?? '');
  if (!path) return false;
  const sides = path[1]!.trim().split(/\s+/);
  if (!sides.every((side) => side.endsWith('%'))) return false;
  const [top, right = top, bottom = top, left = right] = sides.map(parseFloat);
  return top! + bottom! >= 100 || left! + right! >= 100;
}

/** Computed looks of elements, kept for one batch of claims (styles may change between batches). */
export class Looks {
  private readonly styles = new Map<Element, CSSStyleDeclaration>();
  private readonly chains = new Map<Element, Chain>();
  private readonly fills = new Map<Element, string | null | undefined>();
  private readonly texts = new Map<Element, boolean>();
  /** The canvas's colour, or null when not known; undefined until asked. */
  private canvas: string | null | undefined = undefined;
  private rootPropagates: boolean | null = null;

  constructor(private readonly view: Window) {}

  /** The element's computed style (one object per element: each is a live view, costly to make). */
  style(element: Element): CSSStyleDeclaration {
    let style = this.styles.get(element);
    if (!style) this.styles.set(element, (style = this.view.getComputedStyle(element)));
    return style;
  }

  /** What `element` and its ancestors in the drawn tree say, each element's style read once a batch. */
  chainOf(element: Element): Chain {
    const path: Element[] = [];
    let above: Chain = NO_CHAIN;
    for (let e: Element | null = element; e; e = drawnIn(e)) {
      const known = this.chains.get(e);
      if (known) {
        above = known;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i]!;
      const look = this.lookOf(e);
      above = {
        gone: above.gone || look.gone,
        clippers: look.clips ? [e, ...above.clippers] : above.clippers,
      };
      this.chains.set(e, above);
    }
    return above;
  }

  private lookOf(element: Element): Look {
    const style = this.style(element);
    const gone = clipsAll(style);
    const root = element.ownerDocument.documentElement;
    // The root's overflow, and the body's when the root's is visible, go to the viewport: they clip nothing.
    if (element === root || (element === element.ownerDocument.body && this.bodyPropagates(root))) {
      return { gone, clips: false };
    }
    // Each property read costs a call into the engine: display only matters for a box that clips.
    const overflows = CLIPPING_OVERFLOWS.has(style.overflowX) || CLIPPING_OVERFLOWS.has(style.overflowY);
    return { gone, clips: overflows && !UNCLIPPED_DISPLAYS.has(style.display) };
  }

  private bodyPropagates(root: Element): boolean {
    if (this.rootPropagates === null) {
      const style = this.style(root);
      this.rootPropagates =
        !CLIPPING_OVERFLOWS.has(style.overflowX) && !CLIPPING_OVERFLOWS.has(style.overflowY);
    }
    return this.rootPropagates;
  }

  /**
   * True when the text drawn in `parent` can be seen by its style alone: shown (display, visibility, opacity, on it
   * and every ancestor, closed content-visibility), of some size, and not in its backdrop's own colour (an outline
   * or a shadow would draw it all the same).
   */
  textSeen(parent: Element): boolean {
    let seen = this.texts.get(parent);
    if (seen === undefined) this.texts.set(parent, (seen = this.textSeenNow(parent)));
    return seen;
  }

  private textSeenNow(parent: Element): boolean {
    const check = (parent as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (
      typeof check === 'function' &&
      !check.call(parent, { opacityProperty: true, visibilityProperty: true })
    )
      return false;
    const style = this.style(parent);
    if (parseFloat(style.fontSize) === 0) return false;
    const fill = style.getPropertyValue('-webkit-text-fill-color') || style.color;
    if (!isOpaque(fill) || this.backdropOf(parent) !== fill) return true;
    const shadow = style.textShadow;
    return (
      (shadow !== '' && shadow !== 'none') ||
      parseFloat(style.getPropertyValue('-webkit-text-stroke-width')) > 0
    );
  }

  /**
   * The colour drawn behind text in `element`: the first opaque background up the drawn tree, or the canvas's.
   * Null when something else may lie behind it: a background image, or a positioned element, whose siblings or
   * children may be drawn under the text (a hero image under a white title).
   */
  private backdropOf(element: Element): string | null {
    for (let e: Element | null = element; e; e = drawnIn(e)) {
      let fill = this.fills.get(e);
      if (fill === undefined) {
        const style = this.style(e);
        const image = style.backgroundImage;
        if ((image && image !== 'none') || (style.position && style.position !== 'static')) fill = null;
        else fill = isOpaque(style.backgroundColor) ? style.backgroundColor : '';
        this.fills.set(e, fill);
      }
      if (fill !== '') return fill;
    }
    if (this.canvas === undefined) {
      const doc = element.ownerDocument;
      // A dark scheme draws a dark canvas: its colour is not known here. The meta is looked for in the head only:
      // a query of a whole large page that has none costs a millisecond.
      const scheme = this.style(doc.documentElement).colorScheme ?? 'normal';
      const dark = /dark/.test(scheme) || doc.head?.querySelector('meta[name="color-scheme"]');
      this.canvas = dark ? null : DEFAULT_CANVAS;
    }
    return this.canvas;
  }
}
