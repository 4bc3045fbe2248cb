/** The index as the extension loads it, for tests that match against a corpus of their own. */
import {
  buildIndexArtifact,
  loadIndex,
  type CorpusIndex,
  type CorpusSource,
} from '../../src/core/corpus-index';

/** `docs` built into an artifact, written as JSON and read back, as the bundled index is. */
export function builtIndex(docs: CorpusSource[]): CorpusIndex {
  return loadIndex(JSON.parse(JSON.stringify(buildIndexArtifact(docs))));
}
