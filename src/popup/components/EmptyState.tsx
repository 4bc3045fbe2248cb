/**
 * The popup's states without a list: the page still loading, cannot run here, switched off, paused, still scanning,
 * nothing found, and nothing found because the corpus could not be read.
 */
import { formatCount } from '../../core/text/format-count';
import type { OffReason } from '../../shared/settings';

/** Which empty state to show. */
export type EmptyKind =
  | 'loading'
  | 'page-loading'
  | 'unreachable'
  | 'closed'
  | 'scanning'
  | 'none'
  | 'no-corpus'
  | Exclude<OffReason, null>;

/** Props of EmptyState. */
export interface EmptyStateProps {
  kind: EmptyKind;
  host: string | null;
  /** Embedded frames on the page, whose text is not read (see TabState.unreadFrames). */
  unreadFrames?: number;
  /** Set when the page is not in English: its language tag, or '' for none (see TabState.language). */
  language?: string | undefined;
  /**
   * Reloads the shown tab, offered where its content script does not answer. Without the tabs permission the
   * popup cannot tell a browser's own page from a web page opened before Claim Lens was installed, updated or
   * reloaded, which Chromium leaves without the script until the page is loaded again.
   */
  onReload?: (() => void) | undefined;
}

const TITLE: Record<EmptyKind, string> = {
  loading: 'Loading…',
  'page-loading': 'This page is still loading',
  unreachable: 'Claim Lens can’t run on this page',
  closed: 'The page’s tab was closed',
  scanning: 'Still scanning this page…',
  none: 'No claims with context on this page',
  'no-corpus': 'Claims on this page could not be looked up',
  paused: 'Claim Lens is paused everywhere',
  'site-off': 'Claim Lens is off on this site',
  'not-enabled': 'Claim Lens is not switched on for this site',
};

function explanation(kind: EmptyKind, host: string | null, canReload: boolean): string {
  const site = host ?? 'this site';
  switch (kind) {
    case 'loading':
      return '';
    case 'page-loading':
      return 'Claim Lens reads it once it has loaded.';
    case 'unreachable':
      return `Browsers keep extensions out of their own pages (settings, new tabs, the extension store) and other extensions’ pages.${canReload ? '' : ' Open a web page to see its claims.'}`;
    case 'closed':
      return 'This view showed a tab that is no longer open. Open the page again and use Claim Lens’s toolbar button.';
    case 'scanning':
      return 'Claims appear here as they are matched against the corpus.';
    case 'none':
      // A first-time reader on a page of another subject took silence for a broken extension: say what it compares.
      return 'No figure, date or quote on this page matches what the corpus sources report. Claim Lens compares pages only with the news articles in its corpus (listed under “Options and corpus” below): on other subjects it finds nothing until you add articles about them.';
    case 'no-corpus':
      // Not "no claims": the page's figures, dates and quotes were never looked up.
      return 'Claim Lens could not load its corpus of news articles, so the figures, dates and quotes on this page were not looked up.';
    case 'paused':
      return 'Nothing is scanned on any site until you press “Resume Claim Lens everywhere” below.';
    case 'site-off':
      return `Nothing on ${site} is scanned. Switch it on above to scan this page again.`;
    case 'not-enabled':
      return `Claim Lens runs only on sites you switch on. Switch ${site} on above to scan this page.`;
  }
}

/** The English name of a language tag ("fr-CA" → "Canadian French"), or null for a tag no browser names. */
export function languageName(tag: string): string | null {
  // A language, not a private-use or grandfathered tag ("x-…" is named "root").
  if (!/^[a-z]{2,3}(?:-|$)/i.test(tag)) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    // An unknown but well-formed tag comes back as itself.
    return name !== undefined && name.toLowerCase() !== tag.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/**
 * Why a page not in English shows nothing: the engine reads the words around a figure in English. Said instead of
 * "nothing matches the corpus", which sends a reader to add articles that would not help.
 */
export function foreignPageNote(language: string): string {
  const name = languageName(language);
  const seems =
    name === null ? 'This page does not seem to be in English' : `This page seems to be in ${name}`;
  return `${seems}, and Claim Lens reads English only: it finds figures and quotes in any text, but tells what they are about from English words, so on pages in other languages it matches next to nothing.`;
}

/** What a reader of a web page with no content script does: said only where the popup can reload the tab. */
export const RELOAD_HINT =
  'A web page opened before Claim Lens was installed, updated or reloaded must be reloaded first.';

/** Says that the page's embedded frames were not read ('' when it has none): claims in them are not listed. */
export function unreadFramesNote(frames: number): string {
  if (frames <= 0) return '';
  return `Text inside ${frames === 1 ? 'the embedded frame' : `the ${formatCount(frames)} embedded frames`} on this page is not read.`;
}

/**
 * What the state means and what to do about it. Its title is not repeated here: the status line right above
 * says it (visibly, and to screen readers as it changes), and saying it twice reads as two messages.
 */
export function EmptyState({ kind, host, unreadFrames = 0, language, onReload }: EmptyStateProps) {
  const reload = kind === 'unreachable' ? onReload : undefined;
  const text =
    kind === 'none' && language !== undefined
      ? foreignPageNote(language)
      : explanation(kind, host, reload !== undefined);
  const frames = kind === 'none' ? unreadFramesNote(unreadFrames) : '';
  return (
    <section
      class={`empty empty-${kind}`}
      data-testid={`empty-${kind}`}
      aria-busy={kind === 'loading' || kind === 'page-loading' || kind === 'scanning'}
    >
      {text !== '' && <p>{text}</p>}
      {frames !== '' && <p data-testid="unread-frames">{frames}</p>}
      {reload !== undefined && (
        <>
          <p>{RELOAD_HINT}</p>
          <button type="button" class="secondary" data-testid="reload-page" onClick={reload}>
            Reload this page
          </button>
        </>
      )}
    </section>
  );
}

/** The words of the status line for an empty state: its title, said there and only there. */
export function emptyStatus(kind: EmptyKind): string {
  return TITLE[kind];
}
