// @vitest-environment happy-dom
/**
 * Every count the popup and the options page show is written as a person writes it ("3,383", not "3383"), as
 * the counts beside it already were: "3,908 claims … (3383 different)" read as two kinds of number.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupClaims, listCount, repeatLabel } from '../../src/popup/claim-groups';
import { summaryLine } from '../../src/popup/claim-view';
import { ClaimItem } from '../../src/popup/components/ClaimItem';
import { unreadFramesNote } from '../../src/popup/components/EmptyState';
import { readPickedFiles } from '../../src/options/picked-files';
import { storedCorpus } from '../../src/options/use-corpus';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/core/corpus/documents-export';
import type { TabClaim } from '../../src/shared/messages';
import { CLAIMS } from './fixtures';
import { $, mount, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

afterEach(unmountAll);

const [toll, truce] = CLAIMS as [TabClaim, TabClaim];

/** `count` copies of `base`, each at its own place: the page repeats it. */
function repeats(base: TabClaim, count: number, prefix: string): TabClaim[] {
  return Array.from({ length: count }, (_, i) => ({ ...base, id: `${prefix}${i}` }));
}

describe('counts in the popup', () => {
  it('separates thousands in the summary line, both the places and the different claims', () => {
    // 3,908 places, 3,383 entries: the sources differ on 1,200 of them.
    const claims = [...repeats(toll, 1_725, 't'), ...repeats(truce, 2_183, 'd')];
    const entries = [...repeats(toll, 1_200, 'e'), ...repeats(truce, 2_183, 'f')].map((item) => ({ item }));
    expect(summaryLine(claims, entries)).toBe(
      '3,908 claims with context on this page (3,383 different) · 1,200 where a source differs',
    );
  });

  it.each([
    [3_383, 3_383, 'Showing all 3,383 entries'],
    [1_200, 3_383, 'Showing 1,200 of 3,383 entries'],
  ])('counts the list’s entries: %i of %i', (shown, total, line) => {
    expect(listCount(shown, total)).toBe(line);
  });

  it('counts a claim’s repeats, and the place “Show on page” goes to next', async () => {
    const [group] = groupClaims(repeats(toll, 1_500, 'r'));
    expect(repeatLabel(group!)).toBe('1,500 times on this page');
    expect(repeatLabel(group!, 'text')).toBe('1,500 times in this text');
    const root = await mount(
      <ClaimItem
        group={group!}
        documents={new Map()}
        expanded
        onToggle={() => undefined}
        onReveal={() => undefined}
      />,
    );
    expect($(root, '[data-testid="show-on-page"]').textContent).toBe('Show place 2 of 1,500 on the page');
  });

  it('counts the embedded frames it does not read', () => {
    expect(unreadFramesNote(1_024)).toBe('Text inside the 1,024 embedded frames on this page is not read.');
  });
});

describe('counts on the options page', () => {
  it('counts the stored entries that could not be read', () => {
    expect(storedCorpus({ documents: [], unreadable: 1_234 }).userProblems).toEqual([
      '1,234 stored document(s) could not be read; they are kept as they are',
    ]);
  });

  it('counts the entries of an export that are not documents', async () => {
    const file = new File(
      [JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, documents: Array(1_001).fill({}) })],
      'old.json',
    );
    const picked = await readPickedFiles([file], { outlet: '', date: '', url: '' });
    expect(picked.rejected).toEqual([
      { name: 'old.json', reason: 'has 1,001 entries that are not documents (left out)' },
    ]);
  });
});
