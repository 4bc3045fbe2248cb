// @vitest-environment happy-dom
/**
 * The check page: a labelled text box and date, the request it sends, the results listed with the popup's own
 * components (without "Show on page": a pasted text has no page), the count of claims without context, and what it
 * says when nothing is found, the text is too long, the corpus is missing or the check fails; and a text the context
 * menu handed over, filled in and checked at once, read once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CheckText } from '../../src/check/CheckText';
import type { CheckTextReply } from '../../src/shared/messages';
import type { OtherClaim } from '../../src/core/types';
import { CHECK_TEXT_LIMITS } from '../../src/shared/messages';
import { checkKeys } from '../../src/check/check-words';
import { HANDOFF_PREFIX } from '../../src/shared/check-handoff';
import { localDay } from '../../src/shared/local-day';
import { fake } from '../popup/fake-ext';
import { CLAIMS, DOCUMENTS } from '../popup/fixtures';
import { $, click, mount, settle, texts, unmountAll } from '../popup/render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('../popup/fake-ext')).ext,
  extensionAlive: () => true,
}));

const TEXT = "Syria's war has killed more than 280,000 people, the monitor said on Friday.";

/** Claims of TEXT without context, as the worker lists them. */
const OTHERS: OtherClaim[] = [
  { kind: 'quantity', text: '280,000', start: TEXT.indexOf('280,000'), end: TEXT.indexOf('280,000') + 7 },
  { kind: 'date', text: 'Friday', start: TEXT.indexOf('Friday'), end: TEXT.indexOf('Friday') + 6 },
];

/** A reply with the fixtures' three claims (as the worker sends them: no ids) and `unmatched` others. */
function reply(unmatched = 2, claims = CLAIMS): CheckTextReply {
  return {
    kind: 'checked',
    claims: claims.map(({ claim, result }) => ({ claim, result })),
    unmatched,
    others: OTHERS.slice(0, unmatched),
    documents: DOCUMENTS,
    corpusSize: 5,
  };
}

