/**
 * The page's found claims per block container, in two layers. The current layer holds what the scans since
 * the last whole-page scan began have found. While a whole-page scan runs, the previous layer holds what was
 * found before it, and each container's old claims show until its new ones arrive or the scan ends: a rescan
 * (a changed corpus, a large change to the page) would otherwise take every highlight off a large page for as
 * long as it runs, and put most of them back.
 */
import type { FoundClaim } from './found-claim';

/** Found claims by container, with the claims of the last whole-page scan kept aside while a new one runs. */
export class FoundClaims {
  private readonly latest = new Map<Element, FoundClaim[]>();
  private previous: Map<Element, FoundClaim[]> | null = null;

  /** Every claim to show, in no particular order. */
  all(): FoundClaim[] {
    const out = this.current();
    if (this.previous && this.previous.size > 0) {
      // A claim found again elsewhere took its id: its old copy would show twice.
      const ids = new Set(out.map((claim) => claim.id));
      for (const [container, list] of this.previous) {
        if (this.latest.has(container) || !container.isConnected) continue;
        for (const claim of list) if (!ids.has(claim.id)) out.push(claim);
      }
    }
    return out;
  }

  /** The claims of the current layer: new claims take ids unused among these. */
  current(): FoundClaim[] {
    const out: FoundClaim[] = [];
    for (const list of this.latest.values()) out.push(...list);
    return out;
  }

  /** The containers with claims in either layer. */
  containers(): Element[] {
    const out = [...this.latest.keys()];
    if (this.previous)
      for (const container of this.previous.keys()) if (!this.latest.has(container)) out.push(container);
    return out;
  }

  /** Adds a claim found in `container` to the current layer. */
  add(container: Element, claim: FoundClaim): void {
    let list = this.latest.get(container);
    if (!list) this.latest.set(container, (list = []));
    list.push(claim);
  }

  /** Moves every claim aside as a whole-page scan begins; what is shown does not change. */
  setAside(): void {
    const previous = this.previous ?? new Map<Element, FoundClaim[]>();
    for (const [container, list] of this.latest) previous.set(container, list);
    this.previous = previous;
    this.latest.clear();
  }

  /** Drops, in both layers, the claims of the containers `gone` picks; true when any went. */
  drop(gone: (container: Element) => boolean): boolean {
    let changed = false;
    for (const layer of this.previous ? [this.latest, this.previous] : [this.latest]) {
      for (const container of [...layer.keys()])
        if (gone(container)) changed = layer.delete(container) || changed;
    }
    return changed;
  }

  /** Ends a whole-page scan: what it did not find again goes. True when that changed what is shown. */
  settle(): boolean {
    const hadAny = (this.previous?.size ?? 0) > 0;
    this.previous = null;
    return hadAny;
  }

  /** Forgets every claim. */
  clear(): void {
    this.latest.clear();
    this.previous = null;
  }
}
