// @vitest-environment happy-dom
/** ClaimList, ClaimItem and SourceRow: page order, badges, disclosure, source rows, silence and quote diffs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimList, FIRST_ENTRIES } from '../../src/popup/components/ClaimList';
import { groupClaims } from '../../src/popup/claim-groups';
import { documentMap } from '../../src/popup/claim-view';
import type { TabClaim } from '../../src/shared/messages';
import { CLAIMS, DOCUMENTS } from './fixtures';
import { $, click, mount, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

afterEach(unmountAll);

function list(expanded: string[], claims: TabClaim[] = CLAIMS, documents = DOCUMENTS) {
  const onToggle = vi.fn();
  const onReveal = vi.fn();
  const view = (
    <ClaimList
      groups={groupClaims(claims)}
      documents={documentMap(documents)}
      expanded={new Set(expanded)}
      onToggle={onToggle}
      onReveal={onReveal}
    />
  );
  return { view, onToggle, onReveal };
}

describe('ClaimList', () => {
  it('lists claims in page order with kind, wording and a relation badge', async () => {
    const root = await mount(list([]).view);
    expect(texts(root, '[data-testid="claim-text"]')).toEqual([
      'more than 280,000',
      'February 27',
      '“Russia needs to understand that our patience is not infinite”',
    ]);
    expect(texts(root, '.kind')).toEqual(['Figure', 'Date', 'Quote']);
    // The quote is printed word for word by one source and reworded by another: attested, with a note.
    expect(texts(root, '[data-testid="claim-badge"]')).toEqual([
      'Sources differ',
      'Source less precise',
      'Source agrees',
    ]);
    expect(root.querySelector('ol')).not.toBeNull();
    expect(root.querySelector('[data-testid="source"]')).toBeNull();
  });

  it('shows a quote broken by its attribution as its parts with an ellipsis, not run together', async () => {
    const [, , quote] = CLAIMS;
    const broken: TabClaim = {
      ...quote!,
      claim: {
        ...quote!.claim,
        text: '“We are ready,” Kerry said. “We will act.”',
        value: {
          type: 'quote',
          text: 'We are ready We will act',
          speaker: 'Kerry',
          parts: ['We are ready', 'We will act'],
        },
      },
    };
    const root = await mount(list([], [broken]).view);
    expect(texts(root, '[data-testid="claim-text"]')).toEqual(['“We are ready … We will act”']);
  });

  it('is a disclosure: a button with aria-expanded that asks to toggle its claim', async () => {
    const { view, onToggle } = list([]);
    const root = await mount(view);
    const button = $(root, '[data-claim-id="c2"] .claim-toggle');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // It controls its details only while they exist.
    expect(button.hasAttribute('aria-controls')).toBe(false);
    const open = await mount(list(['c2']).view);
    const controls = $(open, '[data-claim-id="c2"] .claim-toggle').getAttribute('aria-controls');
    expect(open.querySelector(`#${controls}`)).not.toBeNull();
    button.click();
    expect(onToggle).toHaveBeenCalledWith('c2');
  });

  it('expanded, shows each source with outlet, title, date, passage and relation; silent sources by name', async () => {
    const root = await mount(list(['c1']).view);
    const item = $(root, '[data-claim-id="c1"]');
    expect($(item, '.claim-toggle').getAttribute('aria-expanded')).toBe('true');
    const rows = [...item.querySelectorAll('[data-testid="source"]')];
    expect(rows.map((r) => r.getAttribute('data-doc'))).toEqual(['doc-a', 'doc-b']);
    expect(texts(item, '[data-testid="source-outlet"]')).toEqual([
      'The Middle East Online',
      'unknown outlet',
    ]);
    expect(texts(item, '[data-testid="source-title"]')).toEqual([
      'Kerry tells Russia patience is not infinite',
      'US patience in Syria is very limited',
    ]);
    expect(texts(item, '[data-testid="source-date"]')).toEqual(['15 June 2016', 'undated']);
    // An undated source that its events place in time says when that was.
    const placed = DOCUMENTS.map((d) =>
      d.id === 'doc-b' ? { ...d, writtenBetween: ['2016-02-27', '2017-02-26'] as [string, string] } : d,
    );
    const again = $(await mount(list(['c1'], CLAIMS, placed).view), '[data-claim-id="c1"]');
    expect(texts(again, '[data-testid="source-date"]')).toEqual([
      '15 June 2016',
      'undated, written 27 February 2016 – 26 February 2017',
    ]);
    expect(texts(item, '[data-testid="source-relation"]')).toEqual(['Agrees', 'Differs']);
    expect(texts(item, '.sources [data-testid="passage"] mark')).toEqual(['more than 280,000', '250,000']);
    // The page's own sentence, with the claim marked, says what the figure counts.
    expect($(item, '[data-testid="page-sentence"] figcaption').textContent).toBe('On this page');
    expect(texts(item, '[data-testid="page-sentence"] mark')).toEqual([CLAIMS[0]!.claim.text]);
    expect(rows[1]?.textContent).toContain('This source gives a different value: “250,000”.');
    expect($(item, '[data-testid="silent-sources"]').textContent).toContain('Arutz Sheva');
    expect($(item, '[data-testid="corpus-disagrees"]').textContent).toMatch(/disagree with each other/);
  });

  it('lists a count of another time apart, with its report’s day, and not among the silent sources', async () => {
    const claim = CLAIMS[0]!;
    const passage = 'The war has killed more than 250,000 people, a monitor said.';
    const spanStart = passage.indexOf('more than 250,000');
    const grown: TabClaim = {
      ...claim,
      result: {
        matches: claim.result.matches.slice(0, 1),
        otherCounts: [
          {
            doc: 'doc-c',
            source: 'Arutz Sheva',
            passage,
            passageStart: 0,
            passageEnd: passage.length,
            spanStart,
            spanEnd: spanStart + 'more than 250,000'.length,
            score: 0.8,
            value: { type: 'quantity', low: 250000, high: 300000, nominal: 250000, qualifier: 'more-than' },
            when: 'earlier',
            reported: '2015-09-02',
          },
        ],
        variance: {
          reports: [
            { doc: 'doc-a', source: 'The Middle East Online', status: 'agrees', passage: '…' },
            { doc: 'doc-c', source: 'Arutz Sheva', status: 'earlier-count', passage },
            { doc: 'doc-b', source: 'doc-b', status: 'silent' },
          ],
          summary:
            '1 source agrees, 1 gave an earlier count; 1 other source on the topic does not mention it',
          corpusDisagrees: false,
        },
      },
    };
    const root = await mount(list([claim.id], [grown]).view);
    const item = $(root, `[data-claim-id="${claim.id}"]`);
    expect(texts(item, '[data-testid="claim-badge"]')).toEqual(['Source agrees']);
    const stating = [...item.querySelectorAll('.sources:not([data-testid]) [data-testid="source"]')];
    expect(stating.map((r) => r.getAttribute('data-doc'))).toEqual(['doc-a']);
    const other = $(item, '[data-testid="other-time-sources"]');
    expect(texts(other, '[data-testid="source-relation"]')).toEqual(['Earlier count']);
    expect(texts(other, '[data-testid="passage"] mark')).toEqual(['more than 250,000']);
    expect(other.textContent).toContain(
      'This source gave an earlier count, in a report of 2 September 2015: “more than 250,000”.',
    );
    expect(texts(item, '[data-testid="silent-sources"] .outlet')).toEqual(['unknown outlet']);
    // An undated source's count is dated by the bound its events give, not by a day it never gave.
    const [count] = grown.result.otherCounts ?? [];
    if (!count) throw new Error('no count');
    const bounded: TabClaim = {
      ...grown,
      result: { ...grown.result, otherCounts: [{ ...count, reported: '2017-02-26', bound: 'before' }] },
    };
    const undated = $(await mount(list([claim.id], [bounded]).view), `[data-claim-id="${claim.id}"]`);
    expect($(undated, '[data-testid="other-time-sources"]').textContent).toContain(
      'This source gave an earlier count, in an undated report written before 26 February 2017: “more than 250,000”.',
    );
    // A bound that reports like it keep to, not one its events prove, says so.
    const likely: TabClaim = {
      ...grown,
      result: {
        ...grown.result,
        otherCounts: [{ ...count, reported: '2016-09-30', bound: 'before', likely: true }],
      },
    };
    const guessed = $(await mount(list([claim.id], [likely]).view), `[data-claim-id="${claim.id}"]`);
    expect($(guessed, '[data-testid="other-time-sources"]').textContent).toContain(
      'This source gave an earlier count, in an undated report likely written before 30 September 2016: “more than 250,000”.',
    );
    // With no source of the page's time, the entry is the count's: its own badge, no source said to state it.
    const only: TabClaim = { ...grown, result: { ...grown.result, matches: [] } };
    const alone = $(await mount(list([claim.id], [only]).view), `[data-claim-id="${claim.id}"]`);
    expect(texts(alone, '[data-testid="claim-badge"]')).toEqual(['Older count in a source']);
    expect(alone.textContent).toContain('No source states this fact.');
    expect(texts(alone, '[data-testid="other-time-sources"] [data-testid="source-outlet"]')).toEqual([
      'Arutz Sheva',
    ]);
  });

  it('gives a differing source’s value in its own words, qualifier included, not as the engine read it', async () => {
    const claim = CLAIMS[0]!;
    const differing: TabClaim = {
      ...claim,
      id: 'toll',
      claim: { ...claim.claim, text: '250,000' },
      result: {
        ...claim.result,
        matches: [
          {
            ...claim.result.matches[0]!,
            relation: 'conflicts',
            passage: 'The war has claimed more than\n   280,000 lives, the UN said.',
            spanStart: 20,
            spanEnd: 40,
          },
        ],
        variance: { ...claim.result.variance, reports: [] },
      },
    };
    const root = await mount(list(['toll'], [differing]).view);
    expect($(root, '.relation-sentence').textContent).toBe(
      'This source gives a different value: “more than 280,000”.',
    );
  });

  it('shows a follow-up figure after the sentences it continues, marked in its own sentence', async () => {
    const claim = CLAIMS[0]!;
    const followUp: TabClaim = {
      ...claim,
      id: 'follow',
      claim: {
        ...claim.claim,
        text: '45',
        sentence: 'Another 45 were injured there, it said.',
        context: 'A double bombing outside Tartous killed 45 people.',
      },
    };
    const root = await mount(list(['follow'], [followUp]).view);
    const shown = $(root, '[data-testid="page-sentence"] [data-testid="passage"]');
    expect(shown.textContent).toBe(
      'A double bombing outside Tartous killed 45 people. Another 45 were injured there, it said.',
    );
    const mark = $(shown, 'mark');
    expect(mark.textContent).toBe('45');
    expect(mark.previousSibling?.textContent).toMatch(/Another $/);
  });

  it('gives a date in the source’s words, never as an ISO date with a year the source did not write', async () => {
    const root = await mount(list(['c2']).view);
    const sentence = $(root, '.relation-sentence').textContent ?? '';
    expect(sentence).toBe('This source says it less precisely: “February”.');
    expect(sentence).not.toMatch(/\d{4}/);
  });

  it.each([
    [-1, 7],
    [20, 999],
    [12, 12],
    [Number.NaN, 3],
  ])(
    'leaves the value out, rather than a wrong slice, when the span %s–%s does not fit',
    async (start, end) => {
      const claim = CLAIMS[0]!;
      const odd: TabClaim = {
        ...claim,
        id: 'odd',
        result: {
          ...claim.result,
          matches: [{ ...claim.result.matches[1]!, spanStart: start, spanEnd: end }],
          variance: { ...claim.result.variance, reports: [] },
        },
      };
      const root = await mount(list(['odd'], [odd]).view);
      expect($(root, '.relation-sentence').textContent).toBe('This source gives a different value.');
    },
  );

  it('says nothing about corpus disagreement when the sources agree with each other', async () => {
    const root = await mount(list(['c2']).view);
    expect(root.querySelector('[data-testid="corpus-disagrees"]')).toBeNull();
    expect(root.querySelector('[data-testid="silent-sources"]')).toBeNull();
  });

  it('names the source by its label while the corpus metadata has not arrived', async () => {
    const root = await mount(list(['c1'], CLAIMS, []).view);
    expect(texts(root, '[data-testid="source-outlet"]')).toEqual(['The Middle East Online', 'doc-b']);
    expect(root.querySelector('[data-testid="source-title"]')).toBeNull();
  });

  it('shows quote differences against the page and between sources, as <ins> and <del>', async () => {
    const root = await mount(list(['c3']).view);
    const rows = [...root.querySelectorAll('[data-testid="source"]')];
    const first = rows[0];
    const second = rows[1];
    if (!first || !second) throw new Error('two sources expected');
    // The verbatim source: same words as the page, and it is the reference, so no "against" diff.
    expect(texts(first, 'figcaption')).toEqual(['Against the page']);
    expect(first.querySelector('ins, del')).toBeNull();
    expect(first.textContent).toContain('Same words.');
    // The reworded source: the engine's diff against the page, and a computed one against the first source.
    expect(texts(second, 'figcaption')).toEqual(['Against the page', 'Against The Middle East Online']);
    const [pageDiff, sourceDiff] = [...second.querySelectorAll('[data-testid="quote-diff"] .diff-text')];
    expect(texts(pageDiff!, 'del').map((t) => t.replace(/\[[^:]*: |\]/g, ''))).toEqual(['needs to']);
    expect(texts(pageDiff!, 'ins').map((t) => t.replace(/\[[^:]*: |\]/g, ''))).toEqual(['must', ' at all']);
    expect(texts(sourceDiff!, 'ins').join(' ')).toMatch(/must/);
    expect(texts(sourceDiff!, 'del').join(' ')).toMatch(/needs/);
  });

  it('renders page and corpus text as text, never as markup', async () => {
    const hostile: TabClaim = {
      ...CLAIMS[0]!,
      id: 'evil',
      claim: { ...CLAIMS[0]!.claim, text: '<img src=x onerror=alert(1)>' },
      result: {
        ...CLAIMS[0]!.result,
        matches: [
          {
            ...CLAIMS[0]!.result.matches[0]!,
            passage: '<b>bold</b> <script>alert(1)</script>',
            spanStart: 0,
            spanEnd: 11,
          },
        ],
      },
    };
    const root = await mount(list(['evil'], [hostile]).view);
    expect(root.querySelector('img, script, b')).toBeNull();
    expect($(root, '[data-testid="claim-text"]').textContent).toBe('<img src=x onerror=alert(1)>');
    expect($(root, '[data-testid="passage"] mark').textContent).toBe('<b>bold</b>');
  });
});

/** `base` again elsewhere on the page: same words, same sources. */
function again(base: TabClaim, id: string, text = base.claim.text): TabClaim {
  return { ...base, id, claim: { ...base.claim, text, sentence: `Also: ${base.claim.sentence}` } };
}

