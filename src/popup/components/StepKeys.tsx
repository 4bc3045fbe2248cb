/**
 * A quiet line under the popup's list naming the keys that step through the page's claims and open each one's
 * card, which the reader would otherwise find only in the README; and, where the browser allows, a way to its own
 * shortcut settings. The keys are the ones bound now: a command left without keys is not named.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readStepKeys, stepKeysEditor, type StepKeys as Keys } from '../../shared/step-keys';

/** Props of StepKeys. */
export interface StepKeysProps {
  /** Called once the browser's shortcut settings are open: the toolbar popup closes, the full view stays. */
  onOpened(): void;
}

/** One key and what it does; the second says less, the first having said "claim on the page". */
function parts(keys: Keys): { key: string; words: string }[] {
  const out: { key: string; words: string }[] = [];
  if (keys.next !== '') out.push({ key: keys.next, words: 'next claim on the page' });
  if (keys.previous !== '')
    out.push({ key: keys.previous, words: out.length > 0 ? 'previous' : 'previous claim on the page' });
  return out;
}

/** The line; nothing until the browser has answered, and nothing when neither command has keys. */
export function StepKeys({ onOpened }: StepKeysProps) {
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
  const named = keys === null ? [] : parts(keys);
  if (named.length === 0) return null;
  const edit = stepKeysEditor();
  return (
    <p class="muted step-keys" data-testid="step-keys">
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
            Change keys
          </button>
        </>
      )}
    </p>
  );
}
