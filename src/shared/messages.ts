/**
 * The message protocol between Claim Lens's contexts: every request, its payload and its reply.
 *
 * Two directions exist. `WorkerProtocol` is answered by the service worker (sent with
 * runtime.sendMessage from the content script, the popup or the options page). `TabProtocol` is answered
 * by the content script of one tab (sent with tabs.sendMessage from the popup or the worker), because the
 * page is the source of truth for what is on it.
 *
 * A reply travels wrapped in `Envelope` so that a handler's error reaches the caller as a message rather
 * than as a silent `undefined`.
 */
import type {
  Claim,
  ClaimResult,
  CorpusDisagreement,
  DocumentInfo,
  OtherClaim,
  ScannedClaim,
} from '../core/types';
import type { NewDocument, UserDocument } from '../core/corpus/user-documents';
import type { OffReason, Settings } from './settings';

export type { NewDocument } from '../core/corpus/user-documents';

/** A claim found on the page, with its engine result; `id` is stable for the life of the page. */
export interface TabClaim {
  id: string;
  claim: Claim;
  result: ClaimResult;
}

/** What the content script knows about its tab. */
export interface TabState {
  /** The page's host name: the key of the per-site switch. */
  host: string;
  /** Page title, for the popup's heading. */
  title: string;
  /** Null when Claim Lens runs here; otherwise why not. */
  off: OffReason;
  /** True until the first scan of the page has ended (also before it starts), and while any scan runs. */
  scanning: boolean;
  /** Claims with at least one confident match, in page order. */
  claims: TabClaim[];
  /**
   * Embedded frames (iframes) the page shows, whose text Claim Lens does not read: a popup that found nothing
   * must not imply it checked them. Absent from an older content script.
   */
  unreadFrames?: number;
  /**
   * Set when the page is not in English (see foreignLanguage): its `lang` tag, or '' when it names none. Asked only
   * of a page with no claims with context, where it is the likely reason. Absent: English, or not known.
   */
  language?: string;
}

/** What the corpus view shows: the documents, and the facts on which their sources disagree. */
export interface CorpusInfo {
  documents: DocumentInfo[];
  /**
   * Null while they are still being found: after a change to the user's documents that takes seconds at thousands
   * of them (see getCorpusInfo), and the documents are worth showing meanwhile.
   */
  disagreements: CorpusDisagreement[] | null;
  /** Ids of the documents the user added (they can be removed); the others are bundled. */
  userDocuments: string[];
  /** The user's stored documents left out of the index, each with why; they stay in storage. */
  userProblems: string[];
  /**
   * How many stored entries are not readable documents (one of userProblems says so); the options page offers to
   * remove them. Absent: none.
   */
  unreadable?: number;
}

/** What an addDocuments request did: the documents now in the corpus, and each file refused with why. */
export interface AddDocumentsReply {
  added: DocumentInfo[];
  rejected: { name: string; reason: string }[];
}

/**
 * Bounds of one scanTexts request, so that one message costs the worker a few milliseconds at most and a
 * hostile page cannot make it hold megabytes: the page cuts long blocks and batches to fit.
 */
export const SCAN_LIMITS = {
  /** Longest text; longer blocks are cut at sentence ends. */
  textChars: 4_000,
  /** Most texts per request. */
  texts: 200,
  /** Most characters per request, all texts together. */
  totalChars: 64_000,
} as const;

/**
 * Longest page a content script sends to the popup for "Add this page to your documents", in characters of
 * serialized HTML. A long news article with its page furniture is 0.2–2 MB; a bigger page is refused, with its
 * size, rather than held in two contexts' memory and parsed on the popup's thread.
 */
export const MAX_PAGE_SOURCE_CHARS = 5_000_000;

/**
 * The page a content script hands the popup to read an article from: its serialized HTML, or the refusal of a
 * page larger than MAX_PAGE_SOURCE_CHARS, which is then never serialized into a message.
 */
export type PageSource =
  | {
      kind: 'page';
      /** The page's address (location.href). */
      url: string;
      /** `document.documentElement.outerHTML`: the live DOM, as scripts left it, not the HTML first sent. */
      html: string;
      /**
       * The page's publication date (YYYY-MM-DD) when the page states it (metadata, a <time> in its article,
       * JSON-LD or its byline: see reference-date.ts), else null: never the reader's today.
       */
      published: string | null;
    }
  | {
      kind: 'too-large';
      url: string;
      /** Length of the serialized HTML, in characters. */
      chars: number;
    };

