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

/**
 * Clears every timer id the page can reach, as some scripts do to stop other scripts' timers: a content script's
 * share the window's ids.
 */
export function clearEveryTimer(): void {
  const last = setTimeout(() => undefined, 0) as unknown as number;
  for (let id = 0; id <= last + 1000; id++) {
    clearTimeout(id);
    clearInterval(id);
  }
}

/** A claim the seeds state, for a page to add after its first scan. */
export const LATE_CLAIM = 'Later: close to 600,000 Syrians live in besieged areas, the UN says.';

/** Appends a paragraph of `text`, with id `id`, to the element of id `into`. */
export function appendParagraph({ into, id, text }: { into: string; id: string; text: string }): void {
  const p = document.createElement('p');
  p.id = id;
  p.textContent = text;
  document.getElementById(into)!.append(p);
}
