/**
 * Functions the end-to-end tests run inside a page, shared by the Chromium (Playwright) and Firefox
 * (puppeteer-core) tests: each driver serialises the function and runs it in the page, so it must use only
 * its argument and the page's globals.
 */

/** Where to point at the first Claim Lens highlight reading `wanted` (whitespace collapsed), or null. */
export function highlightPoint(wanted: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('claim-lens-')) continue;
    for (const range of highlight) {
      if (range.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}
