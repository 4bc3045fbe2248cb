/**
 * Reads a page's prose as blocks: runs of inline content between block boundaries, with whitespace
 * collapsed the way a reader sees it, and a map from every block offset back to (text node, offset).
 *
 * Claims are extracted from a block's text, not from single text nodes, so "<b>280,000</b> people were
 * killed" is one claim; the map turns its span back into one DOM Range across the markup.
 */

import { BLOCK_TAGS } from '../shared/element-tags';
import { holdsExactOnly, isCustomName, isSkippedElement, NOT_PLAIN, openShadowRoot } from './element-kinds';
import { FlatWalk } from './flat-walk';
import { shadowReadsOf } from './shadow-reads';

/** A run of block text that comes from consecutive characters of one text node. */
export interface Segment {
  node: Text;
  /** Offset of the run in `node.data`. */
  nodeStart: number;
  /** Offset of the run in the block's text. */
  blockStart: number;
  length: number;
}

/** One block of prose: its text as read and where each part of it lives in the DOM. */
export interface Block {
  /** Nearest non-inline ancestor: blocks never cross it, so it is the unit of rescans. */
  container: Element;
  text: string;
  /**
   * Where each part of `text` lives; null for a block read whole from its container's text, whose
   * segments are worked out only when a claim in it needs a Range (see `segmentsOf`).
   */
  segments: Segment[] | null;
}

/**
 * What reading changes, in order of precedence: a lone no-break, narrow no-break or thin space between digits
 * (captured), which groups a figure's digits ("280 000" in French and SI style) and is kept, so the engine reads
 * one figure, not two; then a run of whitespace and characters no reader sees (soft hyphens, zero-width spaces
 * and joiners, word joiners), which reads as one space when it holds whitespace and as nothing otherwise: a
 * hyphenation point in "kil&shy;led" or "Feb&shy;ruary" must not split the word.
 */
const RUNS = /(?<=\d)([\u00a0\u2009\u202f])(?=\d)|[\s\u00ad\u200b-\u200d\u2060]+/g;

/** True for a run of RUNS that holds whitespace (and reads as one space). */
const HAS_SPACE = /\s/;

/**
 * What reading may change: whitespace other than a plain space, two in a row, or an invisible character. Tested
 * first because most prose has none, and a test allocates nothing where a replace builds a new string.
 */
const COLLAPSIBLE = /[^\S ]| {2}|[\u00ad\u200b-\u200d\u2060]/;

/** What a run of RUNS reads as. */
function runAs(run: string, group: string | undefined): string {
  return group ?? (HAS_SPACE.test(run) ? ' ' : '');
}

/** `text` with each run read as RUNS says (the same string when there is nothing to change). */
function collapseRuns(text: string): string {
  return COLLAPSIBLE.test(text) ? text.replace(RUNS, runAs) : text;
}

/** Text as a reader sees it: whitespace runs as one space, none at either end. */
function collapse(text: string): string {
  const collapsed = collapseRuns(text);
  const from = collapsed.charCodeAt(0) === 32 ? 1 : 0;
  const to = collapsed.length > from && collapsed.charCodeAt(collapsed.length - 1) === 32 ? -1 : undefined;
  return from === 0 && to === undefined ? collapsed : collapsed.slice(from, to);
}

/** Accumulates one block's collapsed text and its segments. */
class BlockBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastSpace = true;
  segments: Segment[] = [];

  constructor(readonly container: Element) {}

  add(node: Text): void {
    const data = node.data;
    // Most text nodes hold no run of two or more whitespace characters and nothing invisible: reading then
    // keeps every offset, so the whole node is one segment and one string, not a segment and a slice per word.
    const collapsed = collapseRuns(data);
    if (collapsed.length === data.length) {
      this.addWhole(node, collapsed);
      return;
    }
    let index = 0;
    RUNS.lastIndex = 0;
    for (let match = RUNS.exec(data); ; match = RUNS.exec(data)) {
      const runAt = match ? match.index : data.length;
      if (runAt > index) {
        this.push(node, index, data.slice(index, runAt));
        this.lastSpace = false;
      }
      if (!match) break;
      index = runAt + match[0].length;
      const read = runAs(match[0], match[1]);
      if (read === '') continue; // Invisible only: the words on either side join.
      if (read !== ' ') {
        this.push(node, runAt, read);
        this.lastSpace = false;
        continue;
      }
      // A run of whitespace reads as one space, mapped to its first character.
      if (!this.lastSpace) this.push(node, runAt, ' ');
      this.lastSpace = true;
    }
  }

  /** Adds a node whose collapsed text has its length (each whitespace run is one character). */
  private addWhole(node: Text, collapsed: string): void {
    // A leading space after a space (or at the block's start) is dropped, as the general path does.
    const from = this.lastSpace && collapsed.charCodeAt(0) === 32 ? 1 : 0;
    if (from >= collapsed.length) return;
    this.push(node, from, from === 0 ? collapsed : collapsed.slice(1));
    this.lastSpace = collapsed.charCodeAt(collapsed.length - 1) === 32;
  }

  private push(node: Text, nodeStart: number, text: string): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.nodeStart + last.length === nodeStart &&
      last.blockStart + last.length === this.length
    ) {
      last.length += text.length;
    } else {
      this.segments.push({ node, nodeStart, blockStart: this.length, length: text.length });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  finish(): Block | null {
    let text = this.parts.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = this.segments[this.segments.length - 1];
      if (last) {
        last.length -= 1;
        if (last.length === 0) this.segments.pop();
      }
    }
    return text.length === 0 ? null : { container: this.container, text, segments: this.segments };
  }
}

