/**
 * Generated article pages for the benchmark, deterministic from a seed: the same seed gives the same bytes,
 * so runs on different days measure the same page.
 *
 * Corpus-related claims restate facts of seeds/*.txt in other words (the engine must not see its own
 * sentences); the rest is filler with unrelated numbers, dates and quotes, so the prefilter has work to do
 * and the matcher has things to reject. Inline markup splits sentences into many text nodes, as real
 * articles do.
 */

/** A small, fast, seedable PRNG (mulberry32): Math.random cannot be seeded. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function int(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Facts of the seed corpus, each said in words the corpus does not use. */
export const RELATED_CLAIMS: readonly string[] = [
  'More than 280,000 people have been killed since the fighting in Syria began in 2011.',
  'The conflict has now claimed the lives of more than 280,000 people, according to United Nations estimates.',
  'A truce brokered by Washington and Moscow has been nominally in force since February 27.',
  'The cessation of hostilities, which took effect on February 27, has been repeatedly violated.',
  'Damascus had allowed humanitarian convoys into 15 of 18 besieged areas, the UN said earlier in the month.',
  'Close to 600,000 Syrians are living in besieged areas, most of them encircled by government troops.',
  '“Our patience is not infinite,” Kerry warned Moscow during his stop in Oslo.',
  'Kerry said Russia must understand that “our patience is not infinite” when it comes to holding Assad accountable.',
  'At least 30 people, among them five children, died when Russian jets struck a market in Idlib.',
  'Russia began its air campaign in support of the Syrian government in September.',
  'The UN envoy Staffan de Mistura paused the Geneva negotiations for three weeks.',
  'The ministers will gather one day before the 52nd Munich Security Conference.',
  'Damascus declared a unilateral truce around the capital lasting 24 hours.',
  'Kerry landed in Geneva on May 1, 2016, for talks with his Jordanian counterpart.',
  'The war has displaced millions of Syrians since it erupted in March 2011.',
  '“We are also prepared to hold accountable members of the opposition,” the Secretary of State added.',
  'Some 250,000 people have been killed in the Syrian war, the monitor said.',
  'The partial ceasefire has held, more or less, since February 26.',
  'Earlier raids by Russian aircraft had killed more than 100 civilians in the province.',
  'Opposition negotiators wanted the measures in place before talks resume on February 25.',
];

const SUBJECTS = [
  'The city council',
  'The regional airline',
  'A local bakery',
  'The football club',
  'The museum',
  'The school district',
  'A software company',
  'The harbour authority',
  'The orchestra',
  'The farmers’ union',
  'The hospital board',
  'A mining firm',
  'The university library',
  'The cycling federation',
  'The zoo',
];
const VERBS = [
  'reported',
  'announced',
  'recorded',
  'estimated',
  'confirmed',
  'counted',
  'expected',
  'projected',
];
const THINGS = [
  'visitors',
  'new members',
  'tonnes of grain',
  'passengers',
  'books lent',
  'trees planted',
  'complaints',
  'applications',
  'tickets sold',
  'kilometres of track',
  'apprentices',
  'solar panels',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WORDS = (
  'the of and a to in is was for on that with as by at from this be it an are were which has ' +
  'have had its their been more also after first new other some into than over only about such two when ' +
  'would while where between under during through before against around river valley market garden bridge ' +
  'evening morning weather season story window harbour village festival project committee report history ' +
  'music painting recipe engine journey library council neighbour orchard meadow lantern quiet bright ' +
  'careful narrow ancient modern gentle patient steady curious familiar'
).split(' ');
const SPEAKERS = [
  'the mayor',
  'a spokeswoman',
  'the coach',
  'the curator',
  'a resident',
  'the chairman',
  'the head teacher',
  'a volunteer',
];
const QUOTES = [
  'We have never seen a season like this one',
  'It was a long road, but we got there',
  'Nobody expected the numbers to climb so quickly',
  'We will keep the doors open all summer',
  'This is only the beginning',
  'The river has always shaped this town',
];

function filler(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function unrelatedNumber(random: Random): string {
  const figure = int(random, 2, 95_000).toLocaleString('en-US');
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${figure} ${pick(random, THINGS)} in ${int(random, 1990, 2024)}.`;
}

function unrelatedDate(random: Random): string {
  return `The ${pick(random, WORDS)} ${pick(random, ['fair', 'vote', 'opening', 'race', 'concert'])} is set for ${pick(random, MONTHS)} ${int(random, 1, 28)}, ${int(random, 2001, 2030)}.`;
}

function unrelatedQuote(random: Random): string {
  return `“${pick(random, QUOTES)},” said ${pick(random, SPEAKERS)}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Wraps some words of a sentence in inline elements, so the sentence spans several text nodes
 * (as in real articles, where links and emphasis cut through claims).
 */
function withInlineMarkup(random: Random, sentence: string): string {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = escapeHtml(words[i] ?? '');
    const roll = random();
    if (roll < 0.07) out.push(`<a href="#p${int(random, 1, 999)}">${word}</a>`);
    else if (roll < 0.12) out.push(`<em>${word}</em>`);
    else if (roll < 0.15) out.push(`<b>${word}</b>`);
    else out.push(word);
  }
  return out.join(' ');
}

function paragraph(random: Random, sentences: string[]): string {
  return `<p>${sentences.map((s) => withInlineMarkup(random, s)).join(' ')}</p>`;
}

function page(title: string, body: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<meta name="viewport" content="width=device-width">',
    '</head><body><article>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...body,
    '</article></body></html>',
  ].join('\n');
}

/** Options of largeArticle. */
export interface LargeArticleOptions {
  seed?: number;
  /** Paragraphs to generate (default 6,000: about 1.1 MB of text in about 60,000 text nodes). */
  paragraphs?: number;
  /** One paragraph in this many carries a corpus-related claim (default 12). */
  relatedEvery?: number;
}

/** A long article: at least 1 MB of text in at least 20,000 text nodes with the defaults. */
export function largeArticle(options: LargeArticleOptions = {}): string {
  const random = prng(options.seed ?? 20160601);
  const paragraphs = options.paragraphs ?? 6_000;
  const relatedEvery = options.relatedEvery ?? 12;
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 0) body.push(`<h2>${escapeHtml(filler(random, 4).slice(0, -1))}</h2>`);
    const sentences = [filler(random, int(random, 8, 18))];
    const roll = random();
    if (roll < 0.35) sentences.push(unrelatedNumber(random));
    else if (roll < 0.55) sentences.push(unrelatedDate(random));
    else if (roll < 0.7) sentences.push(unrelatedQuote(random));
    if (i % relatedEvery === relatedEvery >> 1) sentences.push(pick(random, RELATED_CLAIMS));
    sentences.push(filler(random, int(random, 6, 14)));
    body.push(paragraph(random, sentences));
  }
  return page('A long day of news: the benchmark article', body);
}

/** A short article with exactly `count` corpus-related claims (one per paragraph), for the popup. */
export function claimArticle(count = 50, seed = 7): string {
  const random = prng(seed);
  const body: string[] = [];
  for (let i = 0; i < count; i++) {
    const claim = RELATED_CLAIMS[i % RELATED_CLAIMS.length] ?? '';
    body.push(
      paragraph(random, [filler(random, int(random, 6, 12)), claim, filler(random, int(random, 5, 10))]),
    );
  }
  return page('Syria: where the truce stands', body);
}
