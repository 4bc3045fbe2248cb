/**
 * An article's DOM as a document's text: one paragraph per block (a paragraph, a heading, a list item, a table
 * row), blank lines between them, white space collapsed. The corpus reads a document line by line (headings
 * apart from prose, see core/corpus/clean.ts), and `textContent` would run one paragraph's last sentence into the
 * next one's heading.
 */
import { splitSentences } from '../core/corpus/passages';
import { BLOCK_TAGS, isCodeListing, SKIP_TAGS } from '../shared/element-tags';

/** Table cells: their words are kept apart by a space, in one line per row. */
const CELLS = new Set(['td', 'th']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of `root`: its blocks' text joined by blank lines, a `<br>` a line break inside its block. Walks with a
 * stack of its own, not recursion, so a hostile page nested 100,000 elements deep cannot overflow the call stack.
 */
export function articleText(root: Node): string {
  const blocks: string[] = [];
  let lines: string[] = [];
  let line: string[] = [];
  const endLine = (): void => {
    const text = collapse(line.join(''));
    if (text !== '') lines.push(text);
    line = [];
  };
  const endBlock = (): void => {
    endLine();
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };
  // A node to enter, or (after its children) a block to close.
  const stack: (Node | { close: true })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | { close: true };
    if ('close' in item) {
      endBlock();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      line.push((item as Text).data);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const tag = item.nodeType === ELEMENT_NODE ? (item as Element).localName : '';
    if (SKIP_TAGS.has(tag) || isCodeListing(item as Element)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    // A cell is a word apart from the next one, in its row's line; the row is the block.
    if (CELLS.has(tag)) line.push(' ');
    else if (BLOCK_TAGS.has(tag)) {
      endBlock();
      stack.push({ close: true });
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  endBlock();
  return blocks.join('\n\n');
}

/**
 * Chinese and Japanese characters, each counted as a word (as word processors count them): those scripts put no
 * space between words, and a Chinese article of 2,000 characters is otherwise "22 words".
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Number of words in `text`. */
export function wordCount(text: string): number {
  let count = 0;
  for (const _word of text.matchAll(WORD)) count++;
  return count;
}

/** Fewest words of the paragraph an opening is taken from: a shorter one is a heading, a byline or a caption. */
const OPENING_PARAGRAPH_WORDS = 8;
/** Longest opening shown, in characters. */
const OPENING_CHARS = 320;
/** Most characters of a paragraph read for its first sentences. */
const OPENING_READ = 2_000;

/**
 * The article's first sentence or two, for the preview: from its first paragraph of prose (headings and bylines
 * are left out), the second sentence only while the two stay short, cut with an ellipsis when one is too long.
 */
export function openingSentences(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const prose = paragraphs.find((p) => wordCount(p) >= OPENING_PARAGRAPH_WORDS) ?? paragraphs[0] ?? '';
  const head = collapse(prose.slice(0, OPENING_READ));
  const sentences = splitSentences(head, { start: 0, end: head.length }).map((s) =>
    head.slice(s.start, s.end),
  );
  let opening = sentences[0] ?? head;
  const second = sentences[1];
  if (second !== undefined && opening.length + 1 + second.length <= OPENING_CHARS)
    opening = `${opening} ${second}`;
  return opening.length <= OPENING_CHARS ? opening : `${opening.slice(0, OPENING_CHARS - 1).trimEnd()}…`;
}
