/** Command line of `npm run bench`: which sections to run, how hard, and how to print. */

/** Sections of the benchmark, in the order they run. */
export const SECTIONS = ['sizes', 'engine', 'markjs', 'scan', 'worker', 'popup', 'anim', 'pages'] as const;
/** One section name. */
export type Section = (typeof SECTIONS)[number];

/** Parsed options. */
export interface BenchOptions {
  json: boolean;
  quick: boolean;
  only: Set<Section>;
  /** Limit on the real pages; null = all. */
  pages: number | null;
  /** auto: build when dist is missing or older than the sources; always; never. */
  build: 'auto' | 'always' | 'never';
  /** Built extension folder, relative to the repository or absolute. */
  dist: string;
}

const USAGE = `usage: npm run bench -- [--json] [--quick (no engine)] [--only=sizes,engine,markjs,scan,worker,popup,anim,pages]
                        [--pages N] [--build=auto|always|never] [--dist=DIR]`;

/** Parses argv (without node and script); throws with the usage text on anything unknown. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    json: false,
    quick: false,
    only: new Set(SECTIONS),
    pages: null,
    build: 'auto',
    dist: 'dist',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
      return next;
    };
    if (name === '--json') options.json = true;
    else if (name === '--quick') options.quick = true;
    else if (name === '--only') options.only = new Set(value().split(',').map(toSection));
    else if (name === '--pages') options.pages = toCount(value());
    else if (name === '--build') options.build = toBuild(value());
    else if (name === '--dist') options.dist = value();
    else if (name === '--help' || name === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  // The engine's own benchmark builds a large index and takes minutes: --quick leaves it out unless asked.
  if (options.quick && !argv.some((arg) => arg.startsWith('--only'))) options.only.delete('engine');
  return options;
}

function toSection(name: string): Section {
  const found = SECTIONS.find((section) => section === name.trim());
  if (found === undefined) throw new Error(`unknown section ${name}; known: ${SECTIONS.join(', ')}`);
  return found;
}

function toCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 0) throw new Error(`--pages wants a whole number, got ${text}`);
  return count;
}

function toBuild(text: string): BenchOptions['build'] {
  if (text === 'auto' || text === 'always' || text === 'never') return text;
  throw new Error(`--build wants auto, always or never, got ${text}`);
}
