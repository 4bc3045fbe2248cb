/**
 * Documents a user adds to the corpus from the options page: how one is checked before it is kept, how the
 * stored list is read back, and how it joins the bundled documents.
 *
 * The stored list is user data. Reading it never throws and never drops what it cannot read: an entry that is
 * not a document (a bad write, a newer format) is counted and left in storage untouched, so nothing the user
 * added is lost by a later save.
 */
import { CorpusError } from '../errors';
import type { CorpusSource } from '../corpus-index';
import { isHttpUrl, isIsoDate } from './sources-meta';
import { formatCount } from '../text/format-count';

/** A document as it is stored: its text and what the user said of its source (null: not given). */
export interface UserDocument {
  id: string;
  text: string;
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  /** When it was added (ISO timestamp), shown in the corpus view. */
  added: string;
  /**
   * The file name it was added from: its title when neither the user nor its text gives one (a one-line file),
   * so it is listed as "notes.txt", not as its id. Absent in documents stored before it was kept.
   */
  name?: string;
}

/** A document the options page asks to add: a file's name and decoded text, and the optional metadata. */
export interface NewDocument {
  /** File name (or a pasted text's title); the id is made from it. */
  name: string;
  text: string;
  outlet: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  /**
   * When the document was first added (ISO timestamp), for a document coming back from an export: kept when it
   * is a valid time not after now, so re-importing does not make every document "added today". Absent otherwise.
   */
  added?: string | null;
}

/**
 * Bounds on what a user may add. The documents are stored in extension storage (10 MB in Chromium, counted as
 * JSON) next to the settings. The worker reads only the documents added since its last build (about 0.4 s a
 * million characters in Node) and then finds the corpus's disagreements in turns (about 1 s a million); it keeps
 * the result, packed to about a third of its JSON, in session storage (also 10 MB) for its later starts. At
 * FA-KES's ratio (4.91 MB of JSON for 1.5 million characters, 1.66 MB packed), 5,000,000 characters would pack
 * into about 5.5 MB; that size was not tried.
 */
export const USER_DOCUMENT_LIMITS = {
  /** Longest document, in characters (a long report; a book would need splitting). */
  chars: 300_000,
  /** All user documents together, in characters. */
  totalChars: 5_000_000,
  /** Most documents. */
  count: 5_000,
  /** Longest file name, title, outlet or address. */
  field: 500,
} as const;

/** Prefix of every user document's id: they never clash with a bundled id, and read as the user's own. */
const USER_ID_PREFIX = 'user-';