beforeEach(() => {
  fake.reset();
  fake.worker.checkText = () => reply();
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

/** Types `value` into a field as a reader would. */
async function type(field: HTMLElement, value: string): Promise<void> {
  await act(() => {
    (field as HTMLInputElement).value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The control a visible label names (its `for`). */
function labelled(root: HTMLElement, words: string): HTMLElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === words);
  if (!label) throw new Error(`no label "${words}"`);
  return $(root, `[id="${label.htmlFor}"]`);
}

async function open(search = ''): Promise<HTMLElement> {
  const root = await mount(<CheckText search={search} />);
  await settle();
  return root;
}

async function checkText(root: HTMLElement, text = TEXT): Promise<void> {
  await type(labelled(root, 'Text to check'), text);
  await click($(root, '[data-testid="check-submit"]'));
  await settle();
}

const status = (root: HTMLElement) => $(root, '[data-testid="check-status"]').textContent;

describe('the check page', () => {
  it('has a labelled text box and date field, and a Check button that waits for a text', async () => {
    const root = await open();
    expect(labelled(root, 'Text to check').tagName).toBe('TEXTAREA');
    const date = labelled(root, 'Written on (optional)');
    expect(date.getAttribute('type')).toBe('date');
    expect(date.getAttribute('aria-describedby')).toBeTruthy();
    expect($(root, '[data-testid="check-submit"]').hasAttribute('disabled')).toBe(true);
    await type(labelled(root, 'Text to check'), '   ');
    expect($(root, '[data-testid="check-submit"]').hasAttribute('disabled')).toBe(true);
    await type(labelled(root, 'Text to check'), TEXT);
    expect($(root, '[data-testid="check-submit"]').hasAttribute('disabled')).toBe(false);
    expect($(root, '[data-testid="check-length"]').textContent).toBe(`${TEXT.length} characters`);
  });

  it('sends the text read as of today, undated, when no date is given', async () => {
    const root = await open();
    await checkText(root);
    expect(fake.callsOf('checkText').map((c) => c.payload)).toEqual([
      { text: TEXT, referenceDate: localDay(new Date()), published: false },
    ]);
  });

  it('sends the day the text was written, as its own date, when given', async () => {
    const root = await open();
    await type(labelled(root, 'Written on (optional)'), '2016-06-01');
    await checkText(root);
    expect(fake.callsOf('checkText')[0]?.payload).toEqual({
      text: TEXT,
      referenceDate: '2016-06-01',
      published: true,
    });
  });

  it('announces and lists the claims with context with the popup’s list, and counts the others', async () => {
    const root = await open();
    await checkText(root);
    const live = $(root, '[data-testid="check-status"]');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(status(root)).toBe('3 claims with context in this text · 2 where a source differs');
    expect(texts(root, '[data-testid="claim-text"]')).toEqual([
      'more than 280,000',
      'February 27',
      '“Russia needs to understand that our patience is not infinite”',
    ]);
    expect($(root, '#claims-heading').textContent).toBe('Claims in this text');
    expect($(root, '[data-testid="check-unmatched"]').textContent).toBe(
      '2 other claims found in the text have no context in the corpus.',
    );
    // Under the count, closed at first: each claim without context in the words around it.
    const others = $(root, '[data-testid="check-others"]') as HTMLDetailsElement;
    expect(others.open).toBe(false);
    expect(texts(root, '[data-testid="check-other"]')).toEqual([
      "Figure Syria's war has killed more than 280,000 people, the monitor said on Friday.",
      // Sixty characters each side at most, cut at a word.
      'Date …has killed more than 280,000 people, the monitor said on Friday.',
    ]);
    expect(texts(root, '[data-testid="check-other"] mark')).toEqual(['280,000', 'Friday']);
    expect(root.querySelector('[data-testid="check-others-more"]')).toBeNull();
  });

  it('says how many claims without context are not listed, past the first ones', async () => {
    fake.worker.checkText = () => ({ ...reply(), unmatched: 502 });
    const root = await open();
    await checkText(root);
    expect($(root, '[data-testid="check-others-more"]').textContent).toBe(
      'The first 2 are listed; 500 more are further on in the text.',
    );
  });

  it('opens a claim with its sources and relations, and no "Show on page"', async () => {
    const root = await open();
    await checkText(root);
    const toggle = root.querySelector<HTMLButtonElement>('[data-claim-id="t0"] .claim-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const item = $(root, '[data-claim-id="t0"]');
    expect(texts(item, '[data-testid="source-outlet"]')).toEqual([
      'The Middle East Online',
      'unknown outlet',
    ]);
    expect(texts(item, '[data-testid="source-relation"]')).toEqual(['Agrees', 'Differs']);
    expect(texts(item, '[data-testid="silent-sources"] .outlet')).toEqual(['Arutz Sheva']);
    expect(item.querySelector('[data-testid="show-on-page"]')).toBeNull();
    expect($(item, '[data-testid="page-sentence"] figcaption').textContent).toBe('In this text');
    expect(item.textContent).not.toContain('page');
    await click(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
  });

  it('compares a quote with the text’s wording, not a page’s', async () => {
    const root = await open();
    await checkText(root);
    await click(root.querySelector('[data-claim-id="t2"] .claim-toggle'));
    expect(texts(root, '[data-testid="quote-diff"] figcaption')).toContain('Against the text');
  });

  it('says so when the text has no claim at all', async () => {
    fake.worker.checkText = () => reply(0, []);
    const root = await open();
    await checkText(root);
    expect(status(root)).toBe('No claims found in this text');
    expect($(root, '[data-testid="check-nothing"]').textContent).toContain(
      'Claim Lens looks for figures (“more than 280,000 killed”), dates (“since March 2011”) and quoted statements, and found none here.',
    );
    expect(root.querySelector('[data-testid="claim-list"]')).toBeNull();
  });

  it('says so when the corpus has nothing on its claims, and where to add documents', async () => {
    fake.worker.checkText = () => reply(3, []);
    const root = await open();
    await checkText(root);
    expect(status(root)).toBe('No claims with context in this text');
    const nothing = $(root, '[data-testid="check-nothing"]');
    expect(nothing.textContent).toContain(
      'Claim Lens found 3 claims (figures, dates or quotes) in it, but none that the corpus’s 5 documents report.',
    );
    await click(nothing.querySelector('button'));
    expect(fake.optionsOpened).toBe(1);
  });

  it('says a text not in English is why, and offers no documents to add', async () => {
    fake.worker.checkText = () => reply(2, []);
    const root = await open();
    await checkText(
      root,
      'Selon l’Observatoire syrien des droits de l’homme, plus de 280 000 personnes ont été tuées depuis le début du conflit en mars 2011, et des millions de Syriens ont dû quitter leur pays. La trêve conclue le 27 février reste fragile selon les diplomates réunis à Genève.',
    );
    expect(status(root)).toBe('No claims with context in this text');
    const nothing = $(root, '[data-testid="check-nothing"]');
    expect(nothing.textContent).toContain(
      'This text does not seem to be in English, and Claim Lens reads English only.',
    );
    expect(nothing.querySelector('button')).toBeNull();
  });

  it('refuses a text over the limit in a sentence, and sends nothing', async () => {
    const root = await open();
    const long = 'a'.repeat(CHECK_TEXT_LIMITS.chars + 1);
    await type(labelled(root, 'Text to check'), long);
    expect($(root, '[data-testid="check-length"]').textContent).toBe(
      'This text has 200,001 characters; Claim Lens checks up to 200,000 at once. Check it in parts.',
    );
    expect(labelled(root, 'Text to check').getAttribute('aria-invalid')).toBe('true');
    await click($(root, '[data-testid="check-submit"]'));
    expect(fake.callsOf('checkText')).toEqual([]);
    expect(status(root)).toBe('The text is too long to check at once');
    expect($(root, '[data-testid="check-too-long"]').textContent).toContain('Check it in parts.');
  });

  it('says in words that the corpus could not be loaded', async () => {
    fake.worker.checkText = (): CheckTextReply => ({ kind: 'no-corpus' });
    const root = await open();
    await checkText(root);
    expect(status(root)).toBe('The text could not be looked up');
    expect($(root, '[data-testid="check-no-corpus"]').textContent).toContain(
      'Claim Lens could not load its corpus of news articles, so it cannot look up the claims in this text for now.',
    );
  });

  it('says why a check failed', async () => {
    fake.worker.checkText = () => {
      throw new Error('Claim Lens refused checkText: the date must be a day written YYYY-MM-DD');
    };
    const root = await open();
    await checkText(root);
    expect(status(root)).toBe('The text could not be checked');
    expect($(root, '[data-testid="check-failed"]').textContent).toBe(
      'The text could not be checked: Claim Lens refused checkText: the date must be a day written YYYY-MM-DD.',
    );
  });

  it('says when the results are for an earlier version of the text', async () => {
    const root = await open();
    await checkText(root);
    expect(root.querySelector('[data-testid="check-stale"]')).toBeNull();
    await type(labelled(root, 'Text to check'), `${TEXT} More.`);
    expect($(root, '[data-testid="check-stale"]').textContent).toContain('press Check again');
  });

  it('says when the results are for another "Written on" day, or for another text and day', async () => {
    const root = await open();
    await type(labelled(root, 'Written on (optional)'), '2016-06-01');
    await checkText(root);
    expect(root.querySelector('[data-testid="check-stale"]')).toBeNull();
    await type(labelled(root, 'Written on (optional)'), '2016-07-01');
    expect($(root, '[data-testid="check-stale"]').textContent).toBe(
      '“Written on” has changed since the text was checked: press Check again to update these results.',
    );
    // Emptied, the date is changed too: the text is then read as of today.
    await type(labelled(root, 'Written on (optional)'), '');
    expect($(root, '[data-testid="check-stale"]').textContent).toContain('“Written on” has changed');
    await type(labelled(root, 'Text to check'), `${TEXT} More.`);
    expect($(root, '[data-testid="check-stale"]').textContent).toContain(
      'The text and “Written on” have changed',
    );
    // Both back as checked: the results are the form's again.
    await type(labelled(root, 'Written on (optional)'), '2016-06-01');
    await type(labelled(root, 'Text to check'), TEXT);
    expect(root.querySelector('[data-testid="check-stale"]')).toBeNull();
  });

  it('names the corpus document the text is a copy of, which is no source on it', async () => {
    const saved = {
      id: 'user-camp',
      outlet: 'The Daily Ledger',
      title: 'Barrel bombs hit a camp',
      date: null,
      url: null,
    };
    fake.worker.checkText = () => ({ ...reply(), itself: saved });
    const root = await open();
    await checkText(root);
    expect($(root, '[data-testid="check-itself"]').textContent).toBe(
      'This text is in the corpus as “Barrel bombs hit a camp” (The Daily Ledger): that document is not counted as a source on it.',
    );
    // Without a copy, nothing is said.
    fake.worker.checkText = () => reply();
    await checkText(root, `${TEXT} More.`);
    expect(root.querySelector('[data-testid="check-itself"]')).toBeNull();
  });

  it('names a copied document without an outlet by its title alone', async () => {
    const seed = {
      id: '003',
      outlet: null,
      title: 'Kerry: Russia Making Syrian Peace ‘Difficult’',
      date: null,
      url: null,
    };
    fake.worker.checkText = () => ({ ...reply(0, []), itself: seed });
    const root = await open();
    await checkText(root);
    expect($(root, '[data-testid="check-itself"]').textContent).toBe(
      'This text is in the corpus as “Kerry: Russia Making Syrian Peace ‘Difficult’”: that document is not counted as a source on it.',
    );
  });

  it('does not ask for Check again over an emptied text box, where Check cannot be pressed', async () => {
    const root = await open();
    await checkText(root);
    await type(labelled(root, 'Text to check'), '');
    expect($(root, '[data-testid="check-submit"]').hasAttribute('disabled')).toBe(true);
    expect(root.querySelector('[data-testid="check-stale"]')).toBeNull();
    await type(labelled(root, 'Text to check'), ' \n ');
    expect(root.querySelector('[data-testid="check-stale"]')).toBeNull();
  });

  it('fills in and checks a text handed over by the context menu, and reads it once', async () => {
    fake.session[`${HANDOFF_PREFIX}abc`] = { text: TEXT, cut: null };
    const root = await open('?handoff=abc');
    expect(root.querySelector('[data-testid="handed-note"]')).toBeNull();
    expect((labelled(root, 'Text to check') as HTMLTextAreaElement).value).toBe(TEXT);
    expect(fake.callsOf('checkText').map((c) => c.payload.text)).toEqual([TEXT]);
    expect(fake.session).toEqual({});
    expect(status(root)).toBe('3 claims with context in this text · 2 where a source differs');
    unmountAll();
    const again = await open('?handoff=abc');
    expect((labelled(again, 'Text to check') as HTMLTextAreaElement).value).toBe('');
    expect($(again, '[data-testid="handed-note"]').textContent).toContain(
      'The selected text is no longer here',
    );
  });

  it('reads a handed text as written on the day its page says it was published, and shows that day', async () => {
    fake.session[`${HANDOFF_PREFIX}abc`] = { text: TEXT, cut: null, writtenOn: '2016-06-15' };
    const root = await open('?handoff=abc');
    expect((labelled(root, 'Written on (optional)') as HTMLInputElement).value).toBe('2016-06-15');
    expect(fake.callsOf('checkText')[0]?.payload).toEqual({
      text: TEXT,
      referenceDate: '2016-06-15',
      published: true,
    });
  });

  it('holds the start of a selection over the limit unchecked, and says so with the selection’s length', async () => {
    const start = 'a'.repeat(CHECK_TEXT_LIMITS.chars);
    fake.session[`${HANDOFF_PREFIX}abc`] = { text: start, cut: { kind: 'over-limit', chars: 283_640 } };
    const root = await open('?handoff=abc');
    expect((labelled(root, 'Text to check') as HTMLTextAreaElement).value).toBe(start);
    expect(fake.callsOf('checkText')).toEqual([]);
    expect(status(root)).toBe('');
    expect($(root, '[data-testid="handed-note"]').textContent).toBe(
      'Your selection has 283,640 characters, more than the 200,000 Claim Lens checks at once, so it was not checked. The box below holds its first 200,000: press Check to check them, or select a shorter part and choose “Check with Claim Lens” again.',
    );
    await click($(root, '[data-testid="check-submit"]'));
    await settle();
    expect(fake.callsOf('checkText').map((c) => c.payload.text)).toEqual([start]);
  });

  it('checks a text the browser may have cut at once, and says it may be only the start', async () => {
    const firefox = TEXT.repeat(300).slice(0, 16_384);
    fake.session[`${HANDOFF_PREFIX}abc`] = { text: firefox, cut: { kind: 'browser-limit' } };
    const root = await open('?handoff=abc');
    expect(fake.callsOf('checkText').map((c) => c.payload.text)).toEqual([firefox]);
    expect($(root, '[data-testid="handed-note"]').textContent).toBe(
      'The browser hands extensions at most 16,384 characters of a selection, and Claim Lens could not read yours on the page itself: if you selected more, only this start of it is checked. To check all of it, copy it and paste it below.',
    );
  });

  it('asks for the text to be pasted when it could not be handed over', async () => {
    const root = await open('?handoff=failed');
    expect($(root, '[data-testid="handed-note"]').textContent).toContain('Copy it and paste it below.');
    expect(fake.callsOf('checkText')).toEqual([]);
  });

  it('says nothing of a handed text when opened without one', async () => {
    const root = await open();
    expect(root.querySelector('[data-testid="handed-note"]')).toBeNull();
    expect(status(root)).toBe('');
  });
});

describe('the check page’s keyboard', () => {
  /** Presses a key in `field` as a reader would, with the given modifiers. */
  async function press(field: HTMLElement, key: string, init: KeyboardEventInit = {}): Promise<boolean> {
    let allowed = true;
    await act(() => {
      allowed = field.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
      );
    });
    await settle();
    return allowed;
  }

  it('checks the text on Ctrl+Enter in the text box, as most paste-and-check tools do', async () => {
    const root = await open();
    const box = labelled(root, 'Text to check');
    await type(box, TEXT);
    expect(await press(box, 'Enter', { ctrlKey: true })).toBe(false);
    expect(fake.callsOf('checkText').map((c) => c.payload.text)).toEqual([TEXT]);
    expect(status(root)).toBe('3 claims with context in this text · 2 where a source differs');
  });

  it('checks it on Cmd+Enter too (macOS)', async () => {
    const root = await open();
    const box = labelled(root, 'Text to check');
    await type(box, TEXT);
    await press(box, 'Enter', { metaKey: true });
    expect(fake.callsOf('checkText')).toHaveLength(1);
  });

  it('keeps Enter, Shift+Enter and Alt+Enter for line breaks, and checks no empty text', async () => {
    const root = await open();
    const box = labelled(root, 'Text to check');
    await type(box, TEXT);
    expect(await press(box, 'Enter')).toBe(true);
    expect(await press(box, 'Enter', { shiftKey: true })).toBe(true);
    expect(await press(box, 'Enter', { altKey: true })).toBe(true);
    expect(fake.callsOf('checkText')).toEqual([]);
    await type(box, '  \n ');
    await press(box, 'Enter', { ctrlKey: true });
    expect(fake.callsOf('checkText')).toEqual([]);
  });

  it('does not check while an input method is composing', async () => {
    const root = await open();
    const box = labelled(root, 'Text to check');
    await type(box, TEXT);
    await press(box, 'Enter', { ctrlKey: true, isComposing: true });
    expect(fake.callsOf('checkText')).toEqual([]);
  });

  it('says so by the Check button, and to assistive technology', async () => {
    const root = await open();
    const button = $(root, '[data-testid="check-submit"]');
    expect(button.getAttribute('title')).toBe('Check the text (Ctrl+Enter)');
    expect($(root, '[data-testid="check-keys"]').textContent).toBe('or Ctrl+Enter');
    expect(labelled(root, 'Text to check').getAttribute('aria-keyshortcuts')).toBe(
      'Control+Enter Meta+Enter',
    );
  });
});

describe('checkKeys', () => {
  it('names Cmd on macOS and Ctrl elsewhere', () => {
    expect(checkKeys('MacIntel')).toBe('Cmd+Enter');
    expect(checkKeys('macOS')).toBe('Cmd+Enter');
    expect(checkKeys('Win32')).toBe('Ctrl+Enter');
    expect(checkKeys('Linux x86_64')).toBe('Ctrl+Enter');
    expect(checkKeys('')).toBe('Ctrl+Enter');
  });
});
