/**
 * Scans the page: reads blocks, sends the text of those that may hold a claim to the worker, and keeps
 * the claims that came back with context, each with its live Range.
 *
 * The worker extracts and matches (see core/scan-texts.ts for why there rather than here): the page's
 * share is reading its own text, which only it can do, and turning spans into Ranges. Texts are sent in
 * batches while the page is still being read, so the worker works while the page reads. Reading runs in
 * time-boxed slices; answers are kept by text (see worker-answers.ts).
 */
import type { ScannedClaim } from '../core/types';
import { SCAN_LIMITS } from '../shared/messages';
import { readBlocks } from './block-reader';
import { BlockLabels } from './block-label';
import { seenPlaces } from './claim-visibility';
import { containsFlat, insideSkipped, isShown } from './element-kinds';
import { claimIdBase, type FoundClaim } from './found-claim';
import { FoundClaims } from './found-claims';
import { KeptBack, placeOf, type PlacedClaim } from './kept-back';
import { answerKey, candidatesOf, type Candidate, type Pending } from './pending-window';
import { SliceClock } from './slices';
import { windowsOf } from './text-windows';
import { WorkerAnswers } from './worker-answers';

/** What the scanner needs from its surroundings. */
export interface ScannerDeps {
  doc: Document;
  /** Cheap test: could this text hold a claim at all? Texts that fail it are never sent. */
  prefilter: (text: string) => boolean;
  /**
   * Sends one batch of texts (within SCAN_LIMITS) to the worker. Per text, in order: its claims with
   * context, spans relative to the text.
   */
  scanTexts: (texts: string[], referenceDate: string, ownDate: boolean) => Promise<ScannedClaim[][]>;
  /** The page's date, which its claims are read against. */
  referenceDate: () => string;
  /**
   * For a scan: the day of the article holding a block when it is not the page's (see article-dates.ts), or null
   * when every block is read against the page's date.
   */
  articleDays?: (pageDay: string) => ((container: Element) => string | null) | null;
  /** Called (possibly often) when the set of found claims changed. */
  onChange: () => void;
}

/**
 * Characters per request. Small enough that the first highlights come while the page is still being
 * read and that one request costs the worker a few milliseconds; large enough that messaging stays cheap.
 */
export const BATCH_CHARS = 32_000;
/** Requests in flight at once: the worker works on one while the next is on its way. */
const MAX_IN_FLIGHT = 8;

