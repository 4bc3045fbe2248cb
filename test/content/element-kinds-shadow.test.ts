// @vitest-environment happy-dom
/**
 * Markup tests across shadow roots: a node in a shadow tree belongs to the block around its host and is skipped with
 * it, a host's container holds what is in its tree, and only names that may host a shadow root are asked for one.
 */
import { describe, expect, it } from 'vitest';
import {
  blockContainerOf,
  containsFlat,
  insideSkipped,
  openShadowRoot,
} from '../../src/content/element-kinds';
import { setBody } from './fixtures';
import { attachShadowWith } from './shadow-fixtures';

/** A page with an inline host in a paragraph, a hidden host, and a nested host in a tree's own paragraph. */
function page() {
  setBody(
    '<article><p id="p">a <x-fig id="fig"></x-fig> b</p><div hidden><x-fig id="hidden"></x-fig></div></article>' +
      '<aside id="aside"></aside>',
  );
  const fig = attachShadowWith(
    document.getElementById('fig')!,
    '<b>280,000</b><x-inner id="inner"></x-inner>',
  );
  const inner = attachShadowWith(fig.getElementById('inner')!, '<p id="deep">12 towns</p>');
  const hidden = attachShadowWith(document.getElementById('hidden')!, '<span>7 days</span>');
  return {
    p: document.getElementById('p')!,
    aside: document.getElementById('aside')!,
    figText: fig.querySelector('b')!.firstChild!,
    deep: inner.getElementById('deep')!,
    deepText: inner.getElementById('deep')!.firstChild!,
    hiddenText: hidden.querySelector('span')!.firstChild!,
    fig,
  };
}

describe('element kinds across shadow roots', () => {
  it.each([
    ['text of an inline host’s tree: the host’s paragraph', 'figText', 'p'],
    ['a shadow root itself (a child added to it): its host’s paragraph', 'fig', 'p'],
    ['text of a nested tree’s own paragraph: that paragraph', 'deepText', 'deep'],
  ] as const)('blockContainerOf %s', (_name, node, container) => {
    const nodes = page();
    expect(blockContainerOf(nodes[node])).toBe(nodes[container]);
  });

  it('takes text in the tree of a host under a hidden element for skipped', () => {
    const { hiddenText, figText } = page();
    expect(insideSkipped(hiddenText)).toBe(true);
    expect(insideSkipped(figText)).toBe(false);
  });

  it.each([
    ['the host’s paragraph holds its tree', 'p', 'figText', true],
    ['the paragraph holds a nested tree too', 'p', 'deepText', true],
    ['a block holds itself', 'deep', 'deep', true],
    ['another element holds nothing of it', 'aside', 'deepText', false],
    ['a block in a tree holds nothing outside it', 'deep', 'p', false],
  ] as const)('containsFlat: %s', (_name, ancestor, node, holds) => {
    const nodes = page();
    expect(containsFlat(nodes[ancestor], nodes[node])).toBe(holds);
  });

  it('asks only elements that may host a shadow root for one', () => {
    setBody('<p id="p"></p><x-a id="x"></x-a><b id="b"></b>');
    const roots = ['p', 'x'].map((id) => document.getElementById(id)!.attachShadow({ mode: 'open' }));
    // No built-in element outside the standard's list can hold one; a stand-in that does is not asked.
    const b = document.getElementById('b')!;
    Object.defineProperty(b, 'shadowRoot', { get: () => roots[0] });
    expect(['p', 'x', 'b'].map((id) => openShadowRoot(document.getElementById(id)!))).toEqual([
      roots[0],
      roots[1],
      null,
    ]);
  });
});
