// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HitIndex } from '../../src/content/hit-index';
import { found, setBody } from './fixtures';

function rangeIn(node: Node, start: number, endNode: Node, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  return range;
}

describe('HitIndex', () => {
  setBody('<p id="p">Some <b>280,000</b> people and 12 dogs and “a quote with 7 words”.</p>');
  const p = document.getElementById('p')!;
  const [lead, bold, rest] = [p.childNodes[0]!, p.childNodes[1]!.firstChild!, p.childNodes[2]!] as Text[];
  const restText = rest!.data;
  const spanning = found('span', rangeIn(lead!, 5, rest!, ' people'.length)); // "280,000 people" across <b>
  const dogs = found('dogs', rangeIn(rest!, restText.indexOf('12'), rest!, restText.indexOf('12') + 7));
  const quote = found('quote', rangeIn(rest!, restText.indexOf('“'), rest!, restText.indexOf('”') + 1));
  const seven = found(
    'seven',
    rangeIn(rest!, restText.indexOf('7 words'), rest!, restText.indexOf('7 words') + 7),
  );
  const index = new HitIndex([quote, seven, dogs, spanning]);

  it.each([
    ['text node inside the bold', bold, 3, 'span'],
    ['the following node of a spanning claim', rest, 3, 'span'],
    ['a claim on its own', rest, restText.indexOf('dogs'), 'dogs'],
    ['the innermost of nested claims', rest, restText.indexOf('words'), 'seven'],
    ['the outer claim outside the nested one', rest, restText.indexOf('quote'), 'quote'],
  ])('finds %s', (_name, node, offset, id) => {
    expect(index.at(node!, offset)?.id).toBe(id);
  });

  it('finds nothing between claims or in unknown nodes', () => {
    expect(index.at(rest!, restText.indexOf('and'))).toBeNull();
    expect(index.at(lead!, 1)).toBeNull();
    expect(index.at(document.createTextNode('x'), 0)).toBeNull();
  });
});
