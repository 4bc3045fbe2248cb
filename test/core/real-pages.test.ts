import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeScore, evaluateRealPages, FAKES, SPLITS } from '../gold/real-pages';

describe('real pages (FA-KES articles against the seeds, labelled matches)', () => {
  it.skipIf(!existsSync(FAKES))(
    'keeps the right matches and drops most of the wrong ones',
    () => {
      const scores = evaluateRealPages();
      const { dev, test, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9 } = scores;
      console.log(SPLITS.map((split) => describeScore(split, scores[split])).join('\n'));
      // Before anchoring (a85f9a7) every labelled match was made: precision 0.22 (dev) and 0.30 (test). With
      // anchors anywhere in the document (4e6f53b) 0.42 and 0.495; in the passage or its subheading, 0.52 and 0.635;
      // with outcome verbs before figures read as what they count, 0.53 and 0.66; with exact everyday figures kept
      // apart from vague magnitudes, 0.67 and 0.825; with rival dates at most a week apart, 0.745 and 0.836.
      for (const split of [dev, test]) expect(split.precision).toBeGreaterThanOrEqual(0.7);
      expect(dev.sameKept).toBeGreaterThanOrEqual(0.95);
      // 0.958 until the thirty-fourth session read parts of a year: a page's "the war began in mid 2011" (May to
      // August) is now 31 days from the seed's "March 2011", further apart than a conflict may be.
      expect(test.sameKept).toBeGreaterThanOrEqual(0.93);
      // Sampled from this engine's own matches after the rules were settled: 0.69 when labelled.
      expect(fresh.precision).toBeGreaterThanOrEqual(0.6);
      // Sampled again in the ninth session (two labellers apart, agreed labels only): 0.82 when labelled. Every
      // labelled match was made then, so a rule that loses right ones shows here too.
      expect(fresh2.precision).toBeGreaterThanOrEqual(0.7);
      expect(fresh2.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the fourteenth session (two labellers apart, agreed labels only): 0.79 when labelled.
      expect(fresh3.precision).toBeGreaterThanOrEqual(0.7);
      expect(fresh3.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the twenty-eighth session (two labellers apart, who agreed on all 80): 0.70 when labelled, with
      // another year's war toll labelled another fact; 0.72 with the deaths rule designed on it; 0.74 with short quotes
      // tied by rare names only; 0.86 since the undated seeds are placed in time by the truce they share with the
      // dated 004 (thirty-ninth session), which takes other years' tolls; 0.89 with their everyday figures held to
      // that year. 0.932 (one right match lost, 0.982 kept) since a larger toll past the likely window of an undated
      // report has no month's grace: a page of October 2016 quoting another monitor's 470,000 is now a later count.
      expect(fresh4.precision).toBeGreaterThanOrEqual(0.8);
      expect(fresh4.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the thirty-second session (two labellers apart, agreed labels only): 0.566 when labelled, 17 of
      // its 33 wrong matches another year's war toll against the undated seeds; 0.581 with the bound on a dated
      // page's yearless dates designed on it; 0.61 with 004 dated, 0.81 with the undated seeds placed in time and
      // 0.83 with their everyday figures held to that time, 0.86 with their yearless dates too.
      expect(fresh5.precision).toBeGreaterThanOrEqual(0.75);
      expect(fresh5.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the forty-first session (two labellers apart, 79 of 80 agreed): 0.835 when labelled, held out. Of
      // its 13 wrong matches, five are everyday figures of other 2016 events against the undated seeds, which the
      // engine can place only in the year after February 27, 2016; four are a toll of late October 2016 taken as
      // the seeds' June one's rival (two pages, one of them in FA-KES three times). 0.892 with the rule designed on
      // those five afterwards (a dated page's everyday figure against a report placed only within a year needs a
      // restatement, see vagueReportTime), which raised every other split but fresh2 too, losing no right match;
      // 0.904 with a part of a group no rival for a figure of anyone (partAgainstWhole); 0.957 with a larger toll past
      // the likely window of an undated report a later count, without a month's grace (forty-fourth session).
      expect(fresh6.precision).toBeGreaterThanOrEqual(0.8);
      expect(fresh6.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the forty-third session (two labellers apart, 78 of 80 agreed): 0.821 when labelled, held out. Of
      // its 14 wrong matches, nine are the war's running toll or its displaced as reported from October 2016 to April
      // 2017, against the undated seeds' June 2016 figures, which the engine can place only in the year after
      // February 27, 2016; the others count a part (Idlib's displaced, deaths in government jails) or another
      // event's year (the Nusra Front's founding against the war's start). 0.914 with the rule designed on those nine
      // afterwards (a report of a state running since a yearless day is likely made within 216 days of it, see
      // likelyWindow), losing no right match and changing no other split; 0.941 with the October tolls past that
      // window later counts, without a month's grace (designed on fresh8's, below).
      expect(fresh7.precision).toBeGreaterThanOrEqual(0.78);
      expect(fresh7.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the forty-fourth session (two labellers apart, 77 of 80 agreed): 0.870 when labelled, held out. Of
      // its 10 wrong matches, four are the war's toll or its displaced as reported in October 2016 against the undated
      // seeds' June figures, within 30 days of the end of their likely window; the others are another event's date
      // or toll (a UN statement, Palmyra retaken, Russia's intervention of 2015 against Aleppo's bombing of 2016, one
      // hospital against Aleppo's attacks, 2015's air raids) or a part (east Aleppo's besieged against Syria's). 0.893
      // with a larger toll past the likely window a later count however soon after it (two of the four); 0.905 with
      // an everyday figure held to its report's time against a large one too (2015's air raids); 0.918 with "the
      // rebel-held east" a place the sentence does not name (east Aleppo's besieged).
      expect(fresh8.precision).toBeGreaterThanOrEqual(0.83);
      expect(fresh8.sameKept).toBeGreaterThanOrEqual(0.95);
      // Sampled in the forty-seventh session (two labellers apart, 79 of 80 agreed) from the 98 matches no earlier
      // split had labelled: 0.949 when labelled, held out for every rule so far. Its 4 wrong matches are parts
      // against a whole (Aleppo's 350,000 and the government's 452,700 besieged against Syria's nearly 600,000;
      // five million refugees against millions displaced) and another monitor's 470,000 dead in February 2016. 0.962
      // with an exact part inside a vague whole no longer that whole said precisely (the refugees; partAgainstWhole).
      expect(fresh9.precision).toBeGreaterThanOrEqual(0.9);
      expect(fresh9.sameKept).toBeGreaterThanOrEqual(0.95);
    },
    60_000,
  );
});
