/**
 * The text "Check with Claim Lens" checks: the tab's own selection (line breaks kept) when its content script answers
 * with the selection the browser passed, else the browser's `selectionText`; cut to the check page's limit, with why.
 * The browsers' copies are as measured: Chromium 150 gave every line break as a space, and the text of a shadow root
 * that the page's `toString()` leaves out; Firefox 153 gave the first 16,384 characters, line breaks kept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Answer = unknown | Error | 'never';

const fake = vi.hoisted(() => ({
  /** What each frame's content script answers getSelectedText with (an Error: it rejects; 'never': it hangs). */
  frames: {} as Record<number, Answer>,
  asked: [] as { tabId: number; frameId?: number }[],
}));

vi.mock('../../src/shared/browser', () => ({
  ext: {
    tabs: {
      sendMessage(tabId: number, _message: unknown, options?: { frameId?: number }) {
        fake.asked.push({ tabId, frameId: options?.frameId });
        const frame = options?.frameId ?? 0;
        if (!(frame in fake.frames))
          return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
        const answer = fake.frames[frame];
        if (answer instanceof Error) return Promise.reject(answer);
        if (answer === 'never') return new Promise(() => undefined);
        return Promise.resolve({ ok: true, value: answer });
      },
    },
  },
}));

const { BROWSER_SELECTION_CAP, sameSelection, selectedText } =
  await import('../../src/background/selected-text');
const { CHECK_TEXT_LIMITS } = await import('../../src/shared/messages');

const PAGE = 'Syria in numbers\nThe war began in March 2011\n\nMore than 280,000 people were killed.';
/** Chromium's selectionText of the same selection. */
const CHROMIUM = 'Syria in numbers The war began in March 2011  More than 280,000 people were killed.';
const whole = (text: string) => ({ text, chars: text.length });

beforeEach(() => {
  fake.frames = {};
  fake.asked = [];
});

