// @vitest-environment happy-dom
/**
 * The same claim reads the same in the hover card and in the popup: one badge, one tone family, and the same
 * relation as its underline on the page.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../src/content/card/Card';
import { claimRelation } from '../../src/content/found-claim';
import type { ClaimResult, Relation } from '../../src/core/types';
import { claimBadge } from '../../src/popup/claim-view';
import { found, match, result } from './fixtures';

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

function cardFor(claimResult: ClaimResult): HTMLElement {
  const claim = found('c1', document.createRange(), claimRelation(claimResult) ?? 'agrees');
  claim.result = claimResult;
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<Card claim={claim} documents={null} onOpenFullView={() => {}} onClose={() => {}} />, root);
  return root;
}

describe('card and popup badges', () => {
  it.each<[string, Relation[], boolean]>([
    ['the exact quote whose sources differ editorially', ['agrees', 'agrees', 'agrees'], true],
    ['a figure one source contradicts', ['agrees', 'conflicts'], true],
    [
      'a page vaguer than four sources',
      ['more-precise', 'more-precise', 'more-precise', 'more-precise'],
      false,
    ],
    ['a reworded quote', ['reworded', 'agrees'], false],
    ['a single vaguer source', ['vaguer'], false],
  ])('%s reads the same in both', (_what, relations, disagrees) => {
    const claimResult = result(relations.map((r, i) => match(r, 'Some 250,000 people died.', `d${i}`)));
    claimResult.variance.corpusDisagrees = disagrees;
    const popup = claimBadge(claimResult);
    const card = cardFor(claimResult).querySelector('.badge');
    expect(card?.textContent).toBe(popup.label);
    expect(card?.className).toBe(`badge rel-${popup.tone}`);
    expect(claimRelation(claimResult)).toBe(popup.tone);
  });

  it('a figure sources give only as counted earlier and later reads the same in both, as no verdict', () => {
    const { relation: _relation, ...count } = match('conflicts', 'Some 250,000 people died.', 'old');
    const claimResult: ClaimResult = {
      ...result([]),
      otherCounts: [
        { ...count, when: 'earlier', reported: '2015-09-02' },
        { ...count, doc: 'new', when: 'later', reported: '2019-01-10' },
      ],
    };
    const popup = claimBadge(claimResult);
    expect(popup).toEqual({ tone: 'other-count', label: 'Older and newer counts in sources' });
    const card = cardFor(claimResult).querySelector('.badge');
    expect(card?.textContent).toBe(popup.label);
    expect(card?.className).toBe('badge rel-other-count');
    expect(claimRelation(claimResult)).toBe('other-count');
    expect(claimRelation(result([]))).toBeNull();
  });
});
