/**
 * "Check a text" in the engine: a pasted text read a window at a time finds what reading it whole finds, at the
 * right offsets in the whole text, claims on the windows' edges included; lines a PDF wrapped are joined first.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../../src/build/read-corpus';
import { checkText, checkWindows, MAX_OTHERS } from '../../src/core/check-text';
import { extractClaims } from '../../src/core/extract-claims';
import { scanGates } from '../../src/core/scan-texts';
import { joinBrokenWords, unwrapLines } from '../../src/core/text/unwrap-lines';
import type { ScannedClaim } from '../../src/core/types';
import { builtIndex } from './built-index';
import { CAMP_REPORT, campIndex } from './camp-report';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const index = builtIndex(readCorpusDir(SEEDS));
const gates = scanGates(index);

/** Two seeds say 280,000 killed (so the figure has context), and date the war's start to March 2011. */
const CLAIM = "Syria's war has killed more than 250,000 people since March 2011.";
/** Claims the corpus has nothing on. */
const OTHER = 'The marathon had 12,000 runners last Sunday.';
const MAX = 4_000;

/** A sentence of exactly `n` characters (n ≥ 12) with no figure, date or quote in it. */
function pad(n: number): string {
  const words = `Talks went ${'on and '.repeat(Math.ceil(n / 7))}`;
  return `${words
    .slice(0, n - 2)
    .trimEnd()
    .padEnd(n - 2, 'n')}s.`;
}

/**
 * One paragraph of about 13,000 characters (no line break): CLAIM across the first window's edge, so that the
 * second window starts with it; CLAIM again as the second window's last sentence; CLAIM and OTHER in between and
 * after.
 */
function longParagraph(): string {
  const parts: string[] = [];
  const length = () => parts.join(' ').length + (parts.length > 0 ? 1 : 0);
  parts.push(OTHER, pad(1_500), CLAIM, pad(1_200));
  // The next sentence starts 30 characters before the edge: the window is cut before it.
  parts.push(pad(MAX - 30 - length() - 1));
  const secondStart = length();
  parts.push(CLAIM, pad(1_800), OTHER);
  // CLAIM and its space end 5 characters before the second window's edge; the long sentence after it crosses it.
  parts.push(pad(secondStart + MAX - 5 - CLAIM.length - 1 - length() - 1), CLAIM, pad(1_000));
  parts.push(OTHER, pad(2_000), CLAIM, pad(900), OTHER);
  return parts.join(' ');
}

/** What a reader is shown of each claim: where, which words, and each source's relation. */
function shown(claims: readonly ScannedClaim[]): [number, number, string, string[]][] {
  return claims.map(({ claim, result }) => [
    claim.start,
    claim.end,
    claim.text,
    result.matches.map((m) => `${m.doc} ${m.relation}`).sort(),
  ]);
}

describe('checkWindows', () => {
  it('cuts a long paragraph at sentence ends, with claims right at both edges of a window', () => {
    const text = longParagraph();
    const windows = checkWindows(text, MAX);
    expect(windows.length).toBeGreaterThanOrEqual(4);
    for (const w of windows) {
      expect(w.text.length).toBeLessThanOrEqual(MAX);
      expect(text.slice(w.start, w.start + w.text.length)).toBe(w.text);
    }
    // Together the windows are the text.
    expect(windows.map((w) => w.text).join('')).toBe(text);
    // The claim sentence across the first edge opens the second window, and another closes it.
    expect(windows[1]?.text.startsWith(CLAIM)).toBe(true);
    expect(windows[1]?.text.trimEnd().endsWith(CLAIM)).toBe(true);
  });

  it('reads each line apart and leaves blank lines out', () => {
    const text = `Heading\n\n${CLAIM}\n   \n${OTHER}\n`;
    expect(checkWindows(text, MAX)).toEqual([
      { start: 0, text: 'Heading' },
      { start: 9, text: CLAIM },
      { start: 9 + CLAIM.length + 5, text: OTHER },
    ]);
  });
});

