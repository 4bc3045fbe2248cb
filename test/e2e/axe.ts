/**
 * axe-core in the end-to-end tests: its source injected into a page and run there, with the results cut down to
 * what a failure message needs. The card's shadow root is closed, which axe (like any page script) cannot enter:
 * `exposeCardRoot` hands axe that live root through DevTools, so the card is audited as the reader gets it, with
 * its own styles, not a copy (see openCardToAxe for what else it readies).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

/** The axe-core build the tests inject (pinned in package.json). */
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A and AA, and axe's best practices: the best practices catch what a reader of a screen reader meets
 * first (no main landmark, skipped heading levels, unnamed regions), which the success criteria leave loose.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** A rule turned off for some elements, and why (the test's own comment says more). */
export interface RuleException {
  rule: string;
  /** The selectors axe names the elements by (inside a shadow root, the part after the host's, as `'.body'`). */
  targets: string[];
}

/** One failing element of a violation. */
export interface AxeNode {
  target: string;
  html: string;
  summary: string;
}

/** A violated rule and the elements that fail it. */
export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}

/** What to audit: the whole document, or the subtree of the first element matching `include`. */
export interface AxeScope {
  include?: string;
  exceptions?: RuleException[];
}

/** Injects axe-core into the page's main world, once per document. */
async function inject(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(AXE_SOURCE);
}

/**
 * Runs axe on `page` and returns its violations, less the excepted elements. What axe cannot decide ("incomplete":
 * text on a gradient, a name it cannot compare with a symbol) is no failure here; with CLAIM_LENS_AXE_LOG set, it
 * is printed for a reader to judge (the card's contrast was, until openCardToAxe let axe measure it).
 */
export async function audit(page: Page, scope: AxeScope = {}): Promise<AxeViolation[]> {
  await inject(page);
  const results = await page.evaluate(
    async ({ tags, include }) => {
      interface AxeResultNode {
        target: unknown[];
        html: string;
        failureSummary?: string;
      }
      interface AxeResult {
        id: string;
        impact?: string;
        help: string;
        nodes: AxeResultNode[];
      }
      interface AxeRun {
        violations: AxeResult[];
        incomplete: AxeResult[];
      }
      const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeRun> } })
        .axe;
      const context = include ? { include: [include] } : document;
      const run = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      const brief = (v: AxeResult) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: JSON.stringify(n.target),
          html: n.html.slice(0, 200),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      });
      return { violations: run.violations.map(brief), incomplete: run.incomplete.map(brief) };
    },
    { tags: AXE_TAGS, include: scope.include },
  );
  if (process.env.CLAIM_LENS_AXE_LOG)
    console.log(`${page.url()}: not decided by axe\n${describeViolations(results.incomplete).join('\n')}`);
  const exceptions = scope.exceptions ?? [];
  return results.violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter(
        (node) =>
          !exceptions.some(
            (e) =>
              e.rule === violation.rule && e.targets.some((t) => node.target.includes(JSON.stringify(t))),
          ),
      ),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

/** The violations as lines, one per failing element, for a failure message and the report. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.rule} (${v.impact}): ${n.target} ${n.html} — ${n.summary}`),
  );
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The card made ready for axe, and how to put it back as it was. */
export interface CardUnderAudit {
  /** The host's tag name, for axe's context. */
  host: string;
  restore(): Promise<void>;
}

/**
 * Gives the open card's host a `shadowRoot` property returning its closed root, in the page's main world, so that
 * axe and a test's own script walk into the card as into an open root (the content script's world holds the root
 * itself and reads no such property); returns the host's tag name. Test-only, through DevTools.
 */
export async function exposeCardRoot(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.nodeName.startsWith('CLAIM-LENS-CARD-')) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const found = find(root);
    const shadow = found?.shadowRoots?.[0];
    if (!found || !shadow) throw new Error('no card host with a shadow root on the page');
    const resolve = async (node: DomNode) =>
      (
        (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
          object: { objectId: string };
        }
      ).object.objectId;
    const [hostId, rootId] = [await resolve(found), await resolve(shadow)];
    await cdp.send('Runtime.callFunctionOn', {
      objectId: hostId,
      functionDeclaration: `function (root) {
        Object.defineProperty(this, 'shadowRoot', { configurable: true, get: () => root });
      }`,
      arguments: [{ objectId: rootId }],
    });
    return found.nodeName.toLowerCase();
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A sheet laid over the card's own while axe measures contrast (see openCardToAxe). */
const PLAIN_BACKGROUNDS = '.card,.card ul,.card .body{--scroll-shadows:var(--bg) !important}';

/**
 * Readies the open card for axe, test-side only, changing nothing of what the reader sees but where axe looks:
 * - its closed root is exposed (see exposeCardRoot);
 * - the host moves from the end of `<html>` into `<body>`, shown again in the top layer: axe finds what lies under
 *   a text from a grid of `<body>`'s boxes only, and an element outside it has no background there. The host is
 *   fixed and `all: initial`, so nothing of `<body>` reaches the card (as when the card is placed in a page's modal
 *   dialog, see CardHost.attach);
 * - the scroll shadows' gradients (see CARD_CSS) are laid over by the card's plain background, which axe can
 *   measure text against (on a gradient it says only "unable to determine"). Under text the covers that move with
 *   the list are that background; the 8 px shadows show only at a scrolled edge.
 */
export async function openCardToAxe(page: Page): Promise<CardUnderAudit> {
  const host = await exposeCardRoot(page);
  const move = (into: 'body' | 'html') =>
    page.evaluate(
      ([tag, where, css]) => {
        const element = document.querySelector<HTMLElement>(tag!)!;
        const root = element.shadowRoot!;
        const sheets = root.adoptedStyleSheets;
        if (where === 'body') {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css!);
          root.adoptedStyleSheets = [...sheets, sheet];
          document.body.append(element);
        } else {
          root.adoptedStyleSheets = sheets.slice(0, -1);
          document.documentElement.append(element);
          delete (element as { shadowRoot?: ShadowRoot }).shadowRoot;
        }
        // Moving a shown popover hides it.
        if (element.popover && !element.matches(':popover-open')) element.showPopover();
      },
      [host, into, PLAIN_BACKGROUNDS],
    );
  await move('body');
  return { host, restore: () => move('html') };
}
