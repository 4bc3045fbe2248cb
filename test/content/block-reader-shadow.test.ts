// @vitest-environment happy-dom
/**
 * Reading open shadow trees as the browser draws them: a host's shadow tree in place of its children, the children
 * assigned to a slot read once, where the slot is, nested trees, and what is skipped skipped inside them too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rangeOf, readBlocks, segmentsOf } from '../../src/content/block-reader';
import { listenToShadowReads } from '../../src/content/shadow-reads';
import { setBody } from './fixtures';
import { attachShadowWith } from './shadow-fixtures';

/** Attaches an open (or closed) shadow root to the element of `id` (in `scope`), holding `html`. */
function attach(id: string, html: string, mode: ShadowRootMode = 'open', scope: ParentNode = document) {
  return attachShadowWith(scope.querySelector(`#${id}`)!, html, mode);
}

/** The text of every block under the body, with the whole-block path on or off. */
function texts(wholeBlocks = true): string[] {
  return [...readBlocks(document.body, wholeBlocks)].map((block) => block.text);
}

afterEach(() => document.body.replaceChildren());

describe('readBlocks in open shadow trees', () => {
  it.each([
    {
      name: 'a custom element’s own text, inline in a paragraph',
      html: '<p>Officials said <x-fig id="h">light, never drawn</x-fig> were killed.</p>',
      shadows: [['h', '<b>280,000</b> people']],
      want: ['Officials said 280,000 people were killed.'],
    },
    {
      name: 'paragraphs of a shadow tree, each a block',
      html: '<p>Lead.</p><x-story id="h"></x-story><p>Tail.</p>',
      shadows: [['h', '<p>Some 12 towns fell.</p>\n<div>And <i>13</i> more.</div>']],
      want: ['Lead.', 'Some 12 towns fell.', 'And 13 more.', 'Tail.'],
    },
    {
      name: 'slotted text read once, where the slot is',
      html: '<x-card id="h">More than <b>280,000</b> people</x-card>',
      shadows: [['h', '<p>Toll: <slot></slot> killed.</p>']],
      want: ['Toll: More than 280,000 people killed.'],
    },
    {
      name: 'named slots in the shadow tree’s order, and unassigned children not at all',
      html: '<x-card id="h"><span slot="b">second</span>not drawn<span slot="a">first</span></x-card>',
      shadows: [['h', '<p><slot name="a"></slot> then <slot name="b"></slot></p>']],
      want: ['first then second'],
    },
    {
      name: 'a slot’s own text when nothing is assigned to it',
      html: '<x-card id="h"></x-card>',
      shadows: [['h', '<p><slot>Fallback 7</slot> days</p>']],
      want: ['Fallback 7 days'],
    },
    {
      name: 'a block element hosting a shadow root, and its light text never drawn',
      html: '<p>Before</p><div id="h">light 5</div><p>After</p>',
      shadows: [['h', 'shadow 6']],
      want: ['Before', 'shadow 6', 'After'],
    },
    {
      name: 'a span hosting a shadow root inside a plain paragraph',
      html: '<p>About <span id="h">light</span> people.</p>',
      shadows: [['h', '600,000']],
      want: ['About 600,000 people.'],
    },
    {
      // aria-hidden hides from screen readers only: a reader sees it, and it is read.
      name: 'skipped elements inside a shadow tree, and a hidden child assigned to a slot',
      html: '<x-card id="h"><p hidden>9 hidden</p><p>Shown 10</p></x-card>',
      shadows: [
        [
          'h',
          '<style>p { color: red }</style><script>var x = 1;</script><p aria-hidden="true">11 deco</p>' +
            '<button>12 go</button><p>Own <code>13</code> text</p><slot></slot>',
        ],
      ],
      want: ['11 deco', 'Own text', 'Shown 10'],
    },
  ])('reads $name', ({ html, shadows, want }) => {
    setBody(html);
    for (const [id, inner] of shadows) attach(id!, inner!);
    expect(texts()).toEqual(want);
    // The whole-block path must read what the node-by-node path reads.
    expect(texts(false)).toEqual(want);
  });

  it('reads nested shadow trees, slots passing the outer host’s children on through the inner tree', () => {
    setBody('<article><x-outer id="outer"><b>280,000</b></x-outer></article>');
    const outer = attach('outer', '<x-inner id="inner"><i>More than <slot></slot></i></x-inner> more.');
    attach('inner', '<p>Toll: <slot></slot> people</p>', 'open', outer);
    expect(texts()).toEqual(['Toll: More than 280,000 people', 'more.']);
  });

  it('keeps a closed shadow root’s tree unread (its host’s children are read as before)', () => {
    setBody('<p>a <x-secret id="h">light 4</x-secret> b</p>');
    attach('h', 'closed 5', 'closed');
    expect(texts()).toEqual(['a light 4 b']);
  });

  it('reads a paragraph holding a custom element with a shadow root node by node, and maps a claim into it', () => {
    setBody('<p>Some <x-fig id="h">x</x-fig> people were killed.</p>');
    const root = attach('h', '<b>250,000</b>');
    const [block] = [...readBlocks(document.body)];
    expect(block?.text).toBe('Some 250,000 people were killed.');
    expect(block?.container).toBe(document.querySelector('p'));
    expect(block?.segments).not.toBeNull();
    const start = block!.text.indexOf('250,000');
    const range = rangeOf(block!, start, start + '250,000'.length);
    expect(range?.toString()).toBe('250,000');
    expect(range?.startContainer.getRootNode()).toBe(root);
  });

  it('gives a block read whole inside a shadow tree its container there, and its segments', () => {
    setBody('<x-story id="h"></x-story>');
    const root = attach('h', '<p>Since then <b>280,000</b> people</p>');
    const [block] = [...readBlocks(document.body)];
    expect(block?.container).toBe(root.querySelector('p'));
    expect(block?.segments).toBeNull();
    expect(segmentsOf(block!)?.length).toBe(3);
  });

  it('reads a host’s shadow tree when asked to read the host itself (a rescan of it)', () => {
    setBody('<div id="h">light</div>');
    attach('h', '<p>One 1</p>tail 2');
    const host = document.getElementById('h')!;
    expect([...readBlocks(host)].map((b) => [b.text, b.container.localName])).toEqual([
      ['One 1', 'p'],
      ['tail 2', 'div'],
    ]);
  });

  it('tells a listener of the document each shadow root read and each custom element read without one', () => {
    setBody('<x-a id="a"></x-a><x-b id="b">b</x-b><div id="d"></div>');
    const rootA = attach('a', '<x-c id="c">c</x-c>');
    const rootD = attach('d', 'd');
    const read: Node[] = [];
    const hostless: string[] = [];
    const stop = listenToShadowReads(document, {
      rootRead: (root) => read.push(root),
      hostless: (element) => hostless.push(element.id),
    });
    void [...readBlocks(document.body)];
    stop();
    void [...readBlocks(document.body)];
    expect(read).toEqual([rootA, rootD]);
    expect(hostless).toEqual(['c', 'b']);
  });
});
