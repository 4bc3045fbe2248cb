/** Test data for the content script's unit tests: claims, results and matches shaped like the engine's. */
import type { Claim, ClaimResult, Match, Relation } from '../../src/core/types';
import type { FoundClaim } from '../../src/content/found-claim';
import { CardController } from '../../src/content/card/card-controller';
import type { HitIndex } from '../../src/content/hit-index';
import type { ClaimTone } from '../../src/shared/relation-words';

/** A quantity claim over `text`. */
export function quantityClaim(text: string, nominal: number, start = 0): Claim {
  return {
    kind: 'quantity',
    text,
    start,
    end: start + text.length,
    value: { type: 'quantity', low: nominal, high: nominal * 1.2, nominal, qualifier: 'more-than' },
    subject: ['peopl', 'kill'],
    sentence: text,
  };
}

/** A match with one relation, whose passage mentions the figure. */
export function match(
  relation: Relation,
  passage = 'Some 250,000 people have been killed.',
  doc = 'doc-a',
): Match {
  const spanStart = Math.max(0, passage.search(/\d/));
  const spanEnd = spanStart + (passage.slice(spanStart).match(/^[\d,]+/)?.[0].length ?? 1);
  return {
    doc,
    source: `Outlet ${doc}`,
    passage,
    passageStart: 0,
    passageEnd: passage.length,
    spanStart,
    spanEnd,
    score: 0.9,
    relation,
    value: { type: 'quantity', low: 250000, high: 250000, nominal: 250000 },
  };
}

/** A result with the given matches. */
export function result(
  matches: Match[],
  summary = '2 sources agree; 1 other source on the topic does not mention it',
): ClaimResult {
  return { matches, variance: { reports: [], summary, corpusDisagrees: false } };
}

/** A found claim over a range. */
export function found(
  id: string,
  range: Range,
  relation: ClaimTone = 'agrees',
  text = range.toString(),
): FoundClaim {
  // An 'other-count' claim has no match; its tests set the result they need.
  const matches = relation === 'other-count' ? [] : [match(relation)];
  return { id, claim: quantityClaim(text, 280000), result: result(matches), range, relation };
}

/** Replaces the body's content with parsed markup (tests build pages this way; the code never parses HTML). */
export function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
}

/** A node's children as markup, for comparing a page before and after. */
export function markup(node: Node): string {
  return [...node.childNodes]
    .map((child) => {
      if (child.nodeType === 3) return (child as Text).data;
      if (child.nodeType !== 1) return '';
      const element = child as Element;
      const attributes = [...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      const tag = element.tagName.toLowerCase();
      return `<${tag}${attributes}>${markup(element)}</${tag}>`;
    })
    .join('');
}

/** A card controller over the test document with no documents to show, and an AbortController that ends it. */
export function testCardController(hitIndex: () => HitIndex | null): {
  controller: CardController;
  abort: AbortController;
} {
  const abort = new AbortController();
  const controller = new CardController({
    doc: document,
    hitIndex,
    documents: () => Promise.resolve(new Map()),
    openFullView: () => undefined,
    pageDated: () => true,
    signal: abort.signal,
  });
  return { controller, abort };
}
