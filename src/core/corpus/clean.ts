/**
 * Separates a scraped article's prose from the page furniture that came with it (share buttons, section labels,
 * bylines, photo credits, newsletter sign-ups, repeated headlines), without changing the text: the result is a
 * list of spans into the original file, so passage offsets stay true to the file.
 */

/** A span of the original text, [start, end), already trimmed of surrounding white space. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What cleaning found in one document. */
export interface CleanedDocument {
  /** The headline, or null when no line looks like one. */
  title: string | null;
  /** Where the title sits in the original text (so it is not also a passage). */
  titleSpan: TextSpan | null;
  /** Lines of prose, in order, as spans of the original text. */
  blocks: TextSpan[];
  /**
   * Subheadings between prose lines ("Russian raids in Idlib"), in order: not prose, but they say where and
   * what the lines under them are about, which those lines often leave unsaid.
   */
  headings: TextSpan[];
  /**
   * Short lines above the first prose line, other than the title ("World News", a byline, "Published April 8
   * 2017"), in order: not prose, but a dateline among them says when the document was written.
   */
  opening: TextSpan[];
}

/**
 * Whole-line labels that web pages put around articles. Compared after lower-casing and dropping punctuation,
 * so "Share", "SHARE:" and "Share this" are all caught; the list holds kinds of furniture, not one site's lines.
 */
const FURNITURE = new Set([
  'share',
  'share this',
  'share this article',
  'share on facebook',
  'share on twitter',
  'tweet',
  'email',
  'print',
  'advertisement',
  'advertisements',
  'sponsored',
  'sponsored content',
  'ad',
  'comments',
  'comment',
  'click to comment',
  'leave a comment',
  'to top',
  'back to top',
  'top',
  'read more',
  'read next',
  'related',
  'related articles',
  'related stories',
  'more stories',
  'recommended',
  'you may also like',
  'follow us',
  'subscribe',
  'sign up',
  'log in',
  'login',
  'menu',
  'home',
  'news',
  'world',
  'world news',
  'middle east',
  'politics',
  'opinion',
  'analysis',
  'breaking news',
  'latest news',
  'video',
  'photos',
  'gallery',
  'loading',
]);

/** Sign-up and account boilerplate: speaks to the reader about e-mail, newsletters or delivery of content. */
const SIGNUP =
  /\b(newsletters?|subscribe|subscription|sign[ -]?up|unsubscribe|inbox|e-?mail address|impostor|confirm your e-?mail)\b|\bdelivered\b.*\byou\b|\bcontent like this\b/i;

