/**
 * The options page: pause, the default for unlisted sites, the list of switched sites, and the corpus view.
 * A view only: every change goes to the worker, which saves it and returns the new settings.
 */
import { PauseControl } from '../popup/components/PauseControl';
import { ext } from '../shared/browser';
import { CHECK_PAGE } from '../shared/check-handoff';
import type { DefaultMode } from '../shared/settings';
import { CorpusView } from './CorpusView';
import { SitesList } from './SitesList';
import { useSettings } from './use-settings';

const MODES: { value: DefaultMode; label: string; hint: string }[] = [
  { value: 'all-sites', label: 'On every site', hint: 'unless you switch a site off' },
  { value: 'only-enabled', label: 'Only on sites I switch on', hint: 'nothing is scanned anywhere else' },
];

/** The options page's root component. */
export function Options() {
  const { settings, error, change } = useSettings();
  return (
    <main class="options">
      <h1>Claim Lens options</h1>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where Claim Lens runs</h2>
        {settings === null ? (
          <p class="muted">Loading settings…</p>
        ) : (
          <>
            {settings.paused && (
              <p class="note paused" data-testid="paused-note">
                Claim Lens is paused everywhere: nothing is scanned on any site. The choices below are kept
                and apply again when you resume.
              </p>
            )}
            <PauseControl paused={settings.paused} onChange={(paused) => change('setGlobal', { paused })} />
            <fieldset class="modes" data-testid="mode" data-mode={settings.defaultMode}>
              <legend>On sites you have not switched either way</legend>
              {MODES.map((mode) => (
                <label key={mode.value} class="mode">
                  <input
                    type="radio"
                    name="default-mode"
                    value={mode.value}
                    checked={settings.defaultMode === mode.value}
                    onChange={() => change('setGlobal', { defaultMode: mode.value })}
                  />{' '}
                  {mode.label} <span class="muted">({mode.hint})</span>
                </label>
              ))}
            </fieldset>
          </>
        )}
      </section>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        {settings !== null && (
          <SitesList
            settings={settings}
            onSet={(host, enabled) => change('setSite', { host, enabled })}
            onForget={(host) => change('forgetSite', { host })}
          />
        )}
      </section>
      <section aria-labelledby="corpus-heading">
        <h2 id="corpus-heading">Corpus</h2>
        {/* Beside the corpus it checks against: a text from a PDF or an e-mail, which no content script reads. */}
        <p class="check-link">
          <a href={ext.runtime.getURL(CHECK_PAGE)} data-testid="check-text-link">
            Check a text…
          </a>{' '}
          <span class="muted">
            Paste a text from a PDF, an e-mail or an app, and see what the corpus says about its claims.
          </span>
        </p>
        <CorpusView />
      </section>
    </main>
  );
}
