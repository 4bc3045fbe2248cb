/**
 * Everyday figures need a shared anchor. Reports of "12 killed", "dozens of civilians" or "at least 30 people"
 * appear every day, and two of them share their counted words ("killed", "civilians", "airstrike") whatever
 * events they report: read as pages against the seeds, most such pairs in 320 labelled FA-KES matches were
 * two different attacks. Such a figure on a page is therefore matched only with a corpus passage that names
 * a place, person or group the page sentence also names, other than the names of the corpus's common topic
 * (names in every document: in the seeds, "Syria", "Russia", "Kerry"). Figures of a thousand or more and parts
 * of a whole ("15 of 18") are specific enough on their own, except as rivals of a count in a page sentence that
 * points to a place without naming it ("the besieged town", see unnamed-place.ts).
 *
 * Where the name sits matters. A report gives an attack's place beside its toll, so a name in the passage's
 * own sentence anchors any relation, a rival figure included, unless most of a large corpus names it (see
 * COMMON_NAME_SHARE) or it only names the source the rival is credited to (see namesShared). A name only in the
 * subheading the passage sits under ("Russian raids in Idlib") is shared by every passage below it and by every
 * other attack there: it anchors the same figure or a vaguer or more precise one, never a rival. So does, for
 * the same count or a
 * vaguer or more precise one, a name few documents use in the sentence right before or after the passage in
 * its paragraph ("Shelling of a rebel-held town killed 31 people … The bombardment struck the town of
 * Jayrud"). A name elsewhere in the document anchors nothing: counting those, as an earlier version did, kept
 * 49 and 48 wrong matches on the labelled dev and test pages against 32 and 27, and no more right ones.
 *
 * Nor does an exact everyday figure meet a vague magnitude ("18 civilians" against "dozens of lives", "at least
 * 45" against "hundreds dead"): whatever one town's toll on one day, it falls inside or outside such a range by
 * chance, so neither "agrees" nor "conflicts" says anything, and on the labelled pages every such match was
 * two different attacks. Two vague magnitudes ("dozens" against "hundreds") and two exact figures still meet.
 */
import type { CorpusIndex } from '../corpus/model';
import type { Relation } from '../types';
import { figureOwnNames, namesAround, passageNames, shareCeiling } from './corpus-names';
import type { ClaimContext } from './subject';
import { looksBack, namesAYear } from './look-back';
import { RIVAL_LAG_DAYS, sameTimeAsPage, vagueReportTime } from './report-days';
import { claimClause, claimNewsDays, pageNewsDays } from './page-news-days';
import { countsOtherPeriod } from './count-period';
import { namesOtherDay } from './named-day';
import { statedByAnother } from './counterpart';
import { meansClash } from './means';
import { countsOtherGroup } from './counted-group';
import { restates } from './restates';
import { saysLess } from './says-less';
import { pointsToUnnamedPlace } from './unnamed-place';
import { countsAPart, countsLocalAgainstWhole, pageCountsAPart, wholeCeiling } from './figure-scope';
import { isEveryday, isMagnitude } from './figure-size';
import { rivalUnproven, roundMeasureOfOther } from './rival-evidence';
import { contestsApart } from './contest-distance';
import { agesOfOthers } from './age-holder';
import { namesShared } from './shared-names';

/**
 * A name in at most this share of the corpus's documents (or in one) is rare enough to anchor a figure from a
 * neighbouring sentence: read against the rest of FA-KES, names of big cities and of the agencies that report
 * every day (Aleppo, Damascus, SANA) anchored mostly other attacks' tolls.
 */
const RARE_NAME_SHARE = 0.05;

/**
 * A name in more than this share of a large corpus's documents is common to most of its incidents: in FA-KES,
 * "Syria" (91 %), "Aleppo" (48 %), "the Syrian Observatory for Human Rights" (51 %), "AFP" (25 %). Two reports
 * of tolls that share only such a name were, in a sample of FA-KES read against itself, mostly two attacks
 * ("US strikes kill 50 Qaeda fighters in Syria" against "18 IS jihadists killed fighting Syria Kurds"), so
 * such a name anchors no rival figure. It still anchors the same figure or a vaguer or more precise one: an
 * outlet's copy of a report shares its figure as well as its city.
 */
const COMMON_NAME_SHARE = 0.2;

/**
 * The most documents a name may be in and still anchor a rival everyday figure or date (Infinity in a small
 * corpus).
 */
function commonCeiling(index: CorpusIndex): number {
  return shareCeiling(index, COMMON_NAME_SHARE);
}

