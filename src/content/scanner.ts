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
import { rangeOf, readBlocks, type Block } from './block-reader';
import { BlockLabels } from './block-label';
import { containsFlat, insideSkipped, isShown } from './element-kinds';
import { claimIdBase, claimRelation, type FoundClaim } from './found-claim';
import { FoundClaims } from './found-claims';
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

/** A window of a block's text waiting for the worker's answer. */
interface Pending {
  block: Block;
  /** The read of the block it came from (a newer read makes it stale). */
  token: number;
  /** Offset of the window in the block's text. */
  start: number;
  /**
   * Length of the words read before the window (see block-label.ts): claims before it are the label's own, and
   * the window's offsets start after it.
   */
  labelLength: number;
  /** Length of the window's own text: claims past it are in the words read after it. */
  ownLength: number;
  /** The window's text, with its label. */
  text: string;
  /** The day it is read against: the page's, or its own article's. */
  day: string;
  /** The key of its answer (see answerKey). */
  key: string;
  /** The scan generation it belongs to (a full rescan abandons older ones). */
  generation: number;
}

/**
 * The key of a window's answer: its text, read against the page's date; an article's own day goes before the text
 * of the few windows read against one (joining every text with its day would copy every candidate text once more).
 */
function answerKey(text: string, day: string, pageDay: string): string {
  return day === pageDay ? text : `${day}\u0001${text}`;
}

/** The page's claims with context, kept current by scans of the whole page or of changed parts. */
export class Scanner {
  private readonly found = new FoundClaims();
  private readonly tokens = new Map<Element, number>();
  private readonly answers = new WorkerAnswers<Pending>();
  /**
   * Containers whose text holds claims with context but which styles hid when they were read (a closed
   * <details>, an inactive tab panel, a collapsed "read more"): rescanned when they are shown.
   */
  private readonly hidden = new Set<Element>();
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
   * The containers under `targets` (elements whose class, style or open state changed) that were shown and
   * are hidden now, or hidden and are shown now: rescanned, their claims come or go with them. One
   * style-aware check per container with claims under the targets.
   */
  visibilityChanged(targets: readonly Element[]): Element[] {
    const out: Element[] = [];
    const under = (container: Element) => targets.some((target) => containsFlat(target, container));
    for (const container of this.hidden) {
      if (!container.isConnected) this.hidden.delete(container);
      else if (under(container) && isShown(container)) out.push(container);
    }
    for (const container of this.found.containers())
      if (container.isConnected && under(container) && !isShown(container)) out.push(container);
    return out;
  }

  /** Forgets every claim and abandons running scans (caches are kept for a quick restart). */
  clear(): void {
    this.generation++;
    this.found.clear();
    this.tokens.clear();
    this.hidden.clear();
    this.deps.onChange();
  }

  /** Drops claims under `root` (or whose nodes left the page). */
  private drop(roots: readonly Element[]): boolean {
    const gone = (container: Element) =>
      !container.isConnected || roots.some((root) => containsFlat(root, container));
    for (const container of [...this.tokens.keys()]) if (gone(container)) this.tokens.delete(container);
    for (const container of this.hidden) if (gone(container)) this.hidden.delete(container);
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
      this.hidden.clear();
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

  /** Turns answered windows into found claims with Ranges, skipping stale reads and hidden blocks. */
  private place(windows: readonly Pending[], answerOf: (key: string) => ScannedClaim[] | undefined): void {
    let changed = false;
    let used: Set<string> | null = null;
    const shown = new Map<Element, boolean>();
    for (const { block, token, start, labelLength, ownLength, day, key, generation } of windows) {
      const answer = answerOf(key);
      // A newer read of the same container (or a newer full scan) replaced this one: its claims are stale.
      const stale = generation !== this.generation || this.tokens.get(block.container) !== token;
      if (!answer || answer.length === 0 || stale) continue;
      let visible = shown.get(block.container);
      // Styles can hide what markup does not say is hidden; asked only of blocks that hold a claim.
      if (visible === undefined) shown.set(block.container, (visible = isShown(block.container)));
      if (!visible) {
        this.hidden.add(block.container);
        continue;
      }
      this.hidden.delete(block.container);
      used ??= new Set(this.found.current().map((claim) => claim.id));
      const shift = start - labelLength;
      for (const { claim: local, result } of answer) {
        if (local.start < labelLength || local.end > labelLength + ownLength) continue;
        const relation = claimRelation(result);
        const claim = shift === 0 ? local : { ...local, start: local.start + shift, end: local.end + shift };
        const range = relation ? rangeOf(block, claim.start, claim.end) : null;
        if (!relation || !range) continue;
        const base = claimIdBase(day, claim);
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        this.found.add(block.container, { id, claim, result, range, relation });
        changed = true;
      }
    }
    if (changed) this.deps.onChange();
  }
}