/**
 * Bounds of "Check a text" (the checkText request). A long report or a chapter of a book is 20,000–100,000
 * characters; past the limit the page says so rather than send it, and the worker refuses it. The worker reads
 * the text a window at a time (see checkWindows), each no longer than a page's block, and answers tabs in
 * between. At the limit (the benchmark's generated article cut to 200,000 characters, against the bundled corpus)
 * the engine took 0.03–0.09 s in Node, and the check page's round trip in Chromium, its list drawn, 0.25 s.
 */
export const CHECK_TEXT_LIMITS = {
  /** Longest text, in characters (UTF-16 code units, as `String.length` counts them). */
  chars: 200_000,
  /** Longest window the text is read in: a page's block is cut to the same length (SCAN_LIMITS.textChars). */
  window: SCAN_LIMITS.textChars,
} as const;

/**
 * The selection of a page as the page has it (`getSelection().toString()`, line breaks kept), for "Check with Claim
 * Lens": at most CHECK_TEXT_LIMITS.chars of it cross, so that a reader who selected a whole long page costs no
 * message of megabytes, and `chars` says how long it really is.
 */
export interface PageSelection {
  /** The selection's text, cut to CHECK_TEXT_LIMITS.chars; '' when nothing is selected in the page's own text. */
  text: string;
  /** The whole selection's length, in characters (more than `text.length` when it was cut). */
  chars: number;
  /**
   * The day the page says it was published (YYYY-MM-DD, read as a scan reads it), which the check page reads the
   * text as written on; absent when the page states none.
   */
  writtenOn?: string;
}

/**
 * What "Check a text" found: the claims with context, with the metadata of the documents they cite; or, when the
 * corpus cannot be loaded, that alone, so that the page says it in words rather than as an error.
 */
export type CheckTextReply =
  | {
      kind: 'checked';
      /** Claims with a match or a count of another time, in text order; spans are offsets into the text sent. */
      claims: ScannedClaim[];
      /** How many claims found the corpus has nothing on. */
      unmatched: number;
      /** The first of those (see MAX_OTHERS in core/check-text.ts), in text order, spans into the text sent. */
      others: OtherClaim[];
      /** The corpus documents the claims cite (outlet, title, date), each once. */
      documents: DocumentInfo[];
      /** How many documents the corpus has, bundled and added: what the text was compared with. */
      corpusSize: number;
      /**
       * The corpus document the text is a copy of, in whole or in part (see copiedDocument in
       * core/copied-document.ts), which is not counted as a source on it; absent when there is none.
       */
      itself?: DocumentInfo;
    }
  | { kind: 'no-corpus' };

/** Most documents one addDocuments request may carry; the options page sends more in several requests. */
export const MAX_NEW_DOCUMENTS = 50;

