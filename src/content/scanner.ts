/**
 * Scans the page: reads blocks, extracts claims, asks the worker to match them, and keeps the claims
 * that have context, each with its live Range.
 *
 * All of it runs in time-boxed slices. The corpus gate drops, before they are built or sent, the claims
 * that could not match anything in the corpus. Extraction is cached by block text and results by claim,
 * so a rescan after a change only pays for the blocks that changed.
 */
import type { GateChecker } from '../core/match/gate-checker';
import type { Claim, ClaimResult } from '../core/types';
import { rangeOf, readBlocks, type Block } from './block-reader';
import { insideSkipped, isShown } from './element-kinds';
import { claimRelation, type FoundClaim } from './found-claim';
import { SliceClock } from './slices';

/** The engine functions the content script runs in the page. */
export interface Engine {
  /** Cheap test: could this text hold a claim at all? */
  prefilter(text: string): boolean;
  /**
   * Claims of `text`. `keepSentence`, when given, is asked once per sentence with the sentence's terms;
   * false skips that sentence's figures and dates before any work is spent on them.
   */
  extract(text: string, referenceDate: string, keepSentence?: (terms: Iterable<string>) => boolean): Claim[];
}

/** What the scanner needs from its surroundings. */
export interface ScannerDeps {
  doc: Document;
  engine: Engine;
  /** Sends one batch (≤ MATCH_BATCH) to the worker; results are in the same order. */
  match: (claims: Claim[]) => Promise<ClaimResult[]>;
  referenceDate: () => string;
  /** The corpus gate; resolves null (never rejects) when the worker could not give one: then every claim is sent. */
  gate: () => Promise<GateChecker | null>;
  /** Called (possibly often) when the set of found claims changed. */
  onChange: () => void;
}

/** Most claims per match request (the worker refuses more). */
export const MATCH_BATCH = 200;
/** Longest text handed to the extractor at once; longer blocks are cut at sentence ends. */
export const MAX_WINDOW = 4_000;
/** Match requests in flight at once. */
const MAX_IN_FLIGHT = 2;
const CACHE_LIMIT = 5_000;

interface Pending {
  claim: Claim;
  key: string;
  block: Block;
  token: number;
}

/** Cuts long text into windows that end at a sentence end (or a space) so each extract call is short. */
export function windowsOf(text: string, max = MAX_WINDOW): { start: number; text: string }[] {
  if (text.length <= max) return [{ start: 0, text }];
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const slice = text.slice(start, end);
      const sentence = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
      const cut =
        sentence > max / 2
          ? sentence + 2
          : slice.lastIndexOf(' ') > max / 2
            ? slice.lastIndexOf(' ') + 1
            : max;
      end = start + cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/** Short stable hash (FNV-1a), for claim ids that survive rescans and reloads of the same text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A bounded map: the oldest entries go first. */
function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= CACHE_LIMIT) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}

/** The page's claims with context, kept current by scans of the whole page or of changed parts. */
export class Scanner {
  private readonly byContainer = new Map<Element, FoundClaim[]>();
  private readonly tokens = new Map<Element, number>();
  private readonly extracted = new Map<string, Claim[]>();
  private readonly results = new Map<string, ClaimResult>();
  private nextToken = 1;
  private generation = 0;
  private running = 0;

  constructor(private readonly deps: ScannerDeps) {}

  /** True while a scan is under way. */
  get scanning(): boolean {
    return this.running > 0;
  }

  /** Every claim with context, in no particular order. */
  claims(): FoundClaim[] {
    const out: FoundClaim[] = [];
    for (const list of this.byContainer.values()) out.push(...list);
    return out;
  }

  /** Forgets every claim and abandons running scans (caches are kept for a quick restart). */
  clear(): void {
    this.generation++;
    this.byContainer.clear();
    this.tokens.clear();
    this.deps.onChange();
  }

  /** Drops claims under `root` (or whose nodes left the page). */
  private drop(roots: readonly Element[]): boolean {
    let changed = false;
    for (const container of [...this.byContainer.keys(), ...this.tokens.keys()]) {
      if (!container.isConnected || roots.some((root) => root.contains(container))) {
        changed = this.byContainer.delete(container) || changed;
        this.tokens.delete(container);
      }
    }
    return changed;
  }