describe('selectedText', () => {
  it('takes the page’s selection, line breaks kept, over Chromium’s spaced copy', async () => {
    fake.frames[0] = whole(PAGE);
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
      text: PAGE,
      cut: null,
      writtenOn: null,
    });
    expect(fake.asked).toEqual([{ tabId: 4, frameId: 0 }]);
  });

  it('asks the frame the menu was opened in, and keeps the browser’s copy where no content script runs', async () => {
    fake.frames[0] = whole('the top frame’s other selection');
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 7 }, 4)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
    expect(fake.asked).toEqual([{ tabId: 4, frameId: 7 }]);
  });

  it('keeps the browser’s copy on a browser page, a page gone, or without a tab', async () => {
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
    fake.frames[0] = new Error('Frame with ID 0 was removed.');
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
    expect(await selectedText({ selectionText: CHROMIUM }, undefined)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
    expect(fake.asked).toHaveLength(2);
  });

  it('keeps the browser’s copy when the page does not answer in time', async () => {
    fake.frames[0] = 'never';
    const started = Date.now();
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4, 50)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('keeps the browser’s copy for a selection in a text field, which the page’s selection does not hold', async () => {
    fake.frames[0] = whole('');
    expect(await selectedText({ selectionText: 'killed 280,000', frameId: 0 }, 4)).toEqual({
      text: 'killed 280,000',
      cut: null,
      writtenOn: null,
    });
  });

  it('keeps the browser’s copy when the page’s selection is another one', async () => {
    fake.frames[0] = whole('A page script selected this instead.');
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
      text: CHROMIUM,
      cut: null,
      writtenOn: null,
    });
  });

  it('keeps the browser’s copy when the page answers with something else than a selection', async () => {
    for (const answer of [
      null,
      { text: 42, chars: 2 },
      { text: PAGE, chars: 3 },
      { text: 'a'.repeat(CHECK_TEXT_LIMITS.chars + 1), chars: CHECK_TEXT_LIMITS.chars + 1 },
    ]) {
      fake.frames[0] = answer;
      expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
        text: CHROMIUM,
        cut: null,
        writtenOn: null,
      });
    }
  });

  it('takes the page’s start of a selection over the limit, and says how long the selection is', async () => {
    const chars = 283_640;
    const start = PAGE.repeat(3_000).slice(0, CHECK_TEXT_LIMITS.chars);
    fake.frames[0] = { text: start, chars };
    const browser = PAGE.repeat(3_500).slice(0, chars).replace(/\n/g, ' ');
    expect(await selectedText({ selectionText: browser, frameId: 0 }, 4)).toEqual({
      text: start,
      cut: { kind: 'over-limit', chars },
      writtenOn: null,
    });
  });

  it('takes the page’s whole selection over Firefox’s first 16,384 characters', async () => {
    const long = PAGE.repeat(400);
    fake.frames[0] = whole(long);
    const firefox = long.slice(0, BROWSER_SELECTION_CAP);
    expect(await selectedText({ selectionText: firefox, frameId: 0 }, 4)).toEqual({
      text: long,
      cut: null,
      writtenOn: null,
    });
  });

  it('cuts the browser’s copy of a selection over the limit, and says so', async () => {
    const chromium = CHROMIUM.repeat(3_000);
    const got = await selectedText({ selectionText: chromium, frameId: 0 }, 4);
    expect(got.text).toBe(chromium.slice(0, CHECK_TEXT_LIMITS.chars));
    expect(got.cut).toEqual({ kind: 'over-limit', chars: chromium.length });
  });

  it('says that a copy as long as Firefox’s cap may be only the start of the selection', async () => {
    const firefox = PAGE.repeat(400).slice(0, BROWSER_SELECTION_CAP);
    expect(await selectedText({ selectionText: firefox, frameId: 0 }, 4)).toEqual({
      text: firefox,
      cut: { kind: 'browser-limit' },
      writtenOn: null,
    });
    const shorter = firefox.slice(0, -1);
    expect(await selectedText({ selectionText: shorter, frameId: 0 }, 4)).toEqual({
      text: shorter,
      cut: null,
      writtenOn: null,
    });
  });

  it('gives the day the page says it was published with the page’s selection, not with the browser’s copy', async () => {
    fake.frames[0] = { ...whole(PAGE), writtenOn: '2016-06-15' };
    expect(await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).toEqual({
      text: PAGE,
      cut: null,
      writtenOn: '2016-06-15',
    });
    // A page may not hand the check page anything but a day.
    fake.frames[0] = { ...whole(PAGE), writtenOn: 'yesterday' };
    expect((await selectedText({ selectionText: CHROMIUM, frameId: 0 }, 4)).writtenOn).toBeNull();
  });

  it('is an empty text, not an error, when there is nothing at all', async () => {
    expect(await selectedText({}, undefined)).toEqual({ text: '', cut: null, writtenOn: null });
  });
});

describe('sameSelection', () => {
  it('sees one selection through spaces, line breaks and tabs', () => {
    expect(sameSelection(whole(PAGE), CHROMIUM)).toBe(true);
    expect(sameSelection(whole('cell A\tcell B\n'), 'cell A cell B')).toBe(true);
  });

  it('tells a selection through a shadow root, whose text only Chromium’s copy holds', () => {
    const page = 'Field  and Button 7 end.\n\nLast 2011';
    expect(sameSelection(whole(page), 'Field  and Button 7 end.  Shadow text 99  Last 2011')).toBe(false);
  });

  it('holds a whole selection to every letter: a missing end is another selection', () => {
    expect(sameSelection(whole('More than 280,000 people'), 'More than 280,000 people were killed.')).toBe(
      false,
    );
  });

  it('compares only the start of a copy that was cut', () => {
    const long = PAGE.repeat(400);
    expect(sameSelection(whole(long), long.slice(0, BROWSER_SELECTION_CAP))).toBe(true);
    expect(sameSelection({ text: long.slice(0, 1_000), chars: long.length }, long)).toBe(true);
    expect(sameSelection({ text: `X${long.slice(0, 1_000)}`, chars: long.length }, long)).toBe(false);
  });
});
