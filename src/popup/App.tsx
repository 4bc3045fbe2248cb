/** Popup view (skeleton): the tab's host and claim count. */
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { sendToTab, sendToWorker } from '../shared/rpc';
import type { TabState } from '../shared/messages';

/** The popup's root component. */
export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [documents, setDocuments] = useState<number | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const param = new URLSearchParams(location.search).get('tab');
        const tabId = param !== null ? Number(param) : (await ext.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (tabId === undefined || !Number.isInteger(tabId)) throw new Error('No tab');
        setState(await sendToTab(tabId, 'getTabState', {}));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      const info = await sendToWorker('getCorpusInfo', {});
      setDocuments(info.documents.length);
    })();
  }, []);
  return (
    <main>
      <h1>Claim Lens</h1>
      {state && <p data-testid="host">{state.host}</p>}
      {error && <p role="alert">{error}</p>}
      {documents !== null && <p data-testid="corpus-size">{documents} documents in the corpus</p>}
    </main>
  );
}
