/**
 * Reads the popup's claim list (ClaimList), shared by the popup's and the check page's end-to-end tests, which show
 * the same list for a page and for a pasted text.
 */
import type { Locator } from 'playwright-core';

/** [outlet, relation] of every source row of an expanded claim. */
export async function sourceRows(item: Locator): Promise<[string, string][]> {
  const rows = item.locator('[data-testid="source"]');
  const out: [string, string][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push([
      (await row.getByTestId('source-outlet').textContent()) ?? '',
      (await row.getByTestId('source-relation').textContent()) ?? '',
    ]);
  }
  return out;
}
