/**
 * What the options page says when the corpus cannot be loaded: what that means for the user, that the documents
 * they added are still theirs (listed, exportable, removable), and what they can do about it. The technical
 * reason (a JSON parser's message, a fetch status) means nothing to a reader and goes to the console instead.
 */
import { useState } from 'preact/hooks';
import { plural } from '../popup/labels';

/**
 * The notice, with a button that tries loading again; `yours` is how many documents the user added, null when they
 * could not be read.
 */
export function CorpusUnavailable({
  yours,
  onRetry,
}: {
  yours: number | null;
  onRetry: () => Promise<void>;
}) {
  // A retry that fails again changes nothing on the page: the button says it is at work until the answer.
  const [trying, setTrying] = useState(false);
  const retry = (): void => {
    if (trying) return;
    setTrying(true);
    void onRetry().finally(() => setTrying(false));
  };
  return (
    <div class="note corpus-unavailable" role="alert" data-testid="corpus-unavailable">
      <p>
        <strong>
          Claim Lens could not load its corpus of news articles, so it cannot look up the claims on pages for
          now.
        </strong>
      </p>
      <p>{yourDocuments(yours)}</p>
      <p>
        Reloading Claim Lens on the browser’s extensions page may bring the corpus back.
        {yours !== 0 &&
          ' Before you remove or reinstall the extension, export your documents: removing it deletes them.'}
      </p>
      <button
        type="button"
        class="secondary"
        data-testid="corpus-retry"
        aria-busy={trying}
        disabled={trying}
        onClick={retry}
      >
        {trying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

/** What became of the user's own documents, in words. */
function yourDocuments(count: number | null): string {
  if (count === null)
    return 'The documents you added could not be read from this browser’s storage either. Claim Lens has not deleted them: try again in a moment.';
  if (count === 0) return 'You can still add your own documents below; they are kept in this browser.';
  return `The ${plural(count, 'document', 'documents')} you added ${count === 1 ? 'is' : 'are'} still kept in this browser and listed below: you can export or remove ${count === 1 ? 'it' : 'them'}, and add more.`;
}
