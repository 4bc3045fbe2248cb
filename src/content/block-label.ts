/**
 * What a block's figure is about when the block itself does not say, read from the markup around it:
 * - a fact box ("Casualties and losses | Killed | more than 280,000") or a data table states its figures in cells
 *   whose own text names nothing: the words that say what a figure counts are in the row's header, the column's
 *   header, the section row above or the caption;
 * - a description list's value is about its term (`<dt>Ceasefire</dt><dd>since February 27</dd>`);
 * - an infographic's figure stands in a box of its own, with its label in the box before or after it
 *   (`<div class="num">280,000</div><div class="label">people killed</div>`).
 * The scanner sends the block's text to the worker between those words ("Casualties and losses: Killed: more than
 * 280,000"), so the engine reads it as the reader does; claims found in the borrowed words are not the block's and
 * are dropped.
 */

/** Words read around a block's text; both empty for most blocks. */
export interface BlockLabel {
  /** Read before the text, ending in ": " (a heading's form). */
  before: string;
  /** Read after the text, starting with a space. */
  after: string;
}

/** The label of a block that says enough on its own. */
const NO_LABEL: BlockLabel = Object.freeze({ before: '', after: '' });

/** Longest cell text given a label: a longer one is prose that says what it is about in its own sentences. */
const MAX_CELL = 300;
/** Longest header text used in a label: a longer one is a note, not a heading. */
const MAX_PART = 80;
/** Rows looked back through for a section row ("Casualties and losses" above the casualty rows). */
const SECTION_LOOKBACK = 30;

/**
 * Rows of a table whose cells are given labels. A fact box or an article's table has a few dozen; past this a table
 * is a data dump, whose every cell given its own label would be a text of its own for the worker to read (the
 * same "12" in 40,000 cells is one text without labels, and 40,000 with them).
 */
const MAX_ROWS = 200;
/** Rows looked for a table's column headings in, when it has no `thead`. */
const HEAD_ROWS = 3;
/** Siblings looked back through for a description's term. */
const TERM_LOOKBACK = 20;
/** A cell or description that may state a figure; any other is given no label. */
const MAY_COUNT = /\d|hundred|thousand|million|billion|dozen/i;

/** An element's text with whitespace runs as one space, trimmed. */
function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The cells of a row, or none for an element that is not one. */
function cellsOf(row: Element | null | undefined): Element[] {
  if (!row || row.localName !== 'tr') return [];
  return [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

/** How many columns a cell spans (a missing or silly colspan counts as one). */
function spanOf(cell: Element): number {
  const span = Number(cell.getAttribute('colspan') ?? 1);
  return Number.isInteger(span) && span > 1 ? Math.min(span, 1000) : 1;
}

/** The first column a cell covers in its row, counting the columns earlier cells span. */
function columnOf(cells: readonly Element[], cell: Element): number {
  let column = 0;
  for (const other of cells) {
    if (other === cell) return column;
    column += spanOf(other);
  }
  return -1;
}

/** The cell of `cells` that covers `column`. */
function cellAt(cells: readonly Element[], column: number): Element | undefined {
  let at = 0;
  for (const cell of cells) {
    const span = spanOf(cell);
    if (column >= at && column < at + span) return cell;
    at += span;
  }
  return undefined;
}

/** True for a row of headers only: a table's column headings. */
function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length > 1 && cells.every((cell) => cell.localName === 'th');
}

/** True for a row whose one header spans the table: a section heading of the rows below it. */
function isSectionRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length === 1 && cells[0]?.localName === 'th';
}

/** A table's own rows (not a nested table's), where each stands, and its row of column headings. */
interface TableRows {
  rows: Element[];
  index: Map<Element, number>;
  head: Element | undefined;
}

/** The rows of `table`, read once (see BlockLabels). */
function readRows(table: Element): TableRows {
  const rows: Element[] = [];
  let thead: Element | undefined;
  for (const child of table.children) {
    if (child.localName === 'tr') rows.push(child);
    else if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') {
      if (child.localName === 'thead') thead = child;
      for (const row of child.children) if (row.localName === 'tr') rows.push(row);
    }
  }
  const inHead = thead ? rows.filter((row) => row.parentElement === thead) : rows.slice(0, HEAD_ROWS);
  return { rows, index: new Map(rows.map((row, i) => [row, i])), head: inHead.findLast(isHeaderRow) };
}

