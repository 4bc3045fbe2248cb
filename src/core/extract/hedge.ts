/**
 * Which qualifiers hedge the figure itself ("some 42,000", "an estimated 1,200"). Its own module, without the
 * qualifier tables, so the page's card can ask it too.
 */

/** Qualifiers that hedge the figure itself; QuantityValue.vague is set for them. */
export function isHedge(q: string | undefined): boolean {
  return q === 'some' || q === 'estimated';
}
