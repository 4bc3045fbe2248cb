/**
 * `npm run -s check -- [--pretty] [--corpus DIR] [--date YYYY-MM-DD] FILE...` : finds the claims in each file
 * (or stdin for `-`) and matches them against the corpus, printing one JSON line per file (or readable text with
 * --pretty). `--date` is the day the text was published: relative dates ("Saturday", "last year") are read
 * against it (today by default), and a toll of under a thousand matches only corpus reports of about that time
 * or of the time its sentence names (see MatchOptions).
 *
 * The index is built from the corpus directory at start, so the command works straight after `npm ci`.
 * Files that cannot be read, or are no text (binary, not UTF-8 or UTF-16 with a byte-order mark), are reported
 * on stderr after the readable ones are printed, and the exit code is then 1. Usage and corpus errors exit 2.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndexArtifact, loadIndex, type CorpusIndex } from '../core/corpus-index';
import { decodeCorpusFile } from '../core/corpus/decode';
import { CorpusError } from '../core/errors';
import { extractClaims } from '../core/extract-claims';
import { iso, parseIso, today } from '../core/extract/date-math';
import { DatelineDays } from '../core/dateline-days';
import { matchClaim } from '../core/match-claims';
import type { Claim, ClaimResult, SourceMatch } from '../core/types';
import { readCorpusDir } from '../build/read-corpus';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../seeds/', import.meta.url));

interface Args {
  files: string[];
  pretty: boolean;
  corpus: string;
  date?: string;
}

function usage(): string {
  return 'usage: check [--pretty] [--corpus DIR] [--date YYYY-MM-DD] FILE... (use - for stdin)';
}

/** The reference date an option gives, checked: a bad one would silently read relative dates against today. */
function dateOption(value: string | undefined): string {
  if (!value || parseIso(value) === null)
    throw new Error(`--date needs a day as YYYY-MM-DD, not "${value ?? ''}"`);
  return value;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], pretty: false, corpus: DEFAULT_CORPUS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--pretty') args.pretty = true;
    else if (a === '--corpus') {
      const dir = argv[++i];
      if (!dir) throw new Error('--corpus needs a directory');
      args.corpus = dir;
    } else if (a.startsWith('--corpus=')) args.corpus = a.slice('--corpus='.length);
    else if (a === '--date') args.date = dateOption(argv[++i]);
    else if (a.startsWith('--date=')) args.date = dateOption(a.slice('--date='.length));
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${usage()}\n`);
      process.exit(0);
    } else if (a === '--') continue;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error('no input file');
  return args;
}

/** The JSON shape of one file's report. */
interface FileReport {
  file: string;
  claims: {
    text: string;
    start: number;
    end: number;
    kind: Claim['kind'];
    value: Claim['value'];
    matches: { doc: string; source: string; passage: string; score: number; relation: string }[];
  }[];
}

function report(file: string, claims: Claim[], results: ClaimResult[]): FileReport {
  return {
    file,
    claims: claims.map((c, i) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: c.value,
      matches: (results[i]?.matches ?? []).map((m) => ({
        doc: m.doc,
        source: m.source,
        passage: m.passage,
        score: m.score,
        relation: m.relation,
      })),
    })),
  };
}

function pretty(file: string, claims: Claim[], results: ClaimResult[]): string {
  const lines = [`${file}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`];
  claims.forEach((c, i) => {
    const r = results[i];
    lines.push(`  ${c.kind.padEnd(8)} “${c.text}” [${c.start}-${c.end}]`);
    const counts = r?.otherCounts ?? [];
    if (!r || r.matches.length + counts.length === 0) {
      lines.push(`      no confident match${r ? ` (${r.variance.summary})` : ''}`);
      return;
    }
    lines.push(`      ${r.variance.summary}${r.variance.corpusDisagrees ? ' (the sources disagree)' : ''}`);
    const row = (label: string, m: SourceMatch, source = m.source) => {
      const said = m.passage.slice(m.spanStart, m.spanEnd);
      lines.push(`      ${label.padEnd(12)} ${m.score.toFixed(2)}  ${source}: “${said}”`);
      lines.push(`${' '.repeat(26)}in: ${m.passage}`);
    };
    for (const m of r.matches) row(m.relation, m);
    // Not matches (the JSON keeps to them): the page's large figure as a source counted it at another time.
    for (const m of counts)
      row(`${m.when} count`, m, `${m.source} (${m.bound ? `${m.bound} ` : ''}${m.reported})`);
  });
  return lines.join('\n');
}

/** A file's text, decoded as a corpus file is; an empty or blank file is an empty page, not an error. */
function readInput(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  const loose = new TextDecoder().decode(bytes);
  if (loose.trim() === '') return loose;
  return decodeCorpusFile(file, bytes);
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`check: ${(err as Error).message}\n${usage()}\n`);
    return 2;
  }
  let index: CorpusIndex;
  try {
    index = loadIndex(buildIndexArtifact(readCorpusDir(args.corpus)));
  } catch (err) {
    const message = err instanceof CorpusError ? `corpus ${args.corpus}: ${err.message}` : String(err);
    process.stderr.write(`check: ${message}\n`);
    return 2;
  }
  const failures: string[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (err) {
      const reason = err instanceof CorpusError ? err.reason : (err as Error).message;
      failures.push(`check: cannot read ${file}: ${reason}`);
      continue;
    }
    // Without --date the text is read against today, which holds nothing (published false), until a dateline.
    const days = new DatelineDays(args.date ?? iso(today()), args.date !== undefined);
    const { onDateline } = days;
    const claims = extractClaims(text, args.date ? { referenceDate: args.date, onDateline } : { onDateline });
    const results = claims.map((claim) => {
      const written = days.at(claim.start);
      return matchClaim(index, claim, written.published ? { published: written.day } : {});
    });
    process.stdout.write(
      `${args.pretty ? pretty(file, claims, results) : JSON.stringify(report(file, claims, results))}\n`,
    );
  }
  for (const f of failures) process.stderr.write(`${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
