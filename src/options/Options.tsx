/** Options page (skeleton): current settings. */
import { useEffect, useState } from 'preact/hooks';
import { sendToWorker } from '../shared/rpc';
import type { Settings } from '../shared/settings';

/** The options page's root component. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void sendToWorker('getSettings', {}).then(setSettings);
  }, []);
  return (
    <main>
      <h1>Claim Lens options</h1>
      {settings && <p data-testid="mode">{settings.defaultMode}</p>}
    </main>
  );
}