  /**
   * Scans `roots` (block containers whose content changed), or the whole body when null. Resolves true
   * when the scan is done, false when a full scan superseded it; rejects when the worker cannot be reached.
   */
  async scan(roots: readonly Element[] | null): Promise<boolean> {
    const doc = this.deps.doc;
    const body = doc.body ?? doc.documentElement;
    if (roots === null) this.generation++;
    const generation = this.generation;
    const targets = roots ?? [body];
    if (this.drop(targets)) this.deps.onChange();
    this.running++;
    try {
      const clock = new SliceClock();
      // Document order: measuring blocks to scan the visible ones first would force a layout of the whole
      // page before its first paint, which on a large page costs more than reading all of it.
      const blocks: Block[] = [];
      const prefilter = this.deps.engine.prefilter;
      // Asked for as soon as the first block that may hold a claim is read, so the answer comes back while
      // the rest of the page is read; a page with no candidate never asks (nor wakes the worker for it).
      let gateAnswer: Promise<GateChecker | null> | null = null;
      for (const root of targets) {
        if (!root.isConnected || insideSkipped(root)) continue;
        for (const block of readBlocks(root)) {
          blocks.push(block);
          if (gateAnswer === null && prefilter(block.text)) gateAnswer = this.deps.gate();
          // Checked before awaiting: an await per block costs more than the clock on a page of 20,000 blocks.
          if (clock.spent()) await clock.yield();
          if (generation !== this.generation) return false;
        }
      }
      const gate = gateAnswer === null ? null : await gateAnswer;
      if (generation !== this.generation) return false;
      const referenceDate = this.deps.referenceDate();
      const inFlight: Promise<void>[] = [];
      let pending: Pending[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        const batch = pending;
        pending = [];
        const request = this.resolve(batch, generation);
        request.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        inFlight.push(request);
        if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift();
      };
      for (const block of blocks) {
        const token = this.nextToken++;
        this.tokens.set(block.container, token);
        const claims = this.extract(block.text, referenceDate, gate);
        // Styles can hide what markup does not say is hidden; asked only of blocks that hold a claim.
        const shown = claims.length > 0 && isShown(block.container);
        for (const claim of shown ? claims : []) {
          const key = `${referenceDate}\u0000${claim.kind}\u0000${claim.text}\u0000${claim.sentence}`;
          pending.push({ claim, key, block, token });
          if (pending.length >= MATCH_BATCH) await flush();
        }
        if (clock.spent()) await clock.yield();
        if (generation !== this.generation) return false;
      }
      await flush();
      await Promise.all(inFlight);
      return generation === this.generation;
    } finally {
      this.running--;
    }
  }

  /**
   * Claims of one block's text that the gate lets through, from the cache or the extractor (window by
   * window for long blocks).
   */
  private extract(text: string, referenceDate: string, gate: GateChecker | null): Claim[] {
    const out: Claim[] = [];
    for (const window of windowsOf(text)) {
      if (!this.deps.engine.prefilter(window.text)) continue;
      const cacheKey = `${gate ? 'gated' : ''}\u0000${referenceDate}\u0000${window.text}`;
      let claims = this.extracted.get(cacheKey);
      if (!claims) {
        claims = gate
          ? this.deps.engine
              .extract(window.text, referenceDate, (terms) => gate.sentenceCanMatch(terms))
              .filter((claim) => gate.valueCanMatch(claim))
          : this.deps.engine.extract(window.text, referenceDate);
        remember(this.extracted, cacheKey, claims);
      }
      for (const claim of claims) {
        out.push(
          window.start === 0
            ? claim
            : { ...claim, start: claim.start + window.start, end: claim.end + window.start },
        );
      }
    }
    return out;
  }

  /** Gets results for a batch (cache first, then the worker) and keeps the claims with context. */
  private async resolve(batch: Pending[], generation: number): Promise<void> {
    const unknown = batch.filter((item) => !this.results.has(item.key));
    if (unknown.length > 0) {
      const answers = await this.deps.match(unknown.map((item) => item.claim));
      unknown.forEach((item, i) => {
        const answer = answers[i];
        if (answer) remember(this.results, item.key, answer);
      });
    }
    if (generation !== this.generation) return;
    let changed = false;
    const used = new Set(this.claims().map((claim) => claim.id));
    for (const item of batch) {
      const result = this.results.get(item.key);
      const relation = result ? claimRelation(result) : null;
      // A newer read of the same container replaced this one: its claims are stale.
      if (!result || !relation || this.tokens.get(item.block.container) !== item.token) continue;
      const range = rangeOf(item.block, item.claim.start, item.claim.end);
      if (!range) continue;
      const base = `c${hash(item.key)}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      let list = this.byContainer.get(item.block.container);
      if (!list) this.byContainer.set(item.block.container, (list = []));
      list.push({ id, claim: item.claim, result, range, relation });
      changed = true;
    }
    if (changed) this.deps.onChange();
  }
}
