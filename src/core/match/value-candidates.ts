/**
 * Passages found by their value rather than their words. Retrieval ranks passages by the claim's rarest
 * terms, and in a large corpus on one topic the words of a war's toll ("killed", "war", "Syria") are in so
 * many passages that the query leaves them out: with 804 FA-KES articles beside the seeds, the seed that says
 * "Syria's war has killed more than 280,000 people" ranked 380th for a page's "the war in Syria has now
 * claimed more than 280,000 lives", far beyond the passages the matcher examines. A large figure or a date is
 * itself a telling key: the few passages that give a figure or date the claim's could be, and share a word of
 * its subject that says what it is about (see telling), are examined too.
 */
import type { CorpusIndex } from '../corpus/model';
import type { Claim, DateValue } from '../types';
import { isEveryday } from './figure-size';
import { isRareFigure } from './says-less';
import { compareDates } from './compare-dates';
import { compareQuantities } from './compare-values';
import { perIndex } from './terms-cache';
import { CALENDAR_TERMS } from './subject';
import { terms } from '../text/terms';

/**
 * Terms that say only that people are counted, or when: shared by counts of anything. ("Civilians" or
 * "children" do say who, and a people noun's stem may be an act's: "protesters" and "protests" are one term.)
 */
const UNTELLING: ReadonlySet<string> = new Set([
  ...CALENDAR_TERMS,
  ...terms('people persons year years month months week weeks day days time'),
]);

/**
 * True when a shared subject term says what a figure or date is about: "about 2 million people get sick every
 * year" shares only "people" and "year" with a city's "more than 2 million people … divided for years", which
 * is no more the same fact than any two counts of people are.
 */
function telling(t: string): boolean {
  return !UNTELLING.has(t);
}

/**
 * A date written out to its month or day ("March 2011", "February 27"), not counted from a reference
 * ("Saturday", "last year") nor a bare year: those are in most of a war's reports and tell no fact apart.
 */
function writtenDate(value: DateValue): boolean {
  return value.relative !== true && value.precision !== 'year';
}

/**
 * The corpus's large figures, rare everyday ones (see isRareFigure) and written dates, filed by each term of their
 * subject: claim indices, in corpus order.
 */
interface ValueClaims {
  figures: Map<string, number[]>;
  rare: Map<string, number[]>;
  dates: Map<string, number[]>;
}

const valueClaims = perIndex((index: CorpusIndex, _key: 'all'): ValueClaims => {
  const figures = new Map<string, number[]>();
  const dates = new Map<string, number[]>();
  const rare = new Map<string, number[]>();
  index.claims.forEach((claim, ci) => {
    const v = claim.value;
    const byTerm =
      v.type === 'quantity'
        ? !isEveryday(v)
          ? figures
          : isRareFigure(v)
            ? rare
            : null
        : v.type === 'date' && writtenDate(v)
          ? dates
          : null;
    if (!byTerm) return;
    for (const t of new Set(claim.subject)) {
      const list = byTerm.get(t);
      if (list) list.push(ci);
      else byTerm.set(t, [ci]);
    }
  });
  return { figures, rare, dates };
});

/**
 * The passages holding a corpus figure or date that the claim's value could be one fact with (see
 * compareValues) and whose subject shares a telling term with `subject` (see telling), each once with how
 * close its value is: 1 for the same value, less for a rival (compatibility, see ValueComparison). None for
 * an everyday figure ("12 killed" is in hundreds of a war's reports, and needs a shared name anyway) or a
 * quote, except the same rare figure ("126 people", see says-less.ts), which may anchor without a name.
 */
export function valuePassages(
  index: CorpusIndex,
  claim: Claim,
  subject: ReadonlySet<string>,
): Map<number, number> {
  const out = new Map<number, number>();
  const page = claim.value;
  if (
    page.type === 'quote' ||
    (page.type === 'quantity' ? isEveryday(page) && !isRareFigure(page) : !writtenDate(page))
  )
    return out;
  const { figures, rare, dates } = valueClaims(index, 'all');
  // A rare everyday figure is looked for only as itself: only the same figure may stand in for a shared name.
  const sameOnly = page.type === 'quantity' && isEveryday(page);
  const byTerm = page.type === 'quantity' ? (sameOnly ? rare : figures) : dates;
  const seen = new Set<number>();
  for (const t of subject) {
    if (!telling(t)) continue;
    for (const ci of byTerm.get(t) ?? []) {
      if (seen.has(ci)) continue;
      seen.add(ci);
      const corpus = index.claims[ci];
      if (!corpus) continue;
      const compared =
        page.type === 'quantity'
          ? corpus.value.type === 'quantity'
            ? compareQuantities(page, corpus.value)
            : null
          : corpus.value.type === 'date'
            ? compareDates(page, corpus.value)
            : null;
      if (compared === null) continue;
      if (sameOnly && (corpus.value.type !== 'quantity' || corpus.value.nominal !== page.nominal)) continue;
      const before = out.get(corpus.passage);
      if (before === undefined || compared.compatibility > before)
        out.set(corpus.passage, compared.compatibility);
    }
  }
  return out;
}
