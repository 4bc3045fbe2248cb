/**
 * A poll's sample: "the YouGov poll, which questioned 1,943 British adults", "YouGov polled a weighted sample of
 * 1,981 voters online", "a survey of 2,000 broadband users". Every poll questions people of its own, so a sample
 * of another size is another poll, not a rival report of one count; the same size may still be one poll reported
 * twice, so agreement is left to the other tests.
 */
import type { CorpusIndex } from '../corpus/model';
import { figureTestOfBoth } from './figure-sentence';
import type { ClaimContext } from './subject';

/**
 * Right before a sample's figure: the verb of questioning or "sample/poll/survey of", then up to four small words
 * ("a weighted sample of", "questioned more than"). "Police questioned 12 suspects" ends the same way, which is why
 * the sentence must also be about a poll (POLL_WORDS).
 */
const SAMPLE_BEFORE =
  /\b(?:polled|questioned|surveyed|interviewed|canvassed|sample of|poll of|survey of)\s+(?:(?:a|an|the|some|about|around|nearly|almost|more|than|over|just|under|weighted|representative|random|total|of)\s+){0,4}$/i;

/** A poll named as such. */
const POLL_WORDS = /\b(?:polls?|polled|pollsters?|surveys?|surveyed|samples?|respondents|questionnaires?)\b/i;

/** How far before a figure SAMPLE_BEFORE may reach: four small words and the verb fit in it. */
const REACH = 60;

/** True when the figure at `at` in `sentence` is the number of people a poll questioned. */
export function isPollSample(sentence: string, at: number): boolean {
  if (at < 0 || !POLL_WORDS.test(sentence)) return false;
  return SAMPLE_BEFORE.test(sentence.slice(Math.max(0, at - REACH), at));
}

const pollSamples = figureTestOfBoth(isPollSample);

/**
 * True when the page figure or the corpus figure (`claimIndex`) is a poll's sample: the two are then no rivals
 * (see the file's comment).
 */
export function samplesOfPolls(index: CorpusIndex, ctx: ClaimContext, claimIndex: number): boolean {
  return pollSamples.page(ctx) || pollSamples.corpus(index, claimIndex);
}
