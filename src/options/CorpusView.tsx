/**
 * The corpus: its documents (outlet, title, date; unknown metadata said plainly, never invented) and the
 * facts on which its own sources disagree.
 */
import { useEffect, useState } from 'preact/hooks';
import { Passage } from '../popup/components/Passage';
import { dateLabel, KIND_LABEL, plural } from '../popup/labels';
import type { CorpusInfo } from '../shared/messages';
import { sendToWorker } from '../shared/rpc';

/** Loads the corpus metadata from the worker and shows it. */
export function CorpusView() {
  const [corpus, setCorpus] = useState<CorpusInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    sendToWorker('getCorpusInfo', {})
      .then(setCorpus)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error !== null) return <p class="error">The corpus could not be read: {error}</p>;
  if (corpus === null) return <p class="muted">Loading the corpus…</p>;
  return <CorpusDetails corpus={corpus} />;
}

/** The corpus tables, separate from loading so it renders from plain data in tests. */
export function CorpusDetails({ corpus }: { corpus: CorpusInfo }) {
  return (
    <>
      <h3 data-testid="corpus-count">{plural(corpus.documents.length, 'document', 'documents')}</h3>
      <table class="documents" data-testid="documents">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {corpus.documents.map((doc) => (
            <tr key={doc.id} data-doc={doc.id}>
              <td class={doc.outlet === null ? 'muted' : ''}>{doc.outlet ?? 'unknown outlet'}</td>
              <td>
                {doc.url !== null && /^https?:\/\//.test(doc.url) ? (
                  <a href={doc.url} rel="noreferrer noopener" target="_blank">
                    {doc.title}
                  </a>
                ) : (
                  doc.title
                )}
                <div class="doc-id muted">{doc.id}</div>
              </td>
              <td class={doc.date === null ? 'muted' : ''}>{dateLabel(doc.date)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Where the sources disagree</h3>
      {corpus.disagreements.length === 0 ? (
        <p class="muted" data-testid="no-disagreements">
          The corpus sources do not contradict each other on any fact found.
        </p>
      ) : (
        <ul class="disagreements" data-testid="disagreements">
          {corpus.disagreements.map((d, i) => (
            <li key={i} class="disagreement">
              <h4>
                <span class="kind">{KIND_LABEL[d.kind]}</span> {d.topic}
              </h4>
              <ul>
                {d.reports.map((r) => {
                  const at = r.passage.indexOf(r.text);
                  return (
                    <li key={r.doc}>
                      <span class="outlet">{r.source}</span>: <strong>{r.text}</strong>
                      <Passage
                        text={r.passage}
                        spanStart={at < 0 ? 0 : at}
                        spanEnd={at < 0 ? 0 : at + r.text.length}
                      />
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
