import { LowerWords } from './word-table';

/**
 * Words that say nothing about what a claim is about. Reporting verbs ("said", "told") are in the
 * list because every news sentence has one and they would make unrelated claims look alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after afterwards again against all almost along already also although always am among ' +
    'an and another any anyone anything are around as at back be became because become been before being below ' +
    'between both but by can could did do does doing done down during each either else enough even ever every ' +
    'few for from further had has have having he her here hers herself him himself his how however i if in into ' +
    'is it its itself just least less like made make many may me meanwhile might mine more most much must my ' +
    'myself neither never nevertheless no nobody none nor not nothing now of off often on once only onto or other ' +
    'others otherwise our ours ourselves out over own per perhaps quite rather really same several shall she ' +
    'should since so some somehow someone something sometimes still such than that the their theirs them ' +
    'themselves then there thereby therefore these they this those though through thus to together too toward ' +
    'towards under until up upon us very via was we well were what whatever when whenever where whereas whether ' +
    'which while who whoever whom whose why will with within without would yet you your yours yourself ' +
    'yourselves said says say saying told tell tells according added adds mr mrs ms dr al el ' +
    'don doesn didn isn wasn aren weren cannot couldn shouldn wouldn hasn haven hadn ain let lets ' +
    'get gets got going went go goes come came took take takes given give gives including include ' +
    'one ones first second last next nearly approximately roughly ' +
    // Degrees: a reworded quote swaps them ("a pretty even temperament", "a fairly even temperament").
    'fairly pretty somewhat slightly extremely incredibly truly absolutely totally'
  ).split(' '),
);

/**
 * Articles, prepositions, conjunctions and pronouns of French, Spanish, Italian, Portuguese and German, for
 * telling a quotation's content words (see isFunctionWord). Only quotes need them: the extractor reads English
 * figures and dates, but a quotation in any language is compared word by word, and "La estrategia de la" shared
 * three of its four words with "la suite de la" and "La ministre de la". Words that are also English content
 * words ("die", "son", "sin", "pour", "par", "con", "den", "mit") and the UN's "un" are left out.
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'le la les une des du de au aux et ou mais que qui ce cette ces il elle ils elles nous vous je tu ne pas est ' +
    'sont sur dans avec sans se sa ses leur leurs en y ' +
    'los las unos unas del por para su sus es lo como pero muy ya ' +
    'gli di della dei delle da dal nel nella che non si è ' +
    'os um uma dos das em na nos nas não é ' +
    'der das ein eine einen einem einer und oder aber nicht ist sind zu von auf für im sich auch es er sie wir ich'
  ).split(' '),
);

/** True for a word (lower-case) that says nothing on its own in a quotation, in English or another language. */
export function isFunctionWord(word: string): boolean {
  return STOPWORDS.has(word) || FOREIGN_FUNCTION_WORDS.has(word);
}

/** STOPWORDS looked up by a span of the text, slicing nothing (see word-table.ts). */
export const STOPWORD_SPANS = LowerWords.set(STOPWORDS);
