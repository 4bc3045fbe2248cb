/**
 * Run-time checks on every request the worker receives. Content scripts live in pages the user did not
 * write, so their messages are input, not trusted calls: shape, sizes and sender are all checked.
 */
import type { Runtime } from '../shared/browser';
import { ext } from '../shared/browser';
import type { Guards } from '../shared/rpc';
import { CHECK_TEXT_LIMITS, MAX_NEW_DOCUMENTS, SCAN_LIMITS, type WorkerProtocol } from '../shared/messages';
import { parseIso } from '../core/extract/date-math';
import { formatCount } from '../core/text/format-count';
import type { Claim } from '../core/types';
import { USER_DOCUMENT_LIMITS, type NewDocument } from '../core/corpus/user-documents';
import { siteKey } from '../shared/settings';

/** Largest batch of claims one match request may carry: bounds the worker's time per message. */
export const MAX_BATCH = 200;

const KINDS = new Set(['quantity', 'date', 'quote']);

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Checks that an untrusted value has the shape of a Claim, with bounded sizes. */
export function isClaim(value: unknown): value is Claim {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Record<string, unknown>;
  const claimValue = claim.value as Record<string, unknown> | null;
  return (
    KINDS.has(claim.kind as string) &&
    isString(claim.text, 2_000) &&
    isString(claim.sentence, 10_000) &&
    (claim.context === undefined || isString(claim.context, 10_000)) &&
    Number.isFinite(claim.start) &&
    Number.isFinite(claim.end) &&
    isStringList(claim.subject, 100, 100) &&
    typeof claimValue === 'object' &&
    claimValue !== null &&
    claimValue.type === claim.kind &&
    (claimValue.parts === undefined || isStringList(claimValue.parts, 20, 2_000)) &&
    (claimValue.speakerByPronoun === undefined || claimValue.speakerByPronoun === true)
  );
}

/** An array of at most `count` strings of at most `max` characters each. */
function isStringList(value: unknown, count: number, max: number): value is string[] {
  return Array.isArray(value) && value.length <= count && value.every((item) => isString(item, max));
}

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(ext.runtime.getURL(''));
}

function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.tab?.id !== undefined && !fromExtensionPage(sender);
}

const refuse = (reason: string) => ({ ok: false as const, reason });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isOptionalField(value: unknown): value is string | null {
  return value === null || isString(value, USER_DOCUMENT_LIMITS.field);
}

/**
 * A new document's shape, with bounded sizes. A text somewhat over the limit passes, and so does a field as long as a
 * text: the store refuses that document alone with the reason (its length), where failing the request would refuse
 * every document sent with it and name none of them (one long title in a backup stopped its restore).
 */
function isNewDocument(value: unknown): value is NewDocument {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  const isDetail = (field: unknown) => field === null || isString(field, USER_DOCUMENT_LIMITS.chars);
  return (
    isString(d.name, USER_DOCUMENT_LIMITS.field) &&
    isString(d.text, 2 * USER_DOCUMENT_LIMITS.chars) &&
    isDetail(d.outlet) &&
    isDetail(d.title) &&
    isDetail(d.date) &&
    isDetail(d.url) &&
    (d.added === undefined || isOptionalField(d.added))
  );
}

