/**
 * What the popup says of a tab whose content script did not answer (see unansweredStatus), as a table.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/shared/messages';

// tab-status.ts reads tabs through the one module that wraps the browser API, which cannot load outside one.
vi.mock('../../src/shared/browser', () => ({ ext: {} }));
const { unansweredStatus } = await import('../../src/popup/tab-status');

const READY = { kind: 'ready', state: { claims: [] } as unknown as TabState } as const;

describe('unansweredStatus', () => {
  it.each([
    ['a first ask, page loading', { kind: 'loading' }, true, false, 'page-loading'],
    ['a first ask, page loaded', { kind: 'loading' }, false, false, 'unreachable'],
    ['claims shown, page loading again (no script yet)', READY, true, false, 'ready'],
    ['claims shown, page going to the next, loading', READY, true, true, 'page-loading'],
    ['claims shown, page going to the next, loaded', READY, false, true, 'loading'],
    ['claims shown, a script busy for a moment', READY, false, false, 'ready'],
    ['said unreachable, asked again', { kind: 'unreachable' }, false, false, 'unreachable'],
    ['said unreachable, a load started', { kind: 'unreachable' }, true, false, 'page-loading'],
  ] as const)('%s', (_name, previous, pageLoading, awaiting, kind) => {
    const status = unansweredStatus(previous, pageLoading, awaiting);
    expect(status.kind).toBe(kind);
    if (kind === 'ready') expect(status).toBe(previous);
  });
});
