// @vitest-environment happy-dom
/**
 * The small pieces on their own: SiteSwitch, PauseControl, QuoteDiff, Passage, EmptyState, and the claim view
 * rules.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState, emptyStatus, type EmptyKind } from '../../src/popup/components/EmptyState';
import { PauseControl } from '../../src/popup/components/PauseControl';
import { Passage } from '../../src/popup/components/Passage';
import { QuoteDiff } from '../../src/popup/components/QuoteDiff';
import { SiteSwitch } from '../../src/popup/components/SiteSwitch';
import {
  claimBadge,
  sourcesDiffer,
  claimSources,
  documentMap,
  summaryLine,
} from '../../src/popup/claim-view';
import { sourceWording } from '../../src/shared/source-wording';
import { dateLabel } from '../../src/popup/labels';
import { wordDiff } from '../../src/popup/word-diff';
import type { ClaimResult, Relation } from '../../src/core/types';
import { CLAIMS, DOCUMENTS } from './fixtures';
import { $, click, mount, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

afterEach(unmountAll);

describe('SiteSwitch', () => {
  it('is a switch named after the host, and flips through onChange', async () => {
    const onChange = vi.fn(async () => undefined);
    const root = await mount(<SiteSwitch host="news.example" on={true} onChange={onChange} />);
    const button = $(root, '[role="switch"]');
    expect(button.getAttribute('aria-checked')).toBe('true');
    const label = document.getElementById(button.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent).toBe('Claim Lens on news.example');
    await click(button);
    expect(onChange).toHaveBeenCalledWith('news.example', false);
  });

  it('flips from a click on its label too, as a checkbox does, but not while it cannot be used', async () => {
    const onChange = vi.fn(async () => undefined);
    const root = await mount(<SiteSwitch host="news.example" on={true} onChange={onChange} />);
    await click($(root, '.switch-label'));
    expect(onChange).toHaveBeenCalledWith('news.example', false);
    const paused = vi.fn(async () => undefined);
    const off = await mount(<SiteSwitch host="news.example" on={true} paused={true} onChange={paused} />);
    await click($(off, '.switch-label'));
    expect(paused).not.toHaveBeenCalled();
  });

  it('reports a failed save as an alert', async () => {
    const root = await mount(
      <SiteSwitch
        host="a.example"
        on={false}
        onChange={async () => Promise.reject(new Error('no storage'))}
      />,
    );
    await click($(root, '[role="switch"]'));
    expect($(root, '[role="alert"]').textContent).toBe('Could not save: no storage');
  });

  it('while paused everywhere, is shown as not in effect, cannot be used, and says why', async () => {
    const onChange = vi.fn(async () => undefined);
    const root = await mount(<SiteSwitch host="news.example" on={true} paused={true} onChange={onChange} />);
    const button = $(root, '[role="switch"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    // The site's own choice is still shown, since it applies again on resume.
    expect(button.getAttribute('aria-checked')).toBe('true');
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(
      'Not in effect while paused: your choice for this site applies again when you resume.',
    );
    await click(button);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps keyboard focus while a change is saved, taking no second change meanwhile', async () => {
    let finish = (): void => undefined;
    const onChange = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const root = await mount(<SiteSwitch host="news.example" on={true} onChange={onChange} />);
    const button = $(root, '[role="switch"]') as HTMLButtonElement;
    await click(button);
    // A disabled button would drop the focus it has to the page (the browser's focus fixup).
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await click(button);
    expect(onChange).toHaveBeenCalledTimes(1);
    finish();
  });

  it('is usable, with no note, when not paused', async () => {
    const root = await mount(<SiteSwitch host="news.example" on={true} onChange={async () => undefined} />);
    const button = $(root, '[role="switch"]') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('PauseControl', () => {
  it.each([
    [false, 'Pause Claim Lens everywhere', true],
    [true, 'Resume Claim Lens everywhere', false],
  ])('paused %s: one button saying what it does, "%s"', async (paused, label, next) => {
    const onChange = vi.fn(async () => undefined);
    const root = await mount(<PauseControl paused={paused} onChange={onChange} />);
    const button = $(root, 'button');
    expect(button.textContent).toBe(label);
    // A plain action button: no On/Off state that would read as a double negative.
    expect(button.getAttribute('role')).toBeNull();
    expect(root.querySelectorAll('button, [role="switch"]')).toHaveLength(1);
    await click(button);
    expect(onChange).toHaveBeenCalledWith(next);
  });

  it('reports a failed save as an alert', async () => {
    const root = await mount(
      <PauseControl paused={false} onChange={async () => Promise.reject(new Error('no storage'))} />,
    );
    await click($(root, 'button'));
    expect($(root, '[role="alert"]').textContent).toBe('Could not save: no storage');
  });
});

describe('QuoteDiff', () => {
  it('marks insertions with <ins> and deletions with <del>, with words for screen readers', async () => {
    const root = await mount(
      <QuoteDiff
        caption="Against the page"
        parts={wordDiff('our patience is not infinite', 'our patience is very limited')}
        addedBy="this source"
        removedBy="the page"
      />,
    );
    const text = $(root, '.diff-text');
    expect(texts(text, 'ins').join('|')).toContain('very limited');
    expect(texts(text, 'del').join('|')).toContain('not infinite');
    expect(text.querySelector('ins .sr-only')?.textContent).toBe('[only in this source: ');
  });

  it.each([
    [
      'words only the source has',
      'our patience is limited',
      'our patience is very limited',
      ['only in this source'],
    ],
    [
      'words only the page has',
      'our patience is very limited',
      'our patience is limited',
      ['only in the page'],
    ],
    [
      'both',
      'our patience is not infinite',
      'our patience is very limited',
      ['only in this source', 'only in the page'],
    ],
  ])('names in its legend only the changes it shows: %s', async (_what, page, source, legend) => {
    const root = await mount(
      <QuoteDiff
        caption="Against the page"
        parts={wordDiff(page, source)}
        addedBy="this source"
        removedBy="the page"
      />,
    );
    expect(texts($(root, '.diff-legend'), 'ins, del')).toEqual(legend);
  });

  it('takes no quote marks or stops around a wording for a change in its words', () => {
    const parts = wordDiff(
      '“Russia needs to understand that our patience is not infinite, or [Bashar] Al-Assad is.”',
      '"Russia needs to understand that our patience is not infinite, or Assad is,"',
    );
    const changed = parts.filter((part) => part.added === true || part.removed === true);
    expect(changed.map((part) => part.value.trim())).toEqual(['[Bashar] Al-']);
  });

  it.each([
    ['another case', 'Same Words here', 'same words here'],
    [
      'a typed and a typeset apostrophe',
      "We look for Russia's cooperation",
      'We look for Russia’s cooperation',
    ],
  ])('says the wording is the same rather than showing an empty diff: %s', async (_what, page, source) => {
    const root = await mount(
      <QuoteDiff caption="x" parts={wordDiff(page, source)} addedBy="a" removedBy="b" />,
    );
    expect(root.querySelector('ins, del')).toBeNull();
    expect(root.textContent).toContain('Same words.');
  });
});

describe('Passage', () => {
  it.each([
    [0, 5, 'Hello'],
    [6, 11, 'world'],
    [-4, 3, 'Hel'],
    [8, 99, 'rld'],
    [7, 7, null],
  ])('emphasises the span %i–%i, clamped to the passage', async (start, end, marked) => {
    const root = await mount(<Passage text="Hello world" spanStart={start} spanEnd={end} />);
    expect(root.textContent).toBe('Hello world');
    expect(root.querySelector('mark')?.textContent ?? null).toBe(marked);
  });
});

describe('EmptyState', () => {
  it.each<[EmptyKind, RegExp]>([
    ['unreachable', /extension store/],
    ['none', /No figure, date or quote on this page matches/],
    // What it compares with, for a first-time reader on a page of another subject.
    ['none', /compares pages only with the news articles in its corpus .*until you add articles about them/],
    [
      'no-corpus',
      /could not load its corpus of news articles, so the figures, dates and quotes on this page were not looked up/,
    ],
    ['scanning', /as they are matched/],
    ['site-off', /Nothing on news\.example is scanned/],
    ['not-enabled', /Switch news\.example on above/],
    ['paused', /until you press “Resume Claim Lens everywhere” below/],
  ])('%s explains itself without repeating the status line', async (kind, said) => {
    const root = await mount(<EmptyState kind={kind} host="news.example" />);
    expect(root.textContent).toMatch(said);
    expect(root.textContent).not.toContain(emptyStatus(kind));
  });
});

describe('claim view rules', () => {
  const result = (relations: Relation[], corpusDisagrees = false): ClaimResult => ({
    matches: relations.map((relation, i) => ({ ...CLAIMS[0]!.result.matches[0]!, doc: `d${i}`, relation })),
    variance: { reports: [], summary: '', corpusDisagrees },
  });

  it.each<[Relation[], boolean, string, string]>([
    [['agrees', 'agrees'], false, 'Sources agree', 'agrees'],
    [['agrees', 'conflicts'], false, 'Sources differ', 'conflicts'],
    [['vaguer', 'reworded'], false, 'Wording differs', 'reworded'],
    [['vaguer', 'agrees'], false, 'Source agrees', 'agrees'],
    [['agrees', 'vaguer', 'agrees'], false, 'Sources agree', 'agrees'],
    [['more-precise'], false, 'Source more precise', 'more-precise'],
    // Sources that differ only among themselves do not make the page's claim read as contradicted.
    [['agrees', 'agrees'], true, 'Sources agree', 'agrees'],
    [['conflicts', 'agrees'], true, 'Sources differ', 'conflicts'],
    [[], false, 'No source', 'silent'],
  ])('badge of %j (corpus disagrees: %s) is %s', (relations, disagrees, label, tone) => {
    expect(claimBadge(result(relations, disagrees))).toEqual({ label, tone });
  });

  it.each<[Relation[], boolean, boolean]>([
    [['agrees', 'conflicts'], false, true],
    [['agrees', 'reworded'], false, true],
    [['agrees', 'agrees'], true, false],
    [['more-precise', 'more-precise'], true, false],
    [['vaguer'], false, false],
  ])('%j (corpus disagrees: %s) counts as "sources differ": %s', (relations, disagrees, differ) => {
    expect(sourcesDiffer(result(relations, disagrees))).toBe(differ);
  });

  it('summarises the page, counting claims where sources differ', () => {
    expect(summaryLine(CLAIMS)).toBe('3 claims with context on this page · 2 where a source differs');
    expect(summaryLine(CLAIMS.slice(1, 2))).toBe('1 claim with context on this page');
    expect(summaryLine([])).toBe('0 claims with context on this page');
    // Repeats: the places, and how many different claims the list shows for them; where sources differ is
    // counted by entry, as the list's filter counts it.
    // c1's "more than 280,000" differs, c2's "February 27" agrees: one entry where a source differs, not the
    // two places (c1, c3) that differ.
    const [c1, c2] = CLAIMS;
    expect(summaryLine(CLAIMS, [{ item: c1! }, { item: c2! }])).toBe(
      '3 claims with context on this page (2 different) · 1 where a source differs',
    );
    expect(
      summaryLine(
        CLAIMS,
        CLAIMS.map((item) => ({ item })),
      ),
    ).toBe(summaryLine(CLAIMS));
  });

  it('joins reports, matches and metadata; a match missing from the reports still shows', () => {
    const claim = CLAIMS[0]!;
    const sources = claimSources(
      {
        ...claim.result,
        variance: { ...claim.result.variance, reports: claim.result.variance.reports.slice(1) },
      },
      documentMap(DOCUMENTS),
    );
    expect(sources.reporting.map((s) => [s.doc, s.status, s.outlet, s.date])).toEqual([
      ['doc-b', 'conflicts', 'unknown outlet', 'undated'],
      ['doc-a', 'agrees', 'The Middle East Online', '15 June 2016'],
    ]);
    expect(sources.silent.map((s) => s.doc)).toEqual(['doc-c']);
  });

  it('quotes the source’s own words for a fact, whitespace collapsed, or nothing when the span does not fit', () => {
    const base = CLAIMS[0]!.result.matches[0]!;
    const at = (passage: string, spanStart: number, spanEnd: number) =>
      sourceWording({ ...base, passage, spanStart, spanEnd });
    expect(at('It claimed more than 280,000 lives.', 11, 28)).toBe('more than 280,000');
    expect(at('Since\tFebruary\n 27 it held.', 0, 18)).toBe('Since February 27');
    expect(at('short', 2, 99)).toBeNull();
    expect(at('short', -1, 3)).toBeNull();
    expect(at('short', 3, 1)).toBeNull();
    expect(at('a    b', 1, 5)).toBeNull();
  });

  it.each([
    ['2016-06-16', '16 June 2016'],
    [null, 'undated'],
    ['not a date', 'undated'],
  ])('dates %s read as %s', (iso, label) => {
    expect(dateLabel(iso)).toBe(label);
  });
});