/** An id for a document named `name` (a file name), unique among `taken`: "user-" and the name's slug. */
export function userDocumentId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .replace(/\.txt$/i, '')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'document';
  const base = `${USER_ID_PREFIX}${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function field(value: unknown): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A document's text as it is stored: without a byte-order mark, and with every line ended by "\n". A file saved on
 * Windows ("\r\n") is the same text as the one saved elsewhere, and is refused as already in the corpus.
 */
export function storedText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

/**
 * Why a document's text (as stored) is too long to add, or null. Asked by the options page before sending too, so
 * that one long file is refused by itself and the files picked with it still go.
 */
export function tooLongReason(text: string): string | null {
  return text.length > USER_DOCUMENT_LIMITS.chars
    ? `is too long (${formatCount(text.length)} characters; at most ${formatCount(USER_DOCUMENT_LIMITS.chars)})`
    : null;
}

/**
 * Checks one new document against the ones already in the corpus (`existing`: all documents, bundled and
 * the user's) and returns it ready to store. Throws a CorpusError naming the file, in words a person can
 * act on, for an empty or over-long text, a bad date or address, the same text added twice (or a copy of a
 * document already there), or a corpus that would grow past the limits.
 */
export function checkNewDocument(
  input: NewDocument,
  existing: {
    ids: ReadonlySet<string>;
    userTexts: readonly string[];
    /**
     * The title of a corpus document the text repeats (see corpus/copies.ts) from the same or an unknown
     * outlet, or null: a wire story another outlet printed word for word is that outlet's report too.
     */
    copyOf?: (text: string, outlet: string | null) => string | null;
  },
  now: Date,
): UserDocument {
  const name = field(input.name)?.slice(0, USER_DOCUMENT_LIMITS.field) ?? 'document';
  const text = typeof input.text === 'string' ? storedText(input.text) : '';
  if (text.trim() === '') throw new CorpusError(name, 'is empty');
  const tooLong = tooLongReason(text);
  if (tooLong !== null) throw new CorpusError(name, tooLong);
  if (text.includes('\u0000')) throw new CorpusError(name, 'is binary (contains NUL characters), not a text');
  // Documents stored before line ends were made one are compared as they would be stored now: only a longer text
  // can be this one with "\r\n" line ends, so most are told apart by their length alone.
  if (existing.userTexts.some((t) => t === text || (t.length > text.length && storedText(t) === text)))
    throw new CorpusError(name, 'is already in the corpus');
  const original = existing.copyOf?.(text, field(input.outlet)) ?? null;
  if (original !== null) throw new CorpusError(name, `is already in the corpus, as “${original}”`);
  if (existing.userTexts.length >= USER_DOCUMENT_LIMITS.count)
    throw new CorpusError(
      name,
      `cannot be added: the corpus holds ${USER_DOCUMENT_LIMITS.count} documents of yours already`,
    );
  const total = existing.userTexts.reduce((n, t) => n + t.length, 0) + text.length;
  if (total > USER_DOCUMENT_LIMITS.totalChars)
    throw new CorpusError(
      name,
      `cannot be added: your documents would pass ${formatCount(USER_DOCUMENT_LIMITS.totalChars)} characters`,
    );
  return {
    id: userDocumentId(name, existing.ids),
    text,
    ...checkedDetails(name, input, now),
    added: addedAt(input.added, now),
    name,
  };
}

/** What the user says of a document's source: each blank (null) when unknown. */
export interface DocumentDetails {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
}

/**
 * The latest day a document can have been written on at `now`: the next day in UTC, since it is already that day
 * east of UTC (up to fourteen hours ahead), where the user may be.
 */
function latestDay(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A document's title, outlet, date and address as given, checked as an added document's are (a date YYYY-MM-DD not
 * after today, an http(s) address, none too long): blank fields are null. Throws a CorpusError naming `name` and
 * what is wrong. A date to come is a slip (a year typed wrong): relative dates in the text ("last year", "on
 * Monday") would be read against it, and the document would count as the newest report of every fact it states.
 */
export function checkedDetails(
  name: string,
  input: { title?: unknown; outlet?: unknown; date?: unknown; url?: unknown },
  now = new Date(),
): DocumentDetails {
  const date = field(input.date);
  if (date !== null && !isIsoDate(date)) throw new CorpusError(name, `date "${date}" is not YYYY-MM-DD`);
  if (date !== null && date > latestDay(now)) throw new CorpusError(name, `date "${date}" is after today`);
  const url = field(input.url);
  if (url !== null && !isHttpUrl(url))
    throw new CorpusError(name, `address "${url}" is not an http(s) address`);
  for (const [label, value] of [
    ['outlet', input.outlet],
    ['title', input.title],
    ['address', url],
  ] as const) {
    if (value !== null && typeof value === 'string' && value.length > USER_DOCUMENT_LIMITS.field)
      throw new CorpusError(name, `${label} is too long`);
  }
  return { title: field(input.title), outlet: field(input.outlet), date, url };
}

/** The time a document was first added, when the input carries a valid past one; else now. */
function addedAt(given: unknown, now: Date): string {
  if (typeof given !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(given)) return now.toISOString();
  const time = Date.parse(given);
  return Number.isNaN(time) || time > now.getTime() ? now.toISOString() : new Date(time).toISOString();
}

/** The stored entry as a document, or null when it is not one. */
export function asUserDocument(entry: unknown): UserDocument | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const e = entry as Record<string, unknown>;
  if (typeof e['id'] !== 'string' || !e['id'].startsWith(USER_ID_PREFIX)) return null;
  if (typeof e['text'] !== 'string' || e['text'].trim() === '') return null;
  const { outlet, title, date, url, added } = e;
  // Metadata that no longer reads (a bad write, an edit by hand) is dropped, not the document: the text is what
  // matters, and a document left out could be neither seen nor removed on the options page.
  const stringOr = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: e['id'],
    text: e['text'],
    outlet: field(stringOr(outlet)),
    title: field(stringOr(title)),
    date: typeof date === 'string' && isIsoDate(date) ? date : null,
    url: field(stringOr(url)),
    added: typeof added === 'string' ? added : '',
    ...(typeof e['name'] === 'string' && e['name'] !== '' ? { name: e['name'] } : {}),
  };
}

/**
 * Each stored entry read back, in order: the document it is, or null for one that is unreadable (not a document,
 * or a later entry with the id of one read before it, which the user never saw). The one definition both of what
 * the corpus lists and of what "remove the unreadable entries" may delete.
 */
export function readStoredEntries(entries: readonly unknown[]): (UserDocument | null)[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const doc = asUserDocument(entry);
    if (doc === null || seen.has(doc.id)) return null;
    seen.add(doc.id);
    return doc;
  });
}

/** The stored list read back: the documents in it, and how many entries could not be read (left as they are). */
export function readUserDocuments(raw: unknown): { documents: UserDocument[]; unreadable: number } {
  if (raw === undefined || raw === null) return { documents: [], unreadable: 0 };
  if (!Array.isArray(raw)) return { documents: [], unreadable: 1 };
  const read = readStoredEntries(raw);
  const documents = read.filter((doc): doc is UserDocument => doc !== null);
  return { documents, unreadable: read.length - documents.length };
}

/** A user document as the index builder takes it. */
export function userCorpusSource(doc: UserDocument): CorpusSource {
  return {
    id: doc.id,
    text: doc.text,
    meta: { outlet: doc.outlet, title: doc.title, date: doc.date, url: doc.url, fallbackTitle: doc.name },
  };
}
