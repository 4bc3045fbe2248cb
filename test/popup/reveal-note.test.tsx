// @vitest-environment happy-dom
/**
 * "Show on page" that shows nothing is said beside the button, in a live region: the page answered that it cannot
 * show the claim (its text removed, or cut off where no scroll reaches), or the page could not be reached. The note
 * goes when the list changes or another entry is shown, and a late answer to an older press says nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { readTarget } from '../../src/popup/popup-target';
import { REVEAL_NOTE_WORDS } from '../../src/popup/use-reveal-note';
import { fake } from './fake-ext';
import { CLAIMS, CORPUS, settingsWith, tabState } from './fixtures';
import { $, click, mount, settle, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

const NOT_SHOWN = REVEAL_NOTE_WORDS['not-shown'];
const UNREACHABLE = REVEAL_NOTE_WORDS.unreachable;

/** Claims the page can no longer show, by id; the others it shows. */
let gone = new Set<string>();

beforeEach(() => {
  fake.reset();
  gone = new Set(['c2']);
  fake.tab.getTabState = () => tabState();
  fake.tab.revealClaim = (p) => ({ found: !gone.has(p.id as string) });
  fake.worker.getSettings = () => settingsWith();
  fake.worker.getCorpusInfo = () => CORPUS;
});
afterEach(unmountAll);

async function open(search = '') {
  const root = await mount(<App target={readTarget(search, '')} />);
  await settle();
  return root;
}

/** Opens the entry of `id` (unless open) and presses its "Show on page". */
async function showOnPage(root: HTMLElement, id: string): Promise<void> {
  const toggle = $(root, `[data-claim-id="${id}"] .claim-toggle`);
  if (toggle.getAttribute('aria-expanded') !== 'true') await click(toggle);
  await click($(root, `[data-claim-id="${id}"] [data-testid="show-on-page"]`));
  await settle();
}

/** The note beside each open entry's button, by claim id. */
function notes(root: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const note of root.querySelectorAll<HTMLElement>('[data-testid="reveal-note"]'))
    out[note.closest('[data-claim-id]')!.getAttribute('data-claim-id')!] = note.textContent ?? '';
  return out;
}

describe('the note beside "Show on page"', () => {
  it('says, in a live region beside the button, that a claim the page answers not found cannot be shown', async () => {
    const root = await open();
    await showOnPage(root, 'c1');
    expect(notes(root)).toEqual({ c1: '' });
    await showOnPage(root, 'c2');
    expect(fake.callsOf('revealClaim').at(-1)?.payload).toEqual({ id: 'c2', open: true });
    expect(notes(root)).toEqual({ c1: '', c2: NOT_SHOWN });
    const note = $(root, '[data-claim-id="c2"] [data-testid="reveal-note"]');
    expect(note.getAttribute('role')).toBe('status');
    // Beside the button it speaks of, in the same paragraph.
    expect(note.parentElement).toBe(
      $(root, '[data-claim-id="c2"] [data-testid="show-on-page"]').parentElement,
    );
    expect(NOT_SHOWN).toBe(
      'Claim Lens can’t show this claim: it may no longer be on the page, or be somewhere the page can’t scroll to.',
    );
  });

  it('says it in the full view too, which stays in front: the page is brought forward only when it showed the claim', async () => {
    const root = await open('?tab=42');
    await showOnPage(root, 'c2');
    expect(fake.activated).toEqual([]);
    expect(notes(root)).toEqual({ c2: NOT_SHOWN });
  });

  it('says the page cannot be reached when the message fails (its content script is gone), without an error', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const root = await open();
      await click($(root, '[data-claim-id="c1"] .claim-toggle'));
      fake.tabUnreachable = true; // the tab navigated: no content script answers
      await showOnPage(root, 'c1');
      expect(fake.callsOf('revealClaim').at(-1)?.payload).toEqual({ id: 'c1', open: true });
      expect(notes(root)).toEqual({ c1: UNREACHABLE });
      // A handler's error (an envelope with ok: false) is a failure too.
      fake.tabUnreachable = false;
      fake.tab.revealClaim = () => {
        throw new Error('Claim Lens refused revealClaim');
      };
      await showOnPage(root, 'c1');
      expect(notes(root)).toEqual({ c1: UNREACHABLE });
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('goes when the press shows the claim, when another entry is opened, and when the list changes', async () => {
    const root = await open();
    await showOnPage(root, 'c2');
    expect(notes(root)).toEqual({ c2: NOT_SHOWN });
    gone = new Set();
    await showOnPage(root, 'c2');
    expect(notes(root)).toEqual({ c2: '' });

    gone = new Set(['c2']);
    await showOnPage(root, 'c2');
    expect(notes(root).c2).toBe(NOT_SHOWN);
    await click($(root, '[data-claim-id="c3"] .claim-toggle'));
    expect(notes(root)).toEqual({ c2: '', c3: '' });

    await showOnPage(root, 'c2');
    expect(notes(root).c2).toBe(NOT_SHOWN);
    // The same list asked again (a poll while the page scans brings it as new objects) keeps the note.
    fake.tab.getTabState = () => tabState({ claims: CLAIMS.map((claim) => ({ ...claim })) });
    fake.ports[0]!.post({ type: 'tabChanged' });
    await settle();
    expect(notes(root).c2).toBe(NOT_SHOWN);
    // A list that changed (the page dropped c1) does not: the note was about the list as it was.
    fake.tab.getTabState = () => tabState({ claims: CLAIMS.slice(1) });
    fake.ports[0]!.post({ type: 'tabChanged' });
    await settle();
    expect(notes(root)).toEqual({ c2: '', c3: '' });
  });

  it('drops a late answer to an earlier press once another entry was shown', async () => {
    const root = await open();
    await click($(root, '[data-claim-id="c2"] .claim-toggle'));
    let answer: (value: { found: boolean }) => void = () => undefined;
    fake.tab.revealClaim = () => new Promise((resolve) => (answer = resolve));
    await click($(root, '[data-claim-id="c2"] [data-testid="show-on-page"]'));
    fake.tab.revealClaim = () => ({ found: true });
    await showOnPage(root, 'c3');
    answer({ found: false });
    await settle();
    expect(notes(root)).toEqual({ c2: '', c3: '' });
  });

  it('opening an entry the page cannot point at says nothing: only the reader’s press is answered', async () => {
    const root = await open();
    await click($(root, '[data-claim-id="c2"] .claim-toggle'));
    expect(fake.callsOf('revealClaim').map((c) => c.payload)).toEqual([{ id: 'c2', open: false }]);
    expect(notes(root)).toEqual({ c2: '' });
  });
});