/**
 * Whether a corpus figure (claim `claimIndex`, related to the page figure as `relation`) is anchored to the page
 * figure's fact, so that the relation may be shown. False when:
 * - rivals without evidence of one fact (other actors, people, spans of time or measures: rival-evidence.ts), or a
 *   round sum of another thing agreeing;
 * - rivals over periods that start far apart (count-period.ts), a figure the page sentence states by another
 *   (counterpart.ts), or two different counted groups (counted-group.ts);
 * - rivals, one large, and the page sentence points to a place it does not name and shares no name with the
 *   passage; or rivals, one everyday and the other large, and the passage reports another time than the page's
 *   (report-days.ts) or the sentences share no actor's name and neither restates the other (an everyday figure
 *   needs an anchor to agree, so it needs one to differ too);
 * - both everyday, and: one is a vague magnitude and the other not; or the page sentence shares no name with the
 *   passage (other figures' places left out, figure-places.ts), apart from the corpus's common topic (for rivals:
 *   no actor's name, apart from names most of a large corpus uses), and does not restate it (nor, for the same
 *   rare figure, say less than it: says-less.ts); or shares one only with its subheading or its neighbours
 *   (namesAround) and the figures are rivals, or only with its neighbours and they are not the same count; or the
 *   page gives its date, or its sentence its own in full, and the passage reports another time (report-days.ts;
 *   rivals held closer: RIVAL_LAG_DAYS, one day named on both sides must be the same, named-day.ts, and means of
 *   attack named on both must meet, means.ts); or the passage recalls an event years before its report
 *   (look-back.ts), the page sentence names no year and the figures are rivals; or the page's time is known, the
 *   passage's only to within its undated document's placed year, and the page sentence does not restate it.
 */
export function figuresAnchored(
  index: CorpusIndex,
  ctx: ClaimContext,
  claimIndex: number,
  relation: Relation,
): boolean {
  const page = ctx.claim.value;
  const corpus = index.claims[claimIndex];
  const corpusValue = corpus?.value;
  if (page.type !== 'quantity' || corpusValue?.type !== 'quantity') return true;
  const passageIndex = corpus?.passage ?? -1;
  // A race's distance names a contest, one competitor's: "the Olympic 100m title" (see contest-distance.ts).
  if (contestsApart(index, ctx, claimIndex, relation)) return false;
  if (agesOfOthers(index, ctx, claimIndex)) return false;
  // Two actors, two unnamed people, two spans of time or two measures: no evidence of one fact, nor is a round
  // sum of another thing an agreement, nor a vaguer or more precise report (see rival-evidence.ts).
  if (relation === 'conflicts' && rivalUnproven(index, ctx, claimIndex)) return false;
  if (relation !== 'conflicts' && roundMeasureOfOther(index, ctx, claimIndex, relation)) return false;
  // Counts over periods that start far apart: "since 2014" against "during the past month".
  if (relation === 'conflicts' && countsOtherPeriod(index, ctx, passageIndex)) return false;
  // The corpus figure is another figure's of the page sentence: "23 civilians … and 16 combattants".
  if (relation === 'conflicts' && statedByAnother(index, ctx, claimIndex)) return false;
  // Two sides' dead by name: "50 Jaysh al-Fateh terrorists" against "33 Fateh al-Sham terrorists".
  if (relation === 'conflicts' && countsOtherGroup(index, ctx, claimIndex)) return false;
  if (!isEveryday(page) || !isEveryday(corpusValue)) {
    // "Hundreds" against "thousands of dollars" in a copy of the same sentence, or "3000 people left al-Foua"
    // against "hundreds of Sunni insurgents" leaving Madaya: without this, an everyday figure met a large rival
    // on its words alone, while the same figure printed there needed a shared name to agree.
    if (relation === 'conflicts' && isEveryday(page) !== isEveryday(corpusValue)) {
      // The everyday side is a toll of its report's days, as below: "hundreds dead" in a city's recent attacks is
      // no rival of "thousands" killed there a year before.
      const days = claimNewsDays(ctx);
      if (days && !sameTimeAsPage(index, passageIndex, days)) return false;
      const names = figureOwnNames(index, claimIndex);
      return (
        namesShared(index, ctx, names.own, Infinity, true, names.ownNames) ||
        restates(index, ctx, passageIndex, names)
      );
    }
    if (relation === 'conflicts' && !isEveryday(page) && !isEveryday(corpusValue)) {
      // One place's count against the whole's (see figure-scope.ts): rivals only with a shared name or restated.
      const names = figureOwnNames(index, claimIndex);
      if (
        (countsAPart(index, ctx, passageIndex, names.ownNames) ||
          pageCountsAPart(index, ctx, passageIndex) ||
          countsLocalAgainstWhole(index, ctx, claimIndex)) &&
        !namesShared(index, ctx, names.own, wholeCeiling(index), true, names.ownNames) &&
        !restates(index, ctx, passageIndex, names)
      )
        return false;
    }
    if (relation !== 'conflicts' || !pointsToUnnamedPlace(ctx.claim.sentence)) return true;
    // One place's count, the place named elsewhere on the page: only a shared name makes another count its rival.
    const own = figureOwnNames(index, claimIndex);
    return namesShared(index, ctx, own.own, Infinity, false, own.ownNames);
  }
  if (isMagnitude(page) !== isMagnitude(corpusValue)) return false;
  const days = claimNewsDays(ctx);
  if (days && !sameTimeAsPage(index, passageIndex, days)) return false;
  if (relation === 'conflicts') {
    if (namesOtherDay(index, ctx, passageIndex) || meansClash(index, ctx, passageIndex)) return false;
    if (ctx.rivalDays === undefined)
      ctx.rivalDays = ctx.published ? pageNewsDays(claimClause(ctx), ctx.published, RIVAL_LAG_DAYS) : days;
    if (ctx.rivalDays && !sameTimeAsPage(index, passageIndex, ctx.rivalDays, RIVAL_LAG_DAYS)) return false;
  }
  if (relation === 'conflicts' && looksBack(index, passageIndex) && !namesAYear(ctx.claim.sentence))
    return false;
  const { heading, headingNames } = passageNames(index, passageIndex);
  // In a sentence listing one measure for several places, the other figures' places are not this one's.
  const names = figureOwnNames(index, claimIndex);
  // A rival figure's shared name must be an actor's, and not one most of a large corpus's reports name.
  const ceiling = relation === 'conflicts' ? commonCeiling(index) : Infinity;
  // A dated page's event against a report the corpus places only within a year (see vagueReportTime): a place is
  // shared by every attack there that year, so only a restatement ties the two. Read against FA-KES, 27 or more of
  // the 30 such matches of the undated seeds were other events ("dozens" killed in Aleppo in July, September and
  // November 2016 against the seeds' June "dozens of lives in the past few days").
  if (days && vagueReportTime(index, passageIndex)) return restates(index, ctx, passageIndex, names);
  if (
    namesShared(index, ctx, names.own, ceiling, relation === 'conflicts', names.ownNames) ||
    restates(index, ctx, passageIndex, names) ||
    (relation === 'agrees' && saysLess(index, ctx, corpusValue, passageIndex))
  )
    return true;
  if (relation === 'conflicts') return false;
  if (heading.size > 0 && namesShared(index, ctx, heading, Infinity, false, headingNames)) return true;
  // Only a count: "for 24 hours" or "two years" is said of any truce, battle or sentence in a paragraph.
  if (page.unit !== undefined || corpusValue.unit !== undefined) return false;
  // Only the same figure, not one a range takes in ("84" in "at least 70" or "about 80"): another toll in the
  // same city would fit as well. A vague word ("dozens") is no figure of its own. And only a name few documents
  // use: a paragraph that names Aleppo may report any of its attacks.
  if (page.nominal !== corpusValue.nominal && !page.vague && !corpusValue.vague) return false;
  return namesShared(index, ctx, namesAround(index, passageIndex), rareCeiling(index));
}

