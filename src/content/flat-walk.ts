/**
 * Walks a subtree as the browser draws it (the "flat tree"): an element's open shadow tree in place of its
 * children, and in each of the tree's slots the host's children assigned to it (or the slot's own children, its
 * fallback, when none is). A host's other children are not drawn, and not walked.
 *
 * One TreeWalker per tree it enters: the walker of the tree the reader starts in does all the work on a page
 * without shadow roots, and the walk costs nothing more there than the walker alone.
 */
import { BLOCK_TAGS } from '../shared/element-tags';
import { blockContainerOf } from './element-kinds';

const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/** A tree the walk entered: a shadow tree, or the nodes assigned to a slot. */
interface Frame {
  /** The walker to go back to, at the host or slot, when this tree is walked. */
  readonly back: TreeWalker;
  readonly up: Frame | null;
  /** The block container of the host or slot: that of text with no block around it inside this tree. */
  readonly outer: Element;
  /** The shadow root, or the assigned node walked now: no container is looked for above it. */
  top: Node;
  /** A slot's assigned nodes, walked one after another; null for a shadow tree. */
  readonly assigned: readonly Node[] | null;
  next: number;
}

/** Moves the walker past the current node's subtree: its next sibling, or an ancestor's. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** A walk of the elements and text under a root in drawing order, entering the shadow trees it is told to. */
export class FlatWalk {
  private walker: TreeWalker;
  private frame: Frame | null = null;
  /**
   * Consecutive text nodes mostly share a parent: its container is remembered until the walk changes trees
   * (undefined: none is; null is the parent of text right under a shadow root).
   */
  private lastParent: Element | null | undefined = undefined;
  private lastContainer: Element;

  constructor(
    private readonly doc: Document,
    private readonly root: Element,
  ) {
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENTS_AND_TEXT);
    this.lastContainer = root;
  }

  /** The next node in order (the first one, on the first call). */
  next(): Node | null {
    return this.walker.nextNode() ?? this.leave();
  }

  /** The next node past the current one's subtree. */
  skip(): Node | null {
    return nextOutside(this.walker) ?? this.leave();
  }

  /**
   * Walks `shadow` in place of its host's children (the current node, of container `outer`); returns the first
   * node of the walk from there.
   */
  enterShadow(shadow: ShadowRoot, outer: Element): Node | null {
    this.push(shadow, null, outer);
    return this.next();
  }

  /**
   * Walks a slot's assigned nodes (not empty) in place of its own children; returns the first of them, which is to
   * be read itself, before its subtree.
   */
  enterSlot(assigned: readonly Node[], outer: Element): Node {
    const first = assigned[0]!;
    this.push(first, assigned, outer);
    return first;
  }

  /**
   * The block container `node` (text, or the current element) belongs to as drawn: its nearest block ancestor in
   * the tree walked now, else that of the host or slot the tree is drawn in; for the tree the walk started in,
   * its nearest block ancestor, else the root.
   */
  containerOf(node: Node): Element {
    const parent = node.parentElement;
    if (parent === this.lastParent) return this.lastContainer;
    const frame = this.frame;
    let container: Element | null = null;
    if (frame === null) container = parent && blockContainerOf(parent);
    // An assigned node's parent is its host, which is not drawn here.
    else if (node !== frame.top) {
      for (let e = parent; e && !container; e = e === frame.top ? null : e.parentElement)
        if (BLOCK_TAGS.has(e.localName)) container = e;
    }
    this.lastParent = parent;
    this.lastContainer = container ?? frame?.outer ?? this.root;
    return this.lastContainer;
  }

  private push(top: Node, assigned: readonly Node[] | null, outer: Element): void {
    this.frame = { back: this.walker, up: this.frame, outer, top, assigned, next: 1 };
    this.walker = this.doc.createTreeWalker(top, SHOW_ELEMENTS_AND_TEXT);
    this.lastParent = undefined;
  }

  /** Where the walk goes on when the current tree is done: the slot's next assigned node, or back out. */
  private leave(): Node | null {
    for (let frame = this.frame; frame; frame = this.frame) {
      this.lastParent = undefined;
      if (frame.assigned && frame.next < frame.assigned.length) {
        const node = frame.assigned[frame.next++]!;
        frame.top = node;
        this.walker = this.doc.createTreeWalker(node, SHOW_ELEMENTS_AND_TEXT);
        return node;
      }
      this.frame = frame.up;
      this.walker = frame.back;
      // The host's or slot's own children were drawn over, or stood in for: they are not walked.
      const next = nextOutside(this.walker);
      if (next) return next;
    }
    return null;
  }
}
