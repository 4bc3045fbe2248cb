/** The popup's states without a list: cannot run here, switched off, paused, still scanning, nothing found. */
import type { ComponentChildren } from 'preact';
import type { OffReason } from '../../shared/settings';

/** Which empty state to show. */
export type EmptyKind = 'loading' | 'unreachable' | 'scanning' | 'none' | Exclude<OffReason, null>;

/** Props of EmptyState. */
export interface EmptyStateProps {
  kind: EmptyKind;
  host: string | null;
  /** Offered for 'paused' and 'site-off'/'not-enabled': the action that turns Claim Lens back on. */
  action?: ComponentChildren;
}

const TITLE: Record<EmptyKind, string> = {
  loading: 'Loading…',
  unreachable: 'Claim Lens can’t run on this page',
  scanning: 'Still scanning this page…',
  none: 'No claims with context on this page',
  paused: 'Claim Lens is paused everywhere',
  'site-off': 'Claim Lens is off on this site',
  'not-enabled': 'Claim Lens is not switched on for this site',
};

function explanation(kind: EmptyKind, host: string | null): string {
  const site = host ?? 'this site';
  switch (kind) {
    case 'loading':
      return '';
    case 'unreachable':
      return 'Browsers keep extensions out of their own pages (settings, new tabs, the extension store) and other extensions’ pages. Open a web page to see its claims.';
    case 'scanning':
      return 'Claims appear here as they are matched against the corpus.';
    case 'none':
      return 'No figure, date or quote on this page matches what the corpus sources report.';
    case 'paused':
      return 'Nothing is scanned on any site until you resume.';
    case 'site-off':
      return `Nothing on ${site} is scanned. Switch it on above to scan this page again.`;
    case 'not-enabled':
      return `Claim Lens runs only on sites you switch on. Switch ${site} on above to scan this page.`;
  }
}

/** A heading-led message; the live status line above announces the same state to screen readers. */
export function EmptyState({ kind, host, action }: EmptyStateProps) {
  const text = explanation(kind, host);
  return (
    <section
      class={`empty empty-${kind}`}
      data-testid={`empty-${kind}`}
      aria-busy={kind === 'loading' || kind === 'scanning'}
    >
      <h2>{TITLE[kind]}</h2>
      {text !== '' && <p>{text}</p>}
      {action}
    </section>
  );
}

/** The words of the live status line for an empty state. */
export function emptyStatus(kind: EmptyKind): string {
  return TITLE[kind];
}
