/**
 * Reading the hover card's boxes in Chromium, and the boxes of the claims it points at. The card's shadow root is
 * closed, so neither page script nor Playwright locators reach into it, and its boxes are read through DevTools' DOM
 * domain instead.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** A box in the page's viewport, in CSS pixels. */
export interface CardBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Runs `read` on the first node inside the card (its shadow root is closed, so through DevTools) whose class
 * list holds `className`; undefined when there is none.
 */
export async function inCard<T>(
  page: Page,
  className: string,
  read: (cdp: CDPSession, nodeId: number) => Promise<T>,
): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      const attrs = node.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      if (attrs.includes('class') && cls?.split(' ').includes(className)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const node = find(root);
    return node ? await read(cdp, node.nodeId) : undefined;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The border box, in the page's viewport, of the first box in the card with this class. */
export function cardBox(page: Page, className: string): Promise<CardBox | undefined> {
  return inCard(page, className, async (cdp, nodeId) => {
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
    const xs = [0, 2, 4, 6].map((i) => model.border[i] ?? 0);
    const ys = [1, 3, 5, 7].map((i) => model.border[i] ?? 0);
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  });
}

/** The box of the highlighted claim reading `text`, in the page's layout viewport; null when none is highlighted. */
export function claimBox(page: Page, text: string): Promise<CardBox | null> {
  return page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claim-lens-') || name === 'claim-lens-focus') continue;
      for (const range of highlight) {
        if (range.toString() !== wanted) continue;
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
    }
    return null;
  }, text);
}