/** Photo and video credits: "… - Photo from AP", "(Photo: Reuters)", "Image credit: …", "Getty Images". */
const CREDIT =
  /(^|\s[-–—|]\s*|\(\s*)(photo|image|picture|video|credit|file photo)s?\s*(from|by|:|credit|courtesy)|getty images|\bphoto\s*credit\b/i;

/** Bylines and editing credits: "By Jane Doe", "Edited by …", "Arutz Sheva Staff ,", "Reuters reporter". */
const BYLINE =
  /^(?:(?:written|edited|reported|compiled|reporting|additional reporting|translated|posted)\s+by|by)\s+\S|^(?:[A-Z][\w'’.-]*\s+){0,4}(?:staff|reporters?|correspondents?|editors?|desk|newsroom|wires?)\s*[,.;:|-]*\s*$/i;

/** Source lines such as "Exclusive to The Middle East Online" or "Source: AFP" that name the outlet, not the news. */
const SOURCE_LINE =
  /^(exclusive to|exclusive for|source:|sources:|via|courtesy of|originally published (on|by|in))\s+\S/i;

/** A line that ends as prose does (a full stop, question, exclamation, or a closing quote after one). */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$|[.!?,]\s*["'”’]\s*$|["”]\s*$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** Lower-cased words only, used to compare lines and look labels up (and sentences, in copies.ts). */
export function normalise(line: string): string {
  return words(line).join(' ').toLowerCase().replace(/[.'’]/g, '');
}

function isFurniture(line: string): boolean {
  const norm = normalise(line);
  if (norm === '') return true;
  if (FURNITURE.has(norm)) return true;
  if (words(line).length <= 40 && SIGNUP.test(line) && /\byou(r)?\b/i.test(line)) return true;
  if (CREDIT.test(line)) return true;
  if (BYLINE.test(line.trim()) && words(line).length <= 8) return true;
  if (SOURCE_LINE.test(line.trim()) && words(line).length <= 8) return true;
  return false;
}

/** Splits the text into trimmed, non-empty lines with their offsets. */
function lines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let next = text.indexOf('\n', pos);
    if (next === -1) next = text.length;
    let start = pos;
    let end = next;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
    pos = next + 1;
  }
  return out;
}

/**
 * A related-content label inside a line, before a capitalised headline ("… across the country. Source AA Related
 * News Death toll rises to 70 as regime rains down bombs …"): text scraped without its line breaks runs the list
 * of other articles' headlines on after the article's last sentence. Title case only: the label, not prose that
 * mentions related news.
 */
const RELATED_INLINE = /(?:^|\s)Related (?:News|Articles|Stories|Posts|Content|Coverage)\s+(?=\p{Lu})/u;

/**
 * The line without a related-content list run on at its end (see RELATED_INLINE), trimmed; null when the line
 * is nothing but such a list. Those headlines are other reports' claims, not this document's.
 */
function withoutRelatedList(text: string, span: TextSpan): TextSpan | null {
  const at = RELATED_INLINE.exec(text.slice(span.start, span.end))?.index;
  if (at === undefined) return span;
  let end = span.start + at;
  while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > span.start ? { start: span.start, end } : null;
}

/** A heading-shaped line: short, and not ending as a sentence does. */
function isHeadingShaped(line: string): boolean {
  return words(line).length < 10 && !SENTENCE_END.test(line);
}

/**
 * Finds the article's prose lines and its title.
 * The title is the first non-furniture line of at least three words near the top that does not read as a
 * sentence; lines that repeat an earlier line (headline echoed, caption doubled) and short heading-shaped lines
 * after it (captions, names, section labels) are not prose. `knownTitle` (from metadata) is dropped where the
 * text repeats it.
 */
export function cleanDocument(text: string, knownTitle?: string | null): CleanedDocument {
  const all = lines(text);
  const seen = new Set<string>();
  // A headline known from metadata is echoed at the top of many scraped texts; it is neither prose nor news.
  if (knownTitle) seen.add(normalise(knownTitle));
  const blocks: TextSpan[] = [];
  const headings: TextSpan[] = [];
  const opening: TextSpan[] = [];
  let title: string | null = knownTitle ?? null;
  let titleSpan: TextSpan | null = null;
  let index = 0;
  for (const whole of all) {
    const span = withoutRelatedList(text, whole);
    if (span === null) continue;
    const line = text.slice(span.start, span.end);
    const norm = normalise(line);
    const repeated = seen.has(norm);
    seen.add(norm);
    index++;
    if (repeated || isFurniture(line)) continue;
    if (
      title === null &&
      blocks.length === 0 &&
      index <= 4 &&
      words(line).length >= 3 &&
      words(line).length <= 25
    ) {
      // A line ending in a full stop, even inside a closing quote mark (“… a deal.”), is prose; one ending in a
      // question or exclamation mark is as likely a headline ("Where do relations go after his victory?").
      if (isHeadingShaped(line) || !/[.…]["'”’)\]]*\s*$/.test(line)) {
        // A Markdown file's heading mark ("# Dam breach at Orrin Valley") is markup, not the headline's.
        title = line.replace(/^#{1,6}[ \t]+/, '');
        titleSpan = span;
        continue;
      }
    }
    if (isHeadingShaped(line)) {
      // Above the first prose line such lines are bylines and section labels ("World News"), and a single word
      // is more often a stray label or a name than a subheading.
      if (blocks.length > 0 && words(line).length >= 2) headings.push(span);
      else if (blocks.length === 0) opening.push(span);
      continue;
    }
    blocks.push(span);
  }
  return { title, titleSpan, blocks, headings, opening };
}