/** The page's claims with context, kept current by scans of the whole page or of changed parts. */
export class Scanner {
  private readonly found = new FoundClaims();
  private readonly tokens = new Map<Element, number>();
  private readonly answers = new WorkerAnswers<Pending>();
  /**
   * Claims with context that styles hid when they were read (a closed <details>, an inactive tab panel, a
   * collapsed "read more", a screen readers' copy): their containers are rescanned when they are shown.
   */
  private readonly kept = new KeptBack();
  /** Where each claim found was read: asked again whether it is seen (see visibilityChanged). */
  private readonly placed = new WeakMap<FoundClaim, PlacedClaim>();
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
    return this.found.all();
  }

  /**
   * Forgets the worker's answers, and stops new windows from joining requests already out: after the corpus
   * changed they may be wrong. Claims already found stay until the next scan replaces them.
   */
  forgetAnswers(): void {
    this.answers.forget();
  }

  /**
   * The containers under or around `targets` (elements whose class, style or open state changed, or the whole
   * page after a resize) whose claims came into view or went out of it since they were read: rescanned, their
   * claims come or go with them. One style-aware check per container with claims there, and one batched check of
   * those claims (see KeptBack.changed); nothing is measured when no claim is there.
   */
  visibilityChanged(targets: readonly Element[]): Element[] {
    const shown: PlacedClaim[] = [];
    for (const found of this.found.all()) {
      const place = this.placed.get(found);
      // The fallback highlighter wraps a claim's words in marks and gives it a new Range over them.
      if (place) shown.push(place.range === found.range ? place : placeOf(place.container, found.range));
    }
    return this.kept.changed(targets, shown);
  }

  /** Forgets every claim and abandons running scans (caches are kept for a quick restart). */
  clear(): void {
    this.generation++;
    this.found.clear();
    this.tokens.clear();
    this.kept.clear();
    this.deps.onChange();
  }

  /** Drops claims under `root` (or whose nodes left the page). */
  private drop(roots: readonly Element[]): boolean {
    const gone = (container: Element) =>
      !container.isConnected || roots.some((root) => containsFlat(root, container));
    for (const container of [...this.tokens.keys()]) if (gone(container)) this.tokens.delete(container);
    this.kept.drop(gone);
    return this.found.drop(gone);
  }

  /**
   * Scans `roots` (block containers whose content changed), or the whole body when null. Resolves true
   * when the scan is done, false when a full scan superseded it; rejects when the worker cannot be reached.
   */
  async scan(roots: readonly Element[] | null): Promise<boolean> {
    const doc = this.deps.doc;
    const body = doc.body ?? doc.documentElement;
    if (roots === null) {
      this.generation++;
      // The claims found so far show until this scan replaces them (see FoundClaims).
      this.found.setAside();
      this.tokens.clear();
      this.kept.clear();
    } else if (this.drop(roots)) {
      this.deps.onChange();
    }
    const generation = this.generation;
    const targets = roots ?? [body];
    this.running++;
    try {
      const clock = new SliceClock();
      const referenceDate = this.deps.referenceDate();
      const epoch = this.answers.epochFor(referenceDate);
      const articleDay = this.deps.articleDays?.(referenceDate) ?? null;
      // The day of the texts in `batch`: one request is read against one day.
      let batchDay = referenceDate;
      const inFlight: Promise<void>[] = [];
      // Requests of other scans that windows of this one joined: this scan is done when they are.
      const joined = new Set<Promise<void>>();
      // Texts not yet sent, each with the windows waiting for it (the same text may occur more than once).
      let batch = new Map<string, Pending[]>();
      let batchChars = 0;
      let known: Pending[] = [];
      const flush = async () => {
        if (known.length > 0) {
          this.place(known, (key) => this.answers.answer(key));
          known = [];
        }
        if (batch.size === 0) return;
        const request = this.ask(batch, batchDay, batchDay !== referenceDate, epoch);
        for (const [key, waiting] of batch) this.answers.ask(key, { epoch, waiting, request });
        batch = new Map();
        batchChars = 0;
        request.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
        inFlight.push(request);
        if (inFlight.length >= MAX_IN_FLIGHT) await inFlight.shift();
      };
      const labels = new BlockLabels();
      // One read of a container, whatever number of blocks it holds: a `<br>` splits a paragraph into two blocks,
      // and a token per block made the second read the first one's claims as stale.
      const readTokens = new Map<Element, number>();
      // Document order: measuring blocks to scan the visible ones first would force a layout of the whole
      // page before its first paint, which on a large page costs more than reading all of it.
      for (const root of targets) {
        if (!root.isConnected || insideSkipped(root)) continue;
        for (const block of readBlocks(root)) {
          let token = readTokens.get(block.container);
          if (token === undefined) {
            token = this.nextToken++;
            readTokens.set(block.container, token);
            this.tokens.set(block.container, token);
          }
          const label = labels.of(block.container, block.text);
          const day = articleDay?.(block.container) ?? referenceDate;
          for (const window of windowsOf(block.text)) {
            const text = label.before + window.text + label.after;
            if (!this.deps.prefilter(text)) continue;
            const pending: Pending = {
              block,
              token,
              start: window.start,
              labelLength: label.before.length,
              ownLength: window.text.length,
              text,
              day,
              key: answerKey(text, day, referenceDate),
              generation,
            };
            const key = pending.key;
            if (this.answers.answer(key)) {
              known.push(pending);
              continue;
            }
            const asked = this.answers.asked(key, epoch);
            if (asked) joined.add(asked.request);
            let waiting = batch.get(key) ?? asked?.waiting;
            if (!waiting) {
              if (
                batch.size >= SCAN_LIMITS.texts ||
                batchChars + text.length > BATCH_CHARS ||
                (day !== batchDay && batch.size > 0)
              )
                await flush();
              batchDay = day;
              batch.set(key, (waiting = []));
              batchChars += text.length;
            }
            waiting.push(pending);
          }
          // Checked before awaiting: an await per block costs more than the clock on a page of 20,000 blocks.
          if (clock.spent()) await clock.yield();
          if (generation !== this.generation) return false;
        }
      }
      await flush();
      await Promise.all([...inFlight, ...joined]);
      return generation === this.generation;
    } finally {
      this.running--;
      // The whole page was read again (or could not be): what the new scan did not find again goes.
      if (roots === null && generation === this.generation && this.found.settle()) this.deps.onChange();
    }
  }

  /**
   * Sends one batch, read against `day` (`ownDate`: an article's own, not the page's), to the worker and places
   * what comes back (also for windows that joined the wait).
   */
  private async ask(
    batch: Map<string, Pending[]>,
    day: string,
    ownDate: boolean,
    epoch: number,
  ): Promise<void> {
    const keys = [...batch.keys()];
    const answered = new Map<string, ScannedClaim[]>();
    try {
      const found = await this.deps.scanTexts(
        keys.map((key) => batch.get(key)![0]!.text),
        day,
        ownDate,
      );
      keys.forEach((key, i) => answered.set(key, found[i] ?? []));
    } finally {
      this.answers.settle(batch, answered, epoch);
    }
    this.place([...batch.values()].flat(), (key) => answered.get(key));
  }

  /**
   * Turns answered windows into found claims with Ranges, skipping stale reads and keeping back what a reader
   * cannot see (a hidden block, or a claim hidden alone: asked of all the claims at once, see seenPlaces).
   */
  private place(windows: readonly Pending[], answerOf: (key: string) => ScannedClaim[] | undefined): void {
    const shown = new Map<Element, boolean>();
    const candidates: Candidate[] = [];
    for (const window of windows) {
      const { block, token, key, generation } = window;
      const answer = answerOf(key);
      // A newer read of the same container (or a newer full scan) replaced this one: its claims are stale.
      const stale = generation !== this.generation || this.tokens.get(block.container) !== token;
      if (!answer || answer.length === 0 || stale) continue;
      let visible = shown.get(block.container);
      // Styles can hide what markup does not say is hidden; asked only of blocks that hold a claim.
      if (visible === undefined) shown.set(block.container, (visible = isShown(block.container)));
      if (visible) candidates.push(...candidatesOf(window, answer));
      else this.kept.holdBlock(block.container);
    }
    if (candidates.length === 0) return;
    const seen = seenPlaces(candidates);
    const used = new Set(this.found.current().map((claim) => claim.id));
    let changed = false;
    candidates.forEach((candidate, i) => {
      if (!seen[i]) return this.kept.holdClaim(candidate);
      const { container, claim, result, range, relation, day, nodes } = candidate;
      const base = claimIdBase(day, claim);
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      const found: FoundClaim = { id, claim, result, range, relation };
      this.found.add(container, found);
      this.placed.set(found, { container, range, nodes });
      changed = true;
    });
    if (changed) this.deps.onChange();
  }
}
