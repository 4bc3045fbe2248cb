/**
 * What happened to the people a figure counts, as terms (inflections and synonyms folded the way the matcher's
 * terms fold them: "died" and "lives" are "killed"). Two figures naming different outcomes count different
 * people, even of one group: the dead, the wounded and the displaced, and those living somewhere ("600,000
 * Syrians live in besieged areas" is no death toll), those in need of aid, and those who returned.
 */
import { terms } from './terms';

/** The outcome terms. */
export const OUTCOME_TERMS: ReadonlySet<string> = new Set(
  terms(
    'killed wounded displaced arrested kidnapped captured missing evacuated trapped living need returned',
  ),
);