/** Requests the service worker answers. */
export interface WorkerProtocol {
  /**
   * Content → worker: find the claims in a batch of block texts (each within SCAN_LIMITS) and match them
   * against the corpus. Per text, in order: only the claims with a confident match, spans relative to
   * that text. `referenceDate` (YYYY-MM-DD) resolves relative dates such as "last Friday"; `published` says it
   * is the page's own publication date, not the reader's today, so that a toll of under a thousand is matched
   * only with corpus reports of that time (see MatchOptions). A corpus document saved from the sending frame's
   * address (the browser's `sender.url`, not the payload) is left out: the page is no source on itself.
   */
  scanTexts: {
    request: { texts: string[]; referenceDate: string; published: boolean };
    reply: { found: ScannedClaim[][] };
  };
  /** Any → worker: match claims already found (the benchmark times the matcher with it); results in order. */
  match: { request: { claims: Claim[] }; reply: { results: ClaimResult[] } };
  /** Content → worker: number of claims with context on the sender's tab, shown on the toolbar badge. */
  setBadge: { request: { count: number }; reply: null };
  /** Any → worker: the current settings, already repaired if storage held something broken. */
  getSettings: { request: Record<string, never>; reply: Settings };
  /** Popup/options → worker: switch one site on or off. */
  setSite: { request: { host: string; enabled: boolean }; reply: Settings };
  /** Options → worker: forget the explicit choice for a site. */
  forgetSite: { request: { host: string }; reply: Settings };
  /** Popup/options → worker: pause or resume everywhere, or change the default for unlisted sites. */
  setGlobal: { request: Partial<Pick<Settings, 'paused' | 'defaultMode'>>; reply: Settings };
  /**
   * Popup/options → worker: the corpus documents and the facts on which its sources disagree. The disagreements
   * are found after the index is in use, which after a change to the user's documents took 1.5–2.1 s at 4,739 of
   * them (1.3 million characters): without `waitForDisagreements` the answer comes as soon as the index is
   * loaded, with `disagreements` null if they are still being found; with it, once they are found (null only if
   * the documents kept changing meanwhile).
   */
  getCorpusInfo: { request: { waitForDisagreements: boolean }; reply: CorpusInfo };
  /**
   * Content → worker: the corpus documents alone (a card's source names and dates), answered as soon as the index
   * is loaded: a page's card must not wait for the disagreements, nor carry them.
   */
  getDocuments: { request: Record<string, never>; reply: { documents: DocumentInfo[] } };
  /**
   * Options/popup → worker: add documents to the corpus (checked one by one; see USER_DOCUMENT_LIMITS). Each is
   * stored in storage.local and indexed with the bundled ones; open tabs are told (corpusChanged) and scan
   * again.
   */
  addDocuments: { request: { documents: NewDocument[] }; reply: AddDocumentsReply };
  /** Options → worker: remove a document the user added; false when there was none with that id. */
  removeDocument: { request: { id: string }; reply: { removed: boolean } };
  /**
   * Options → worker: correct the title, outlet, date and address of a document the user added (blank: unknown);
   * false when there was none with that id. Fails with the reason when a field is not one (a date not YYYY-MM-DD).
   */
  updateDocument: {
    request: {
      id: string;
      title: string | null;
      outlet: string | null;
      date: string | null;
      url: string | null;
    };
    reply: { updated: boolean };
  };
  /**
   * Options → worker: remove several documents the user added (those a filter shows, or all), indexing the corpus
   * again once; answers how many there were to remove.
   */
  removeDocuments: { request: { ids: string[] }; reply: { removed: number } };
  /**
   * Options → worker: remove the stored entries that are not readable documents (CorpusInfo's `unreadable`), at the
   * user's request; every document the corpus lists stays as stored. `expected` is how many the user agreed to
   * remove: storage holding another number (it changed since) is left as it is, and `found` says what it holds.
   */
  removeUnreadableEntries: { request: { expected: number }; reply: { removed: number; found: number } };
  /**
   * Options → worker: every document the user added, in full, for the export file; `unreadable` counts the
   * stored entries that are not documents (left out of the file, still kept in storage). Fails, rather than
   * answering none, when storage cannot be read: an empty export must never stand in for the user's documents.
   */
  exportDocuments: {
    request: Record<string, never>;
    reply: { documents: UserDocument[]; unreadable: number };
  };
  /**
   * Check page → worker: find the claims in a text the reader pasted (at most CHECK_TEXT_LIMITS.chars) and match
   * them against the corpus, as scanTexts does for a page. `referenceDate` (YYYY-MM-DD) resolves relative dates;
   * `published` says it is the day the text was written (the reader gave it), not today. Only extension pages
   * may ask: a content script sends its page through scanTexts, in bounded batches. Nothing is kept.
   */
  checkText: {
    request: { text: string; referenceDate: string; published: boolean };
    reply: CheckTextReply;
  };
  /** Content → worker: open the popup's full view for the sender's tab in a new tab, at one claim. */
  openFullView: { request: { claimId: string | null }; reply: null };
}

/**
 * Why the content script showed nothing for `revealClaim`, so that the popup can tell the reader what to do about
 * it (nothing, for a claim the page took away; open the part of the page it is in, for a hidden one):
 * - `gone`: the page removed or rewrote the claim's text since the popup's list was made;
 * - `hidden`: the claim is there but has no box (a closed section, an inactive tab panel, `display: none`);
 * - `cut-off`: it has a box, but no scroll brings it into sight (clipped by a box that does not scroll, or placed
 *   off the page's edge);
 * - `off`: Claim Lens is switched off on this page (the site's switch, or the pause) since the list was made.
 */
export type RevealMiss = 'gone' | 'hidden' | 'cut-off' | 'off';

/** Every RevealMiss, for checking a reply at run time: a reason the popup does not know is not one. */
export const REVEAL_MISSES: readonly RevealMiss[] = ['gone', 'hidden', 'cut-off', 'off'];