/** The block of a block element holding only inline prose, read with one native `textContent` call. */
function plainBlock(element: Element): Block | null {
  const text = collapse(element.textContent ?? '');
  return text.length === 0 ? null : { container: element, text, segments: null };
}

/**
 * The segments of a block, worked out from its container's text nodes for a block read whole. Null when
 * that text no longer reads as the block's text: the page changed it, and offsets into it mean nothing.
 */
export function segmentsOf(block: Block): Segment[] | null {
  if (block.segments !== null) return block.segments;
  const builder = new BlockBuilder(block.container);
  const walker = block.container.ownerDocument.createTreeWalker(block.container, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) builder.add(node as Text);
  const read = builder.finish();
  if (read === null || read.text !== block.text) return null;
  block.segments = read.segments;
  return read.segments;
}

/**
 * Yields the blocks under `root` in document order. A generator, so the caller can stop between blocks
 * to give the page its thread back; the TreeWalker survives DOM changes in between.
 *
 * The walker has no filter: a filter is a call from the browser into script for every node, which costs
 * more than the walk itself on a large page. Skipped subtrees are stepped over by hand instead.
 * `wholeBlocks` false reads every block node by node (the reference the whole-block path must equal).
 *
 * What is read is what the browser draws: an element's open shadow tree instead of its children, with the
 * children assigned to its slots read there (see FlatWalk). Closed shadow roots cannot be seen from a script.
 */
export function* readBlocks(root: Element, wholeBlocks = true): Generator<Block, void, undefined> {
  const doc = root.ownerDocument;
  const shadows = shadowReadsOf(doc);
  const walk = new FlatWalk(doc, root);
  let builder: BlockBuilder | null = null;
  let brokeSince = false;
  const rootShadow = openShadowRoot(root);
  if (rootShadow) shadows?.rootRead(rootShadow);
  let node: Node | null = rootShadow ? walk.enterShadow(rootShadow, root) : walk.next();
  while (node) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkippedElement(element)) {
        node = walk.skip();
        continue;
      }
      const block = BLOCK_TAGS.has(element.localName);
      if (block) brokeSince = true;
      const shadow = openShadowRoot(element);
      if (shadow) {
        shadows?.rootRead(shadow);
        node = walk.enterShadow(shadow, block ? element : walk.containerOf(element));
        continue;
      }
      if (shadows && isCustomName(element.localName)) shadows.hostless(element);
      const assigned = element.localName === 'slot' ? assignedTo(element) : null;
      if (assigned) {
        node = walk.enterSlot(assigned, walk.containerOf(element));
        continue;
      }
      // A paragraph of plain prose (the bulk of an article) is read with one native call instead of a
      // visit to each of its nodes; only its claims' blocks ever need the node-by-node map.
      if (block && wholeBlocks && element.querySelector(NOT_PLAIN) === null && !holdsExactOnly(element)) {
        const done = builder?.finish();
        if (done) yield done;
        builder = null;
        const plain = plainBlock(element);
        if (plain) yield plain;
        node = walk.skip();
        continue;
      }
      node = walk.next();
      continue;
    }
    const text = node as Text;
    const container = walk.containerOf(text);
    if (builder === null || brokeSince || builder.container !== container) {
      const done = builder?.finish();
      if (done) yield done;
      builder = new BlockBuilder(container);
      brokeSince = false;
    }
    builder.add(text);
    node = walk.next();
  }
  const done = builder?.finish();
  if (done) yield done;
}

/** The nodes assigned to a slot of a shadow tree, or null when it has none and shows its own children. */
function assignedTo(slot: Element): readonly Node[] | null {
  const assignedNodes = (slot as Partial<HTMLSlotElement>).assignedNodes;
  if (typeof assignedNodes !== 'function') return null;
  const nodes = assignedNodes.call(slot);
  return nodes.length > 0 ? nodes : null;
}

/** Maps a block offset to a DOM position; an end offset on a segment boundary stays in the earlier node. */
export function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const segments = segmentsOf(block);
  if (segments === null) return null;
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = segments[mid]!.blockStart;
    if (isEnd ? start < offset : start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const segment = segments[Math.max(found, 0)];
  if (!segment) return null;
  const within = Math.max(0, Math.min(offset - segment.blockStart, segment.length));
  return { node: segment.node, offset: Math.min(segment.nodeStart + within, segment.node.length) };
}

/**
 * The text nodes block text [start, end) was read from, in order: what a claim's visibility is asked of (its Range
 * also covers what reading skipped in between, such as a footnote mark). Empty when the block's nodes are not known.
 */
export function textNodesOf(block: Block, start: number, end: number): Text[] {
  const out: Text[] = [];
  for (const segment of segmentsOf(block) ?? []) {
    if (segment.blockStart >= end) break;
    if (segment.blockStart + segment.length <= start || out[out.length - 1] === segment.node) continue;
    out.push(segment.node);
  }
  return out;
}

/** The DOM Range of block text [start, end), or null when the block's nodes have changed since it was read. */
export function rangeOf(block: Block, start: number, end: number): Range | null {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = block.container.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
