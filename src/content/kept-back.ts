/**
 * The claims a scan found but keeps back because a reader cannot see them: every claim of a block that styles hide
 * (a closed <details>, an inactive tab panel), and single claims hidden inside a shown block (a screen readers'
 * copy, a copy for another screen width, a sentence faded out). Asked again when the page is restyled or resized,
 * together with the claims shown, so that what came into view or went out of it is read again.
 */
import { seenPlaces, type ClaimPlace } from './claim-visibility';
import { containsFlat, isShown } from './element-kinds';

/** A claim's place on the page, with the block container it was read in. */
export interface PlacedClaim extends ClaimPlace {
  readonly container: Element;
}

/** The place of `range` in `container`: the range and every text node in it. */
export function placeOf(container: Element, range: Range): PlacedClaim {
  const nodes: Text[] = [];
  const start = range.startContainer;
  if (start.nodeType === 3 && start === range.endContainer) nodes.push(start as Text);
  else {
    const walker = container.ownerDocument.createTreeWalker(
      range.commonAncestorContainer,
      0x4 /* SHOW_TEXT */,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return { container, range, nodes };
}

/** Claims kept back, by container. */
export class KeptBack {
  /** Per container: null when the whole block is hidden (its claims were never placed), else its hidden claims. */
  private readonly held = new Map<Element, PlacedClaim[] | null>();

  /** Keeps back every claim of `container`, hidden as a whole. */
  holdBlock(container: Element): void {
    this.held.set(container, null);
  }

  /** Keeps back one claim a reader cannot see in a shown block. */
  holdClaim(place: PlacedClaim): void {
    const list = this.held.get(place.container);
    // A block hidden as a whole is read again when shown, this claim with it.
    if (list === null) return;
    if (list) list.push(place);
    else this.held.set(place.container, [place]);
  }

  /** Forgets what was kept back in the containers `gone` picks (read again, or gone from the page). */
  drop(gone: (container: Element) => boolean): void {
    for (const container of [...this.held.keys()]) if (gone(container)) this.held.delete(container);
  }

  /** Forgets everything kept back. */
  clear(): void {
    this.held.clear();
  }

  /**
   * The containers under or around `targets` whose claims came into view or went out of it since they were read: a hidden
   * block now shown, a kept-back claim now seen, or a claim of `shown` (those highlighted) no longer seen. One
   * block test per container and one batched claim test (see seenPlaces) for the claims under the targets.
   */
  changed(targets: readonly Element[], shown: readonly PlacedClaim[]): Element[] {
    // A restyled element around a block, or inside it (an inline copy for another screen width, a "more" span).
    const under = (container: Element) =>
      targets.some((target) => containsFlat(target, container) || containsFlat(container, target));
    const blockShown = new Map<Element, boolean>();
    const blockTest = (container: Element) => {
      let visible = blockShown.get(container);
      if (visible === undefined) blockShown.set(container, (visible = isShown(container)));
      return visible;
    };
    const out = new Set<Element>();
    const asked: PlacedClaim[] = [];
    const wasSeen: boolean[] = [];
    const ask = (place: PlacedClaim, seen: boolean) => {
      asked.push(place);
      wasSeen.push(seen);
    };
    for (const [container, list] of this.held) {
      if (!container.isConnected) this.held.delete(container);
      else if (!under(container) || !blockTest(container)) continue;
      else if (list === null) out.add(container);
      else for (const place of list) ask(place, false);
    }
    for (const place of shown) {
      const container = place.container;
      if (out.has(container) || !container.isConnected || !under(container)) continue;
      if (!blockTest(container)) out.add(container);
      else ask(place, true);
    }
    const seen = seenPlaces(asked);
    seen.forEach((now, i) => {
      if (now !== wasSeen[i]) out.add(asked[i]!.container);
    });
    return [...out];
  }
}
