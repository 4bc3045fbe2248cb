// @vitest-environment happy-dom
/**
 * Why "Show on page" showed nothing, said plainly: the content script's reply says why (the page took the claim's
 * text away, hid the part it is in, cut it off where no scroll reaches, or Claim Lens was switched off there), and
 * the note beside the button says that, where it used to say one sentence for all. A reply without a reason, or
 * with one this popup does not know, keeps the general words. In the full view the page's tab is brought forward
 * only once the page has shown the claim: a note that it could not is said where the reader still is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { REVEAL_NOTE_WORDS, replyProblem } from '../../src/popup/use-reveal-note';
import { REVEAL_MISSES } from '../../src/shared/messages';
import { fake } from './fake-ext';
import { CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, mount, settle, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

/** What the content script answers to every revealClaim, by test. */
let reply: unknown = { found: true };

beforeEach(() => {
  fake.reset();
  reply = { found: true };
  fake.tab.getTabState = () => tabState();
  fake.tab.revealClaim = () => reply;
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => CORPUS;
});
afterEach(unmountAll);

async function open(search = ''): Promise<HTMLElement> {
  const root = await mount(<App target={readTarget(search, '')} />);
  await settle();
  return root;
}

/** Opens the entry of `id` (unless open), presses its "Show on page" and returns the note beside it. */
async function showOnPage(root: HTMLElement, id: string): Promise<string> {
  const toggle = $(root, `[data-claim-id="${id}"] .claim-toggle`);
  if (toggle.getAttribute('aria-expanded') !== 'true') await click(toggle);
  await click($(root, `[data-claim-id="${id}"] [data-testid="show-on-page"]`));
  await settle();
  return $(root, `[data-claim-id="${id}"] [data-testid="reveal-note"]`).textContent ?? '';
}

describe('the words for each reason', () => {
  it('says each reason the page gives in words of its own, each apart from the general words', () => {
    expect(REVEAL_NOTE_WORDS.gone).toBe(
      'Claim Lens can’t show this claim: the page has removed or changed its text since this list was made.',
    );
    expect(REVEAL_NOTE_WORDS.hidden).toBe(
      'Claim Lens can’t show this claim: the part of the page it is in is hidden just now (a closed section, another tab). Open that part on the page, then try again.',
    );
    expect(REVEAL_NOTE_WORDS['cut-off']).toBe(
      'Claim Lens can’t show this claim: it is on the page, but cut off where scrolling can’t reach it (inside a box, or past the page’s edge).',
    );
    expect(REVEAL_NOTE_WORDS.off).toBe(
      'Claim Lens has been switched off on this page, so it can’t show this claim.',
    );
    const words = [...REVEAL_MISSES, 'not-shown', 'unreachable'].map(
      (problem) => REVEAL_NOTE_WORDS[problem as keyof typeof REVEAL_NOTE_WORDS],
    );
    expect(new Set(words).size).toBe(REVEAL_MISSES.length + 2);
  });

  it.each([
    [{ found: true }, null],
    [{ found: false, reason: 'gone' }, 'gone'],
    [{ found: false, reason: 'hidden' }, 'hidden'],
    [{ found: false, reason: 'cut-off' }, 'cut-off'],
    [{ found: false, reason: 'off' }, 'off'],
    [{ found: false }, 'not-shown'],
    [{ found: false, reason: 'eaten by the page' }, 'not-shown'],
    [{ found: false, reason: 7 }, 'not-shown'],
    [{ found: true, reason: 'gone' }, null],
    [null, null],
    [undefined, null],
    ['not found', null],
  ])('reads the reply %j as %s', (answer, problem) => {
    expect(replyProblem(answer)).toBe(problem);
  });
});

describe('the note says why the page could not show the claim', () => {
  it.each(REVEAL_MISSES.map((reason) => [reason]))('%s', async (reason) => {
    reply = { found: false, reason };
    const root = await open();
    expect(await showOnPage(root, 'c2')).toBe(REVEAL_NOTE_WORDS[reason]);
    expect($(root, '[data-claim-id="c2"] [data-testid="reveal-note"]').getAttribute('role')).toBe('status');
  });

  it('keeps the general words for a reply without a reason, or with one it does not know', async () => {
    const root = await open();
    reply = { found: false };
    expect(await showOnPage(root, 'c2')).toBe(REVEAL_NOTE_WORDS['not-shown']);
    reply = { found: false, reason: 'eaten by the page' };
    expect(await showOnPage(root, 'c3')).toBe(REVEAL_NOTE_WORDS['not-shown']);
    // A reply of another shape said nothing before, and still does not.
    reply = null;
    expect(await showOnPage(root, 'c1')).toBe('');
  });
});

describe('"Show on page" in the full view', () => {
  it('asks the page first and brings it forward once it showed the claim', async () => {
    const root = await open('?tab=42');
    await click($(root, '[data-claim-id="c2"] .claim-toggle'));
    fake.calls = [];
    expect(await showOnPage(root, 'c2')).toBe('');
    expect(fake.calls.map((c) => [c.type, c.tabId])).toEqual([
      ['revealClaim', 42],
      ['tabs.update', 42],
    ]);
    expect(fake.activated).toEqual([42]);
  });

  it.each([
    [
      'the page cannot show the claim',
      (): void => {
        reply = { found: false, reason: 'cut-off' };
      },
      'cut-off',
    ],
    [
      'the page cannot be reached',
      (): void => {
        fake.tabUnreachable = true;
      },
      'unreachable',
    ],
  ] as const)('stays in front, with the note, when %s', async (_, arrange, problem) => {
    const root = await open('?tab=42');
    await click($(root, '[data-claim-id="c2"] .claim-toggle'));
    arrange();
    expect(await showOnPage(root, 'c2')).toBe(REVEAL_NOTE_WORDS[problem]);
    expect(fake.activated).toEqual([]);
  });

  it('does not bring the page forward for a press a later one overtook', async () => {
    const root = await open('?tab=42');
    await click($(root, '[data-claim-id="c2"] .claim-toggle'));
    let answer: (value: unknown) => void = () => undefined;
    fake.tab.revealClaim = () => new Promise((resolve) => (answer = resolve));
    await click($(root, '[data-claim-id="c2"] [data-testid="show-on-page"]'));
    fake.tab.revealClaim = () => ({ found: false, reason: 'hidden' });
    expect(await showOnPage(root, 'c3')).toBe(REVEAL_NOTE_WORDS.hidden);
    // The first press's page shows its claim late: the reader has asked for another since, and is told here.
    answer({ found: true });
    await settle();
    expect(fake.activated).toEqual([]);
    expect($(root, '[data-claim-id="c3"] [data-testid="reveal-note"]').textContent).toBe(
      REVEAL_NOTE_WORDS.hidden,
    );
  });

  it('brings nothing forward from the toolbar popup, which sits over the page already', async () => {
    const root = await open();
    await showOnPage(root, 'c2');
    expect(fake.callsOf('revealClaim')).toHaveLength(2);
    expect(fake.activated).toEqual([]);
  });
});
