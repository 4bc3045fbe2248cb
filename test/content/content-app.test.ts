// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ContentApp, type AppPorts } from '../../src/content/content-app';
import { MARK_TAG } from '../../src/content/highlighter';
import type { Engine } from '../../src/content/scanner';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import type { Claim, ClaimResult } from '../../src/core/types';
import { markup, match, quantityClaim, result, setBody } from './fixtures';

/** A stand-in engine: every figure is a claim; the "corpus" knows figures of 1,000 and more. */
const engine: Engine & { calls: number } = {
  calls: 0,
  prefilter: (text) => /\d/.test(text),
  extract(text, _referenceDate, keepSentence) {
    engine.calls++;
    // The block stands for one sentence; its lower-cased words stand for its terms.
    if (keepSentence && !keepSentence(text.toLowerCase().split(/\W+/))) return [];
    return [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
      ...quantityClaim(m[0], Number(m[0].replace(/,/g, '')), m.index),
    }));
  },
};

function fakePorts(settings: Settings = defaultSettings()) {
  const log = { badges: [] as number[], batches: [] as number[], fullViews: [] as string[], gates: 0 };
  let listener: (() => void) | null = null;
  let alive = true;
  let current = settings;
  const ports: AppPorts = {
    async match(claims: Claim[]): Promise<ClaimResult[]> {
      log.batches.push(claims.length);
      return claims.map((claim) =>
        claim.value.type === 'quantity' && claim.value.nominal >= 1000
          ? result([match(claim.value.nominal === 250000 ? 'conflicts' : 'agrees')])
          : result([]),
      );
    },
    setBadge: async (count) => log.badges.push(count),
    getSettings: async () => current,
    getGate: () => {
      log.gates++;
      return Promise.reject(new Error('no gate here'));
    },
    getDocuments: async () => [],
    openFullView: async (id) => log.fullViews.push(id),
    onSettingsChanged(fn) {
      listener = fn;
      return () => (listener = null);
    },
    alive: () => alive,
  };
  return {
    ports,
    log,
    change(next: Settings) {
      current = next;
      listener?.();
    },
    kill() {
      alive = false;
    },
    hasListener: () => listener !== null,
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(test: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

const PAGE = `<article><p id="a">More than <b>280,000</b> people died; 12 were rescued.</p>
<p id="b">Activists say 250,000.</p><script>var n = 99999;</script></article>`;

/** The page as freshly parsed, for comparing after clean-up. */
function pageBody(): HTMLElement {
  const body = document.createElement('body');
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${PAGE}</body>`, 'text/html');
  body.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return body;
}

describe('ContentApp', () => {
  let app: ContentApp | null = null;
  afterEach(() => {
    app?.teardown();
    app = null;
    document.body.replaceChildren();
  });

  it('highlights only claims with context, reports them in page order, and sets the badge', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2 && !app!.state().scanning);
    const state = app.state();
    expect(state.off).toBeNull();
    expect(state.claims.map((c) => c.claim.text)).toEqual(['280,000', '250,000']);
    await until(() => document.querySelectorAll(MARK_TAG).length === 2); // highlights follow within a frame or so
    expect(
      [...document.querySelectorAll(MARK_TAG)].map((m) => [m.textContent, m.getAttribute('data-relation')]),
    ).toEqual([
      ['280,000', 'agrees'],
      ['250,000', 'conflicts'],
    ]);
    await until(() => fake.log.badges.at(-1) === 2);
    expect(app.reveal(state.claims[0]!.id)).toBe(true);
    expect(app.reveal('nope')).toBe(false);
  });

  it('sends the worker only the claims the corpus gate lets through', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    const sent: string[] = [];
    const match = fake.ports.match;
    fake.ports.match = (claims) => {
      sent.push(...claims.map((c) => c.text));
      return match(claims);
    };
    // The corpus speaks of people, with figures near 250,000: "12" is too far from any of them, and the
    // sentence about activists shares no term with the corpus.
    fake.ports.getGate = async () => ({
      subjectTerms: ['people'],
      passageTerms: [],
      figures: { '': { lows: [250_000], maxHighs: [300_000], hasOf: false } },
      minWeight: 1,
    });
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 1 && !app!.state().scanning);
    expect(sent).toEqual(['280,000']);
  });

  it('rescans only what changed, and drops claims whose text was removed', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2);
    const calls = engine.calls;
    const added = document.createElement('p');
    added.textContent = 'Later, 4,500 homes were rebuilt.';
    document.querySelector('article')!.append(added);
    await until(() => app!.state().claims.length === 3, 4000);
    expect(engine.calls - calls).toBe(1); // only the new paragraph was extracted
    document.getElementById('b')!.remove();
    await until(() => app!.state().claims.length === 2, 4000);
    expect(app.state().claims.map((c) => c.claim.text)).toEqual(['280,000', '4,500']);
  });

  it('switches off at once when the site is turned off, and back on without a reload', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2 && fake.log.badges.at(-1) === 2);
    fake.change({ ...defaultSettings(), sites: { [location.hostname]: false } });
    await until(() => app!.state().off === 'site-off');
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(app.state().claims).toEqual([]);
    expect(markup(document.getElementById('a')!)).toBe(
      'More than <b>280,000</b> people died; 12 were rescued.',
    );
    await until(() => fake.log.badges.at(-1) === 0);
    fake.change(defaultSettings());
    await until(() => app!.state().claims.length === 2);
    await until(() => document.querySelectorAll(MARK_TAG).length === 2);
  });

  it('starts off when paused', async () => {
    setBody(PAGE);
    const fake = fakePorts({ ...defaultSettings(), paused: true });
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    expect(app.state().off).toBe('paused');
    await wait(50);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(fake.log.batches).toEqual([]);
    expect(fake.log.gates).toBe(0); // a page that is off costs the worker no gate request
    await wait(200);
    expect(fake.log.badges).toEqual([]); // nor a badge request: a new page's badge is already blank
  });

  it('asks for the corpus gate only when the page holds claim candidates', async () => {
    setBody('<p>Nothing to check here.</p>');
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => !app!.state().scanning);
    await wait(200);
    expect(fake.log.gates).toBe(0);
    expect(fake.log.badges).toEqual([]);
    setBody(PAGE);
    await until(() => app!.state().claims.length === 2);
    expect(fake.log.gates).toBe(1);
  });

  it('sets the badge again when the page comes back from the back-forward cache', async () => {
    setBody(PAGE);
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => fake.log.badges.at(-1) === 2);
    const sent = fake.log.badges.length;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    await wait(200);
    expect(fake.log.badges).toHaveLength(sent);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await until(() => fake.log.badges.length === sent + 1);
    expect(fake.log.badges.at(-1)).toBe(2);
  });

  it('removes everything it added when the extension goes away', async () => {
    setBody(PAGE);
    const sheets = document.adoptedStyleSheets.length;
    const fake = fakePorts();
    app = new ContentApp(document, engine, fake.ports);
    await app.start();
    await until(() => app!.state().claims.length === 2);
    expect(app.step(1)).toBe(true);
    await until(() => document.querySelector('claim-lens-card') !== null, 2000);
    fake.kill();
    await until(() => app!.isDead, 5000);
    expect(document.querySelector('claim-lens-card')).toBeNull();
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(fake.hasListener()).toBe(false);
    expect(markup(document.body)).toBe(markup(pageBody()));
  });
});