/** The worker's guards, one per request. */
export const workerGuards: Guards<WorkerProtocol> = {
  scanTexts(payload) {
    const { texts, referenceDate, published } = payload;
    if (!Array.isArray(texts) || texts.length > SCAN_LIMITS.texts)
      return refuse(`texts must be an array of at most ${SCAN_LIMITS.texts}`);
    if (!texts.every((text): text is string => isString(text, SCAN_LIMITS.textChars)))
      return refuse('malformed or too long text');
    if (texts.reduce((total, text) => total + text.length, 0) > SCAN_LIMITS.totalChars)
      return refuse('too much text in one request');
    if (typeof referenceDate !== 'string' || !ISO_DAY.test(referenceDate))
      return refuse('bad reference date');
    if (typeof published !== 'boolean') return refuse('published must be true or false');
    return { ok: true, payload: { texts, referenceDate, published } };
  },
  match(payload) {
    const { claims } = payload;
    if (!Array.isArray(claims) || claims.length > MAX_BATCH)
      return refuse('claims must be an array of at most 200');
    if (!claims.every(isClaim)) return refuse('malformed claim');
    return { ok: true, payload: { claims } };
  },
  setBadge(payload, sender) {
    const { count } = payload;
    if (!fromContentScript(sender)) return refuse('only a tab sets its badge');
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return refuse('bad count');
    return { ok: true, payload: { count } };
  },
  getSettings: () => ({ ok: true, payload: {} }),
  setSite(payload, sender) {
    const { host, enabled } = payload;
    if (!fromExtensionPage(sender)) return refuse('settings change only from extension pages');
    if (typeof host !== 'string' || siteKey(host) === null || typeof enabled !== 'boolean')
      return refuse('bad site');
    return { ok: true, payload: { host, enabled } };
  },
  forgetSite(payload, sender) {
    const { host } = payload;
    if (!fromExtensionPage(sender)) return refuse('settings change only from extension pages');
    if (typeof host !== 'string') return refuse('bad site');
    return { ok: true, payload: { host } };
  },
  setGlobal(payload, sender) {
    if (!fromExtensionPage(sender)) return refuse('settings change only from extension pages');
    const out: WorkerProtocol['setGlobal']['request'] = {};
    if ('paused' in payload) {
      if (typeof payload.paused !== 'boolean') return refuse('bad paused');
      out.paused = payload.paused;
    }
    if ('defaultMode' in payload) {
      if (payload.defaultMode !== 'all-sites' && payload.defaultMode !== 'only-enabled')
        return refuse('bad mode');
      out.defaultMode = payload.defaultMode;
    }
    return { ok: true, payload: out };
  },
  getCorpusInfo({ waitForDisagreements }) {
    if (typeof waitForDisagreements !== 'boolean') return refuse('waitForDisagreements must be a boolean');
    return { ok: true, payload: { waitForDisagreements } };
  },
  getDocuments: () => ({ ok: true, payload: {} }),
  addDocuments(payload, sender) {
    const { documents } = payload;
    if (!fromExtensionPage(sender)) return refuse('documents are added only from extension pages');
    if (!Array.isArray(documents) || documents.length === 0 || documents.length > MAX_NEW_DOCUMENTS)
      return refuse(`documents must be an array of 1 to ${MAX_NEW_DOCUMENTS}`);
    if (!documents.every(isNewDocument)) return refuse('malformed or too long document');
    // The time it was first added comes with a document restored from an export (the store checks it).
    const copies = documents.map(({ name, text, outlet, title, date, url, added }) => ({
      name,
      text,
      outlet,
      title,
      date,
      url,
      ...(added === undefined ? {} : { added }),
    }));
    return { ok: true, payload: { documents: copies } };
  },
  removeDocument(payload, sender) {
    const { id } = payload;
    if (!fromExtensionPage(sender)) return refuse('documents are removed only from extension pages');
    if (!isString(id, 200)) return refuse('bad document id');
    return { ok: true, payload: { id } };
  },
  updateDocument(payload, sender) {
    const { id, title, outlet, date, url } = payload;
    if (!fromExtensionPage(sender)) return refuse('documents are edited only from extension pages');
    if (!isString(id, 200)) return refuse('bad document id');
    if (
      !isOptionalField(title) ||
      !isOptionalField(outlet) ||
      !isOptionalField(date) ||
      !isOptionalField(url)
    )
      return refuse('malformed or too long field');
    return { ok: true, payload: { id, title, outlet, date, url } };
  },
  removeDocuments(payload, sender) {
    const { ids } = payload;
    if (!fromExtensionPage(sender)) return refuse('documents are removed only from extension pages');
    if (!isStringList(ids, USER_DOCUMENT_LIMITS.count, 200) || ids.length === 0)
      return refuse(`ids must be an array of 1 to ${USER_DOCUMENT_LIMITS.count} document ids`);
    return { ok: true, payload: { ids: [...ids] } };
  },
  removeUnreadableEntries(payload, sender) {
    const { expected } = payload;
    if (!fromExtensionPage(sender)) return refuse('stored entries are removed only from extension pages');
    // Only a number the page was shown can have been agreed to: never none, never a guess.
    if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 1)
      return refuse('expected must be how many unreadable entries the user agreed to remove');
    return { ok: true, payload: { expected } };
  },
  exportDocuments: (_payload, sender) =>
    fromExtensionPage(sender)
      ? { ok: true, payload: {} }
      : refuse('documents are exported only to extension pages'),
  checkText(payload, sender) {
    const { text, referenceDate, published } = payload;
    if (!fromExtensionPage(sender)) return refuse('texts are checked only from extension pages');
    if (typeof text !== 'string') return refuse('text must be a string');
    if (text.length > CHECK_TEXT_LIMITS.chars)
      return refuse(
        `the text has ${formatCount(text.length)} characters; at most ${formatCount(CHECK_TEXT_LIMITS.chars)} are checked at once`,
      );
    if (typeof referenceDate !== 'string' || parseIso(referenceDate) === null)
      return refuse('the date must be a day written YYYY-MM-DD');
    if (typeof published !== 'boolean') return refuse('published must be true or false');
    return { ok: true, payload: { text, referenceDate, published } };
  },
  openFullView(payload, sender) {
    const { claimId } = payload;
    if (!fromContentScript(sender)) return refuse('only a tab opens its full view');
    if (claimId !== null && !isString(claimId, 100)) return refuse('bad claim id');
    return { ok: true, payload: { claimId } };
  },
};