/**
 * The content script's answer to `revealClaim`; `reason` comes with `found: false`. It is optional on the wire, and
 * read with care: a reply without one, or with one this popup does not know, is said in general words.
 */
export interface RevealReply {
  found: boolean;
  reason?: RevealMiss;
}

/** Requests the content script of a tab answers. */
export interface TabProtocol {
  /** Popup → content: the tab's state and its claims. */
  getTabState: { request: Record<string, never>; reply: TabState };
  /**
   * Popup → content: scroll to a claim and mark it briefly; `open` (the reader's "Show on page") opens its card
   * too, where opening an entry of the list only points at the claim.
   */
  revealClaim: { request: { id: string; open?: boolean }; reply: RevealReply };
  /** Worker → content: keyboard command, move to the next (1) or previous (-1) claim and open its card. */
  stepClaim: { request: { direction: 1 | -1 }; reply: { found: boolean } };
  /**
   * Worker → content: the user's documents changed, so the corpus did; the page's claims are found again
   * (a hidden tab waits until it is shown).
   */
  corpusChanged: { request: Record<string, never>; reply: null };
  /**
   * Popup → content: the page as it is now, for "Add this page to your documents" (the popup reads the article
   * out of it). Answered whether or not Claim Lens is switched on for the site: the reader asked for this page.
   */
  getPageSource: { request: Record<string, never>; reply: PageSource };
  /**
   * Worker → content: the page's selection, for a click on "Check with Claim Lens". The browser's own copy
   * (`selectionText`) loses the line breaks in Chromium and stops at 16,384 characters in Firefox. Answered whether
   * or not Claim Lens is switched on for the site: the reader asked for this text.
   */
  getSelectedText: { request: Record<string, never>; reply: PageSelection };
}

/**
 * Name of the port a popup or full view keeps open to the content script of the tab it shows, so that it
 * follows the page instead of showing what the page was when it opened. The content script posts a
 * `TabChangedNotice` on it whenever its claims change; the port closing means that page is gone (a
 * navigation, the back-forward cache, the tab closed) and the view waits for the next one.
 */
export const FOLLOW_TAB_PORT = 'claim-lens-follow-tab';

/** Content → popup, on a `FOLLOW_TAB_PORT` port: the tab's state changed, so getTabState is worth asking again. */
export interface TabChangedNotice {
  type: 'tabChanged';
}

/** True for a `TabChangedNotice`; anything else on the port is ignored. */
export function isTabChangedNotice(raw: unknown): raw is TabChangedNotice {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'tabChanged';
}

/** A request on the wire. */
export interface Message<P, K extends keyof P = keyof P> {
  type: K;
  payload: P[K] extends { request: infer R } ? R : never;
}

/** A reply on the wire: a value, or the error the handler threw. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Payload type of request `K` of protocol `P`. */
export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
/** Reply type of request `K` of protocol `P`. */
export type ReplyOf<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

/** Names of the worker's requests, for checking an incoming message's type at run time. */
export const WORKER_REQUESTS: readonly (keyof WorkerProtocol)[] = [
  'scanTexts',
  'match',
  'setBadge',
  'getSettings',
  'setSite',
  'forgetSite',
  'setGlobal',
  'getCorpusInfo',
  'getDocuments',
  'addDocuments',
  'removeDocument',
  'removeDocuments',
  'removeUnreadableEntries',
  'updateDocument',
  'exportDocuments',
  'checkText',
  'openFullView',
];

/** Names of the content script's requests. */
export const TAB_REQUESTS: readonly (keyof TabProtocol)[] = [
  'getTabState',
  'revealClaim',
  'stepClaim',
  'corpusChanged',
  'getPageSource',
  'getSelectedText',
];

/** Narrows an unknown incoming value to a request of the given protocol; anything else is ignored. */
export function asMessage<P>(
  raw: unknown,
  names: readonly (keyof P)[],
): { type: keyof P; payload: Record<string, unknown> } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !(names as readonly unknown[]).includes(type)) return null;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return { type: type as keyof P, payload: payload as Record<string, unknown> };
}

/** What `unwrap` says of a request that came back with no reply (see replyLost in rpc.ts). */
export const NO_REPLY = 'Claim Lens: no reply (the other side is not listening)';

/** Unwraps a reply envelope, turning a handler's error (or a missing reply) into a thrown Error. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(NO_REPLY);
  }
  const envelope = reply as Envelope<T>;
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}
