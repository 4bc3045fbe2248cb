/** A count as a person reads it in a message: "491,529", not "491529"; one form for every message that gives one. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