/** The label parts of a description: the terms (`dt`) right before it. */
function descriptionParts(description: Element, text: (element: Element) => string): string[] {
  const terms: string[] = [];
  let sibling = description.previousElementSibling;
  for (let n = 0; sibling && n < TERM_LOOKBACK; sibling = sibling.previousElementSibling, n++) {
    if (sibling.localName === 'dt') terms.unshift(text(sibling));
    else if (terms.length > 0 || sibling.localName !== 'dd') break;
  }
  return terms;
}

/** Longest text of a figure's own box: a figure, a qualifier, a unit ("More than 280,000", "4.8m", "15 of 18"). */
const MAX_FIGURE = 24;
/** A box holding a figure and little else: a digit, at most four words, and no month (a date is a byline's). */
const FIGURE_BOX =
  /^(?=[^\d]*\d)(?!.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\S+(?: \S+){0,3}$/;

/** The text of an infographic's label box beside a figure's: short, and no figure of its own. */
function boxLabel(element: Element | null): string {
  if (element === null) return '';
  const text = textOf(element);
  return text.length > MAX_PART || /\d/.test(text) ? '' : text;
}

/** Heading parts as one label: each after a colon, as a heading is read. */
function headings(parts: readonly string[], text: string): string {
  const kept: string[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > MAX_PART || part === text || kept.includes(part)) continue;
    kept.push(part);
  }
  // A colon, not a comma: the first word of each part is capitalised as a heading's is, not as a name's (the engine
  // reads a capital after a comma as a name, which "Aid access, Areas: 15 of 18" is not).
  return kept.length === 0 ? '' : `${kept.join(': ')}: `;
}

/**
 * The words to read around a block's text (see the file's comment), for one scan of a page: the rows of each table
 * and the text of each header are read once, not once per cell (a table of 10,000 rows would otherwise be read
 * 10,000 times). Markup only; a block of prose is answered at once. A new scan takes a new one, since the page may
 * have changed in between.
 */
export class BlockLabels {
  private readonly tables = new Map<Element, TableRows>();
  private readonly texts = new Map<Element, string>();
  private readonly text = (element: Element): string => {
    let text = this.texts.get(element);
    if (text === undefined) this.texts.set(element, (text = textOf(element)));
    return text;
  };

  /** The words to read around the text `text` of a block whose container is `container`, or NO_LABEL. */
  of(container: Element, text: string): BlockLabel {
    const tag = container.localName;
    if (tag === 'td' || tag === 'th' || tag === 'dd') {
      if (text.length > MAX_CELL || !MAY_COUNT.test(text)) return NO_LABEL;
      const parts = tag === 'dd' ? descriptionParts(container, this.text) : this.tableParts(container);
      const before = headings(parts, text);
      return before === '' ? NO_LABEL : { before, after: '' };
    }
    // A list's items are alike, not a figure and its label: a list of years or page numbers borrows nothing.
    if (tag === 'li' || text.length > MAX_FIGURE || !FIGURE_BOX.test(text)) return NO_LABEL;
    const before = headings([boxLabel(container.previousElementSibling)], text);
    const after = boxLabel(container.nextElementSibling);
    return before === '' && after === '' ? NO_LABEL : { before, after: after === '' ? '' : ` ${after}` };
  }

  /** The label parts of a table cell: caption, section, row header, column header. */
  private tableParts(cell: Element): string[] {
    const row = cell.parentElement;
    const table = row?.closest('table');
    if (!row || !table) return [];
    let read = this.tables.get(table);
    if (!read) this.tables.set(table, (read = readRows(table)));
    const { rows, index, head } = read;
    const at = index.get(row) ?? -1;
    // A heading cell of the table's own header row is a heading, not a value.
    if (at < 0 || at > MAX_ROWS || (cell.localName === 'th' && isHeaderRow(row))) return [];
    const cells = cellsOf(row);
    let section: Element | undefined;
    for (let i = at - 1; i >= Math.max(0, at - SECTION_LOOKBACK) && section === undefined; i--) {
      const above = rows[i];
      if (above === head) break;
      if (above && isSectionRow(above)) section = cellsOf(above)[0];
    }
    const column = columnOf(cells, cell);
    const columnHead = head && (index.get(head) ?? at) < at ? cellAt(cellsOf(head), column) : undefined;
    // A row's header: its own `th`, or in a table with column headings its first cell (a name, a place, a date).
    const rowHead =
      cells.find((other) => other !== cell && other.localName === 'th') ??
      (columnHead !== undefined && column > 0 ? cells[0] : undefined);
    const caption = table.querySelector(':scope > caption');
    return [caption, section, rowHead, columnHead].map((part) => (part ? this.text(part) : ''));
  }
}
