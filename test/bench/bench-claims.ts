/**
 * Claims to send to the service worker: extracted by the engine from the corpus-related sentences of the
 * generated pages when the engine's extractor is there, else a few written by hand in the same shape.
 */
import type { Claim } from '../../src/core/types';
import { RELATED_CLAIMS } from './large-page';

const HANDMADE: Claim[] = [
  {
    kind: 'quantity',
    text: 'More than 280,000 people',
    start: 0,
    end: 24,
    value: { type: 'quantity', low: 280_001, high: 336_000, nominal: 280_000, qualifier: 'more-than' },
    subject: [],
    sentence: RELATED_CLAIMS[0] ?? '',
  },
  {
    kind: 'date',
    text: 'February 27',
    start: 64,
    end: 75,
    value: { type: 'date', start: '2016-02-27', end: '2016-02-27', precision: 'day', yearInferred: true },
    subject: [],
    sentence: RELATED_CLAIMS[2] ?? '',
  },
  {
    kind: 'quantity',
    text: '15 of 18',
    start: 46,
    end: 54,
    value: { type: 'quantity', low: 15, high: 15, nominal: 15, of: 18 },
    subject: [],
    sentence: RELATED_CLAIMS[4] ?? '',
  },
  {
    kind: 'quote',
    text: '“Our patience is not infinite,”',
    start: 0,
    end: 31,
    value: { type: 'quote', text: 'Our patience is not infinite', speaker: 'Kerry' },
    subject: [],
    sentence: RELATED_CLAIMS[6] ?? '',
  },
];

function looksLikeClaim(value: unknown): value is Claim {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Partial<Claim>;
  return typeof claim.kind === 'string' && typeof claim.text === 'string' && Array.isArray(claim.subject);
}

/** Claims for the worker benchmarks, and where they came from. */
export async function benchClaims(): Promise<{ claims: Claim[]; source: string }> {
  const specifier = '../../src/core/extract-claims.ts';
  try {
    const module = (await import(specifier)) as { extractClaims?: (text: string) => unknown };
    if (typeof module.extractClaims !== 'function') throw new Error('no extractClaims export');
    const claims = RELATED_CLAIMS.flatMap((sentence) => {
      const found = module.extractClaims?.(sentence);
      const list = Array.isArray(found) ? found : (found as { claims?: unknown } | null)?.claims;
      return Array.isArray(list) ? list.filter(looksLikeClaim) : [];
    });
    if (claims.length === 0) throw new Error('extractClaims found nothing');
    return {
      claims,
      source: `${claims.length} claims extracted by the engine from ${RELATED_CLAIMS.length} sentences`,
    };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      claims: HANDMADE,
      source: `${HANDMADE.length} hand-made claims (engine extractor unavailable: ${why})`,
    };
  }
}