/**
 * True when the page sentence shares with a corpus passage's own sentence a name that few of the corpus's documents
 * use (RARE_NAME_SHARE, or one document): what ties a stock phrase in quotation marks ("terrorist groups", "war
 * crime") to one statement. In five articles on Kerry and Assad, every one names both. The documents in `quoting`
 * (those that print the same quotation) count as one: several reports of one speech all name where it was given,
 * and a user who adds a second report of it should not lose the first one's match.
 */
export function sharesRareName(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  quoting?: ReadonlySet<number>,
): boolean {
  const { own, ownNames } = passageNames(index, passageIndex);
  return namesShared(index, ctx, own, rareCeiling(index), false, ownNames, quoting);
}

/** The most documents a rare term is in: RARE_NAME_SHARE of the corpus, or one. */
export function rareCeiling(index: CorpusIndex): number {
  return Math.max(1, index.documents.length * RARE_NAME_SHARE);
}

/**
 * False when a corpus date is a rival of the page's (`relation` is a conflict) in a large corpus and the
 * passage's own sentence shares no actor's name with the page sentence that few of its documents use. A war's
 * years and months are given for many events: in FA-KES, "since mid-2012" (Aleppo divided) against "began in
 * 2011" (the war), "in 2013" (the group emerged) against "in 2014" (it took over swathes of land), "since 2013"
 * (Eastern Ghouta's siege) against "in 2012" in a sentence about Daraya. As for everyday figures, the names a
 * fifth of such a corpus uses ("Syria", "Aleppo") do not say which event a date belongs to. A small corpus has no
 * such shares to go by.
 */
export function datesAnchored(
  index: CorpusIndex,
  ctx: ClaimContext,
  passageIndex: number,
  relation: Relation,
): boolean {
  const ceiling = commonCeiling(index);
  if (relation !== 'conflicts' || ceiling === Infinity) return true;
  return namesShared(index, ctx, passageNames(index, passageIndex).own, ceiling, true);
}