describe('checkText', () => {
  it('finds in windows what it finds in the whole text, at offsets into the whole text', async () => {
    const text = longParagraph();
    const windowed = await checkText(index, gates, text, '2016-06-01', false, MAX);
    const whole = await checkText(index, null, text, '2016-06-01', false, 1_000_000);
    const claimSentences = text.split(CLAIM).length - 1;
    // Each CLAIM: its figure and its date.
    expect(windowed.claims).toHaveLength(2 * claimSentences);
    expect(shown(windowed.claims)).toEqual(shown(whole.claims));
    for (const { claim } of windowed.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    // The claims on the edges of the second window are among them.
    const [, second] = checkWindows(text, MAX);
    const starts = windowed.claims.map(({ claim }) => claim.start);
    expect(starts).toContain((second?.start ?? -1) + CLAIM.indexOf('more than'));
    const lastInSecond = (second?.start ?? 0) + (second?.text.trimEnd().length ?? 0) - CLAIM.length;
    expect(starts).toContain(lastInSecond + CLAIM.indexOf('March 2011'));
  });

  it('gives other work a turn between windows when asked to, and finds the same', async () => {
    const text = longParagraph();
    let turns = 0;
    const taking = await checkText(index, gates, text, '2016-06-01', false, MAX, {
      every: 1,
      take: async () => void turns++,
    });
    expect(turns).toBe(checkWindows(text, MAX).length - 1);
    expect(taking).toEqual(await checkText(index, gates, text, '2016-06-01', false, MAX));
  });

  it('counts the claims it found that the corpus has nothing on, and lists them at their places', async () => {
    const text = longParagraph();
    const { unmatched, others } = await checkText(index, gates, text, '2016-06-01', false, MAX);
    const perOther = extractClaims(OTHER, { referenceDate: '2016-06-01' }).length;
    expect(perOther).toBe(2);
    expect(unmatched).toBe(perOther * (text.split(OTHER).length - 1));
    expect(others).toHaveLength(Math.min(unmatched, MAX_OTHERS));
    for (const other of others) expect(text.slice(other.start, other.end)).toBe(other.text);
    expect(others.map((o) => o.start)).toEqual([...others.map((o) => o.start)].sort((a, b) => a - b));
  });

  it('lists a claim without context at its place in the pasted text, past a word a PDF broke', async () => {
    const text = 'The bakery sold 1,250 loaves in Feb-\nruary, the owner said.';
    const { others } = await checkText(index, gates, text, '2016-06-01', false, MAX);
    expect(others.map((o) => [o.kind, o.text, text.slice(o.start, o.end)])).toEqual([
      ['quantity', '1,250', '1,250'],
      ['date', 'February', 'Feb-\nruary'],
    ]);
  });

  it('finds the claim of a sentence whose lines a PDF wrapped, at its place in the pasted text', async () => {
    const wrapped = "Syria's war has killed more than\n250,000 people since March\n2011. More followed.";
    const { claims } = await checkText(index, gates, `Casualties\n\n${wrapped}`, '2016-06-01', false, MAX);
    const figure = claims.find(({ claim }) => claim.kind === 'quantity');
    expect(figure?.claim.text).toBe('more than 250,000');
    const at = 'Casualties\n\n'.length + wrapped.indexOf('more than');
    expect([figure?.claim.start, figure?.claim.end]).toEqual([at, at + 'more than\n250,000'.length]);
    expect(figure?.result.matches.map((m) => m.relation)).toContain('conflicts');
    // The whole sentence, not "250,000 people since March", is what the sources were matched on.
    expect(figure?.claim.sentence).toBe("Syria's war has killed more than 250,000 people since March 2011.");
  });

  it('finds a date whose word a PDF hyphenated at a line end, at its place in the pasted text', async () => {
    const text = 'A truce has been in effect since Feb-\nruary 27 in Syria, Kerry said.';
    const { claims } = await checkText(index, gates, text, '2016-06-01', false, MAX);
    const date = claims.find(({ claim }) => claim.kind === 'date');
    expect(date?.claim.text).toBe('February 27');
    const at = text.indexOf('Feb-');
    expect([date?.claim.start, date?.claim.end]).toEqual([at, at + 'Feb-\nruary 27'.length]);
    expect(date?.result.matches.map((m) => m.relation)).toContain('agrees');
  });

  describe('a dateline in the text', () => {
    const camp = campIndex();
    const campGates = scanGates(camp);
    const REPORT = CAMP_REPORT;
    const relationsOfWednesday = async (text: string, day: string, published: boolean) => {
      const { claims } = await checkText(camp, campGates, text, day, published, MAX);
      const found = claims.find(({ claim }) => claim.text === 'Wednesday');
      return found ? found.result.matches.map((m) => m.relation) : [];
    };

    it('dates the lines after it: their "Wednesday" is the day before it, not a Wednesday of today', async () => {
      // Read against today (the reader gave no date), the line alone names a recent Wednesday.
      expect(await relationsOfWednesday(REPORT, '2026-11-22', false)).toEqual([]);
      expect(
        await relationsOfWednesday(`Published October 30 2014\n\n${REPORT}`, '2026-11-22', false),
      ).toEqual(['agrees']);
      // Over a date the reader gave, too: the text says when it was written.
      expect(
        await relationsOfWednesday(`Published October 30 2014\n\n${REPORT}`, '2015-03-01', true),
      ).toEqual(['agrees']);
    });

    it('dates only what follows it', async () => {
      expect(
        await relationsOfWednesday(`${REPORT}\n\nPublished October 30 2014`, '2026-11-22', false),
      ).toEqual([]);
    });
  });

  it('finds nothing in an empty or blank text', async () => {
    const none = { claims: [], unmatched: 0, others: [] };
    expect(await checkText(index, gates, '', '2016-06-01', false, MAX)).toEqual(none);
    expect(await checkText(index, gates, ' \n\n\t', '2016-06-01', false, MAX)).toEqual(none);
  });
});

describe('unwrapLines', () => {
  it('joins lines broken inside a sentence, character for character', () => {
    const text = 'The war has killed more than\n250,000 people, the\nmonitor said.\nIt began in 2011.';
    const out = unwrapLines(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('The war has killed more than 250,000 people, the monitor said.\nIt began in 2011.');
  });

  it('keeps paragraph breaks, sentence ends, list items and short headings', () => {
    const text = [
      'Syria in numbers',
      'More than 280,000 killed',
      '',
      'The toll:',
      '- 280,000 killed',
      '- millions displaced',
      '1. first',
      'A sentence that ends here.',
      'Next one',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('keeps the rows of a table apart, however long', () => {
    const text = [
      'Figure                       Value        Source',
      'Killed since March 2011      290,000      UN',
      'Living under siege           600,000      UN',
      'Besieged areas\twith aid\t15 of 18\tUN',
    ].join('\n');
    expect(unwrapLines(text)).toBe(text);
  });

  it('joins a long line to a next line that starts with a capital (a name, a new clause)', () => {
    const text =
      'Speaking to reporters in Geneva on Friday, the envoy\nStaffan de Mistura said talks would resume.';
    expect(unwrapLines(text)).toBe(text.replace('\n', ' '));
  });

  it('turns a wrapped CRLF into two spaces, keeping offsets', () => {
    expect(unwrapLines('killed more than\r\n250,000 people.\r\nThen')).toBe(
      'killed more than  250,000 people.\r\nThen',
    );
  });
});

describe('joinBrokenWords', () => {
  it.each([
    ['since Feb-\nruary 27', 'since February 27'],
    ['more than 250,000 peo-\r\nple', 'more than 250,000 people'],
    // A number word or a figure keeps its hyphen; a capital after the break is a name's own hyphen.
    ['twenty-\nfive people', 'twenty-five people'],
    ['a 15-\nyear-old boy', 'a 15-year-old boy'],
    ['Bashar al-\nAssad', 'Bashar al-\nAssad'],
    // No line break, or a dash alone at the line's end: nothing to join.
    ['pre- and post-war', 'pre- and post-war'],
    ['fighting -\ncontinued', 'fighting -\ncontinued'],
  ])('%j → %j', (text, joined) => {
    expect(joinBrokenWords(text).text).toBe(joined);
  });

  it('gives back offsets into the text as pasted, for starts and ends', () => {
    const text = 'Since Feb-\nruary 27 and Mar-\nch 3.';
    const joined = joinBrokenWords(text);
    expect(joined.text).toBe('Since February 27 and March 3.');
    const span = (words: string): [number, number] => {
      const start = joined.text.indexOf(words);
      return [joined.source(start), joined.source(start + words.length, true)];
    };
    expect(span('February 27')).toEqual([text.indexOf('Feb-'), text.indexOf(' and')]);
    expect(span('March 3')).toEqual([text.indexOf('Mar-'), text.indexOf('.')]);
    expect(span('Since')).toEqual([0, 5]);
  });

  it('joins a megabyte of broken words in one pass', () => {
    const hostile = 'ab-\ncd '.repeat(150_000);
    const joined = joinBrokenWords(hostile);
    expect(joined.text.length).toBe(hostile.length - 150_000 * 2);
    expect(joined.source(joined.text.length, true)).toBe(hostile.length);
  });
});
