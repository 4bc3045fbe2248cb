/**
 * The words attributions are read by: speech verbs, the particles inside names, the words for a post between an
 * organisation and a person, and the words that end or join a described speaker. Separate from speaker.ts so
 * that it reads as the reading it does.
 */

/** Verbs that attribute a quote. */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'stressed',
  'warned',
  'warns',
  'declared',
  'insisted',
  'explained',
  'noted',
  'wrote',
  'writes',
  'asked',
  'replied',
  'announced',
  'argued',
  'claimed',
  'commented',
  'continued',
  'remarked',
  'tweeted',
  'acknowledged',
  'admitted',
  'urged',
  'vowed',
  'cautioned',
  'concluded',
  'emphasised',
  'emphasized',
  'recalled',
  'suggested',
  'observed',
  'insists',
  'adding',
  'saying',
  'telling',
  'posted',
  'responded',
  'confirmed',
  'denied',
  'predicted',
  'pledged',
]);

/** Lower-case words allowed inside a name ("Bashar al-Assad", "Staffan de Mistura"). */
export const PARTICLES = new Set([
  'al',
  'el',
  'de',
  'da',
  'di',
  'bin',
  'ibn',
  'abu',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
]);

/** Words for someone's post between an organisation and a person: "said UNICEF director Anthony Lake". */
export const POSTS = new Set([
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'head',
  'chief',
  'minister',
  'envoy',
  'ambassador',
  'official',
  'commander',
  'president',
  'chairman',
  'chairwoman',
  'secretary',
  'leader',
  'coordinator',
  'representative',
  'mayor',
  'governor',
  'founder',
  'adviser',
  'advisor',
  'negotiator',
  'general',
  'deputy',
  'manager',
  'coach',
  'captain',
  'executive',
  'economist',
  'analyst',
  'professor',
  'lawyer',
  'researcher',
]);

/** Words before a post in lower case that are part of it: "said former president …", "said deputy head …". */
export const POST_QUALIFIERS = new Set(['former', 'acting', 'interim', 'assistant', 'vice', 'senior']);

/** Words that start a clause after a description: "said the Observatory, which relies on …", "adding that". */
export const DESCRIPTION_ENDS = new Set([
  'which',
  'who',
  'whose',
  'that',
  'adding',
  'as',
  'after',
  'when',
  'while',
  'but',
]);

/** Words that join a description's parts and cannot end it. */
export const DESCRIPTION_GLUE = new Set([
  'of',
  'in',
  'at',
  'on',
  'for',
  'from',
  'with',
  'to',
  'and',
  'the',
  'a',
  'an',
]);

/**
 * Words that make the words after a speech verb a clause of their own rather than an addressee or a time ("said
 * the truce was …", "told reporters they had …"): the quote is then a phrase inside what was said, not the
 * statement.
 */
export const CLAUSE_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'did',
  'does',
]);
