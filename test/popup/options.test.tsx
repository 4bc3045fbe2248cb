// @vitest-environment happy-dom
/** The options page against a fake worker: pause, default mode, the site list and the corpus view. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../src/options/Options';
import type { CorpusInfo } from '../../src/shared/messages';
import { withSite } from '../../src/shared/settings';
import { fake } from './fake-ext';
import { CORPUS, settingsWith } from './fixtures';
import { $, click, mount, settle, texts, unmountAll } from './render';

vi.mock('../../src/shared/browser', async () => ({
  ext: (await import('./fake-ext')).ext,
  extensionAlive: () => true,
}));

let settings = settingsWith();

beforeEach(() => {
  fake.reset();
  settings = settingsWith({ sites: { 'b.example': false, 'a.example': true } });
  fake.worker.getSettings = () => settings;
  fake.worker.getCorpusInfo = () => CORPUS;
  fake.worker.setSite = (p) => (settings = withSite(settings, p.host as string, p.enabled as boolean));
  fake.worker.setGlobal = (p) => (settings = { ...settings, ...p });
  fake.worker.forgetSite = (p) => {
    const sites = { ...settings.sites };
    delete sites[p.host as string];
    return (settings = { ...settings, sites });
  };
});
afterEach(unmountAll);

async function open() {
  const root = await mount(<Options />);
  await settle();
  return root;
}

describe('options page', () => {
  it('shows the default mode and changes it', async () => {
    const root = await open();
    expect($(root, '[data-testid="mode"]').getAttribute('data-mode')).toBe('all-sites');
    await click($(root, 'input[value="only-enabled"]'));
    expect(fake.callsOf('setGlobal').map((c) => c.payload)).toEqual([{ defaultMode: 'only-enabled' }]);
    expect($(root, '[data-testid="mode"]').getAttribute('data-mode')).toBe('only-enabled');
  });

  it('pauses and resumes everywhere with one button that says what it does, and says when it is paused', async () => {
    const root = await open();
    expect(root.querySelector('[data-testid="paused-note"]')).toBeNull();
    await click($(root, '[data-testid="pause-toggle"]'));
    expect(fake.callsOf('setGlobal').map((c) => c.payload)).toEqual([{ paused: true }]);
    expect($(root, '[data-testid="pause-toggle"]').textContent).toBe('Resume Claim Lens everywhere');
    expect($(root, '[data-testid="paused-note"]').textContent).toMatch(/^Claim Lens is paused everywhere/);
    await click($(root, '[data-testid="pause-toggle"]'));
    expect(fake.callsOf('setGlobal').map((c) => c.payload)).toEqual([{ paused: true }, { paused: false }]);
    expect($(root, '[data-testid="pause-toggle"]').textContent).toBe('Pause Claim Lens everywhere');
    // No On/Off switch for the pause: "Pause … On" read as a double negative.
    expect(texts(root, '.switch-label')).not.toContain('Pause Claim Lens everywhere');
  });

  it('lists switched sites in order with their state, and forgets one', async () => {
    const root = await open();
    expect([...root.querySelectorAll('.site')].map((li) => li.getAttribute('data-host'))).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(texts(root, '.site [role="switch"]').map((t) => t.trim())).toEqual(['On', 'Off']);
    await click($(root, 'button[aria-label="Forget b.example"]'));
    expect(fake.callsOf('forgetSite').map((c) => c.payload)).toEqual([{ host: 'b.example' }]);
    expect([...root.querySelectorAll('.site')].map((li) => li.getAttribute('data-host'))).toEqual([
      'a.example',
    ]);
  });

  it('keeps a site switched back to the default listed, with its switch, until it is forgotten', async () => {
    const root = await open();
    const switchOf = (host: string) => $(root, `.site[data-host="${host}"] [role="switch"]`);
    await click(switchOf('b.example'));
    // On every site is the default: b.example switched on has no setting of its own any more, yet stays.
    expect(settings.sites).toEqual({ 'a.example': true });
    expect([...root.querySelectorAll('.site')].map((li) => li.getAttribute('data-host'))).toEqual([
      'a.example',
      'b.example',
    ]);
    expect(switchOf('b.example').getAttribute('aria-checked')).toBe('true');
    await click(switchOf('b.example'));
    expect(settings.sites).toEqual({ 'a.example': true, 'b.example': false });
    await click($(root, 'button[aria-label="Forget b.example"]'));
    expect([...root.querySelectorAll('.site')].map((li) => li.getAttribute('data-host'))).toEqual([
      'a.example',
    ]);
  });

  // The button goes with its row; focus must not fall to the page's start.
  it('keeps keyboard focus in the list when a site is forgotten', async () => {
    settings = settingsWith({ sites: { 'a.example': true, 'b.example': false, 'c.example': true } });
    const root = await open();
    const forget = (host: string) => $(root, `button[aria-label="Forget ${host}"]`);
    forget('b.example').focus();
    await click(forget('b.example'));
    expect(document.activeElement).toBe(forget('c.example'));
    await click(forget('c.example'));
    expect(document.activeElement).toBe(forget('a.example'));
    await click(forget('a.example'));
    expect(document.activeElement).toBe($(root, '[data-testid="no-sites"]'));
  });

  it('follows a change made in the popup', async () => {
    const root = await open();
    settings = settingsWith();
    fake.emitStorage({ settings: { newValue: settings } });
    await settle();
    expect(root.querySelector('[data-testid="no-sites"]')).not.toBeNull();
  });

  it('shows the corpus documents, with unknown metadata said plainly, and its disagreements', async () => {
    const root = await open();
    expect($(root, '[data-testid="corpus-count"]').textContent).toBe('3 documents');
    const rows = [...root.querySelectorAll('[data-testid="documents"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.firstChild?.textContent ?? ''),
    );
    expect(rows).toEqual([
      ['The Middle East Online', 'Kerry tells Russia patience is not infinite', '15 June 2016', 'bundled'],
      ['unknown outlet', 'US patience in Syria is very limited', 'undated', 'bundled'],
      ['Arutz Sheva', 'Appeals to Russia', '16 June 2016', 'bundled'],
    ]);
    expect(root.querySelector('a[href="https://example.org/c"]')).not.toBeNull();
    const disagreement = $(root, '[data-testid="disagreements"] .disagreement');
    expect(disagreement.querySelector('h4')?.textContent).toContain('people killed');
    expect(texts(disagreement, 'mark')).toEqual(['280,000', '250,000']);
  });

  it('gives an undated document the span its events place it in', async () => {
    const [a, b, c] = CORPUS.documents;
    if (!a || !b || !c) throw new Error('fixture');
    const placed = { ...b, writtenBetween: ['2016-02-27', '2017-02-26'] as [string, string] };
    fake.worker.getCorpusInfo = (): CorpusInfo => ({ ...CORPUS, documents: [a, placed, c] });
    const root = await open();
    const row = $(root, '[data-testid="documents"] tr[data-doc="doc-b"]');
    expect(row.querySelectorAll('td')[2]?.textContent).toBe(
      'undated, written 27 February 2016 – 26 February 2017',
    );
    // Not a date the user gave: the cell's tooltip says what the span rests on.
    expect(row.querySelectorAll('td')[2]?.getAttribute('title')).toMatch(/^No date given/);
  });

  it('marks the words on which two wordings of a fact differ', async () => {
    fake.worker.getCorpusInfo = (): CorpusInfo => ({
      ...CORPUS,
      disagreements: [
        {
          kind: 'quote',
          topic: 'who must go',
          reports: [
            {
              doc: 'doc-a',
              source: 'The Middle East Online',
              text: 'Bashar Al-Assad must go',
              passage: 'Kerry said “Bashar Al-Assad must go.”',
            },
            {
              doc: 'doc-c',
              source: 'Arutz Sheva',
              text: 'Assad must go',
              passage: 'He said “Assad must go.”',
            },
          ],
        },
      ],
    });
    const root = await open();
    const [first, second] = [...root.querySelectorAll('[data-testid="disagreements"] .disagreement li')];
    if (!first || !second) throw new Error('two reports expected');
    // The first report is what the others are compared with.
    expect(first.querySelector('[data-testid="quote-diff"]')).toBeNull();
    const diff = $(second, '[data-testid="quote-diff"]');
    expect(texts(diff, 'figcaption')).toEqual(['Against The Middle East Online']);
    expect(texts(diff, '.diff-text del').map((t) => t.replace(/\[[^:]*: |\]/g, ''))).toEqual(['Bashar Al-']);
    expect(diff.querySelector('.diff-text ins')).toBeNull();
  });
});