describe('ClaimList with repeats and many claims', () => {
  const [toll, truce, quote] = CLAIMS as [TabClaim, TabClaim, TabClaim];

  it('lists a repeated claim once, saying how often the page has it', async () => {
    const root = await mount(list([], [toll, truce, again(toll, 't2'), again(toll, 't3')]).view);
    expect(texts(root, '[data-testid="claim-text"]')).toEqual(['more than 280,000', 'February 27']);
    expect($(root, '[data-claim-id="c1"]').getAttribute('data-count')).toBe('3');
    expect($(root, '[data-claim-id="c1"] [data-testid="claim-repeat"]').textContent).toBe(
      '3 times on this page',
    );
    expect(root.querySelector('[data-claim-id="c2"] [data-testid="claim-repeat"]')).toBeNull();
  });

  it('"Show on page" steps through the occurrences, from the second (opening showed the first)', async () => {
    const { view, onReveal } = list(['c1'], [toll, again(toll, 't2'), again(toll, 't3')]);
    const root = await mount(view);
    const button = () => $(root, '[data-testid="show-on-page"]');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(button().textContent ?? '');
      await click(button());
    }
    expect(seen).toEqual([
      'Show place 2 of 3 on the page',
      'Show place 3 of 3 on the page',
      'Show place 1 of 3 on the page',
      'Show place 2 of 3 on the page',
    ]);
    expect(onReveal.mock.calls.map(([id]) => id)).toEqual(['t2', 't3', 'c1', 't2']);
  });

  it('an entry is open when any of its occurrences is (the full view may be opened at a later one)', async () => {
    const { view, onToggle } = list(['t2'], [toll, again(toll, 't2')]);
    const root = await mount(view);
    const toggle = $(root, '[data-claim-id="c1"] .claim-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    expect(onToggle).toHaveBeenCalledWith('c1');
  });

  it('puts "Show on page" with the claim, before its sources, not after the silent ones', async () => {
    const { view, onReveal } = list(['c1']);
    const root = await mount(view);
    const details = $(root, '#claim-c1-details');
    const button = $(details, '[data-testid="show-on-page"]');
    expect(button.textContent).toBe('Show on page');
    expect(details.firstElementChild?.contains(button)).toBe(true);
    const silent = $(details, '[data-testid="silent-sources"]');
    expect(button.compareDocumentPosition(silent) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition($(details, 'h4')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await click(button);
    expect(onReveal).toHaveBeenCalledWith('c1');
  });

  it('offers no filter on a short list', async () => {
    const root = await mount(list([]).view);
    expect(root.querySelector('[data-testid="filter-differ"]')).toBeNull();
    expect(root.querySelector('[data-testid="list-count"]')).toBeNull();
  });

  it('"Only where a source differs from this page" is a labelled checkbox that filters the list and updates its count', async () => {
    const dates = Array.from({ length: 9 }, (_, i) => again(truce, `d${i}`, `February ${i + 1}`));
    const root = await mount(list([], [toll, ...dates, quote]).view);
    const box = $(root, '[data-testid="filter-differ"]') as HTMLInputElement;
    expect(box.tagName).toBe('INPUT');
    expect(box.type).toBe('checkbox');
    expect(box.closest('label')?.textContent?.trim()).toBe('Only where a source differs from this page');
    expect(box.checked).toBe(false);
    expect($(root, '[data-testid="list-count"]').textContent).toBe('Showing all 11 entries');
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(11);
    await click(box);
    expect(box.checked).toBe(true);
    expect($(root, '[data-testid="list-count"]').textContent).toBe('Showing 2 of 11 entries');
    // The quote a source rewords still counts as one where a source differs from the page.
    expect(texts(root, '[data-testid="claim-badge"]')).toEqual(['Sources differ', 'Source agrees']);
    await click(box);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(11);
  });

  it('sources that differ only among themselves get a neutral note, not the page-contradicted one', async () => {
    const exact: TabClaim = {
      ...quote,
      id: 'kerry',
      result: {
        ...quote.result,
        matches: quote.result.matches.map((m) => ({ ...m, relation: 'agrees' as const })),
        variance: { ...quote.result.variance, corpusDisagrees: true },
      },
    };
    const root = await mount(list(['kerry'], [exact]).view);
    expect($(root, '[data-testid="claim-badge"]').textContent).toBe('Sources agree');
    expect($(root, '[data-testid="claim-badge"]').className).toContain('tone-agrees');
    expect(root.querySelector('[data-testid="corpus-disagrees"]')).toBeNull();
    expect($(root, '[data-testid="sources-vary"]').textContent).toMatch(/none differs from this page/);
  });
});

describe('ClaimList of a long page', () => {
  /** `n` distinct figures, each its own entry. */
  function many(n: number): TabClaim[] {
    const [figure] = CLAIMS;
    return Array.from({ length: n }, (_, i) => ({
      ...figure!,
      id: `c${i}`,
      claim: { ...figure!.claim, text: `${1000 + i}`, start: i * 10, end: i * 10 + 4 },
    }));
  }

  it('lists the first entries and the rest when asked, focus going to the first that came', async () => {
    const root = await mount(list([], many(FIRST_ENTRIES + 50)).view);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(FIRST_ENTRIES);
    const more = $(root, '[data-testid="show-all-claims"]');
    expect(more.textContent).toBe('Show all 250 entries');
    await click(more);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(FIRST_ENTRIES + 50);
    expect(root.querySelector('[data-testid="show-all-claims"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-claim-id')).toBe(`c${FIRST_ENTRIES}`);
  });

  it('lists an opened entry however far down it is', async () => {
    const root = await mount(list(['c230'], many(FIRST_ENTRIES + 50)).view);
    expect(root.querySelectorAll('[data-testid="claim"]')).toHaveLength(231);
    expect(root.querySelector('[data-claim-id="c230"] [aria-expanded="true"]')).not.toBeNull();
  });
});
