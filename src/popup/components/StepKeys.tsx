/**
 * A quiet line under the popup's list naming the keys that step through the page's claims and open each one's
 * card, which the reader would otherwise find only in the README; and, where the browser allows, a way to its own
 * shortcut settings. The keys are the ones bound now: a command left without keys is not named, and when neither
 * has keys the line says so, so that the reader still learns the feature is there.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readStepKeys, stepKeysEditor, type StepKeys as Keys } from '../../shared/step-keys';

/** Props of StepKeys. */
export interface StepKeysProps {
  /**
   * True in the full view. The keys act on the active tab, which there is the full view itself, where they do
   * nothing: the line then says they work in the page's tab.
   */
  full: boolean;
  /** Called once the browser's shortcut settings are open: the toolbar popup closes, the full view stays. */
  onOpened(): void;
}

/** One key and what it does; the second says less, the first having said what it steps through. */
function parts(keys: Keys, full: boolean): { key: string; words: string }[] {
  // The full view's line starts "In the page's tab:", so its first key need not say "on the page".
  const first = full ? 'claim' : 'claim on the page';
  const out: { key: string; words: string }[] = [];
  if (keys.next !== '') out.push({ key: keys.next, words: `next ${first}` });
  if (keys.previous !== '')
    out.push({ key: keys.previous, words: out.length > 0 ? 'previous' : `previous ${first}` });
  return out;
}

/** The line; nothing until the browser has answered, nor where it has no commands API. */
export function StepKeys({ full, onOpened }: StepKeysProps) {
  const [keys, setKeys] = useState<Keys | null>(null);
  useEffect(() => {
    let live = true;
    // A browser without the commands API (Firefox for Android) has no keys to name.
    readStepKeys().then(
      (read) => live && setKeys(read),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (keys === null) return null;
  const named = parts(keys, full);
  const edit = stepKeysEditor();
  return (
    <p class="muted step-keys" data-testid="step-keys">
      {named.length === 0 && 'No keys set for stepping through claims'}
      {named.length > 0 && full && 'In the page’s tab: '}
      {named.map(({ key, words }, i) => (
        <Fragment key={words}>
          {i > 0 && ', '}
          {/* Kept whole: a narrow popup breaks the line between the keys, not between a key and its words. */}
          <span class="step-key">
            <kbd>{key}</kbd> {words}
          </span>
        </Fragment>
      ))}
      {edit !== null && (
        <>
          {' · '}
          <button
            type="button"
            class="link-button"
            data-testid="change-step-keys"
            onClick={() => void edit().then(onOpened, () => undefined)}
          >
            {named.length === 0 ? 'Set keys' : 'Change keys'}
          </button>
        </>
      )}
    </p>
  );
}
