// Storage trouble is rare, so the alerts' code and words are not part of the first download: they
// come when the browser is idle (so they are here if the connection drops later), or at once when
// storage fails before that. The faults themselves are recorded from the start (storage-faults.ts).
import { type ComponentType, useCallback, useEffect, useState } from 'react';
import { loadShownScreenCatalogue, useStartMessages } from '../i18n/use-messages';
import { useStorageFaults } from '../store/storage-faults';
import { cachedImport } from './cached-import';
import { whenIdle } from './when-idle';

const alerts = cachedImport(() =>
  Promise.all([import('./StorageAlerts'), loadShownScreenCatalogue()]).then(([module]): ComponentType => module.StorageAlerts),
);

export function StorageAlertsOnDemand() {
  const hasFaults = useStorageFaults((s) => s.faults.length > 0);
  const [loaded, setLoaded] = useState<{ Alerts: ComponentType } | 'failed' | null>(null);
  const load = useCallback(
    () =>
      void alerts.load().then(
        (Alerts) => setLoaded({ Alerts }),
        () => setLoaded('failed'),
      ),
    [],
  );

  useEffect(() => {
    if (!hasFaults) return whenIdle(load, { fallbackDelay: 500 });
    load();
  }, [hasFaults, load]);

  if (loaded !== null && loaded !== 'failed') return <loaded.Alerts />;
  return hasFaults && loaded === 'failed' ? <AlertsUnavailable onRetry={load} /> : null;
}

/**
 * Storage failed and the alerts could not be downloaded: still say which trouble it is. Try again
 * downloads them again; reloading instead would lose the changes that could not be saved.
 */
function AlertsUnavailable({ onRetry }: { onRetry: () => void }) {
  const t = useStartMessages();
  const unreadable = useStorageFaults((s) => s.faults.some((fault) => fault.kind === 'unreadable'));
  const unsaved = useStorageFaults((s) =>
    s.faults.some((fault) => fault.kind === 'unsaved' || (fault.kind === 'unreadable' && fault.blocksSaving)),
  );
  const newerSave = useStorageFaults((s) => s.faults.some((fault) => fault.kind === 'newer-save'));
  return (
    <div className="alerts">
      <div className="alert" role="alert">
        {unreadable && <p className="alert__title">{t.storage.unreadableTitle}</p>}
        {unsaved && <p className="alert__title">{t.storage.unsavedTitle}</p>}
        {newerSave && <p className="alert__title">{t.storage.newerSaveTitle}</p>}
        <p>{t.partUnavailable}</p>
        <div className="alert__actions">
          <button type="button" className="button" onClick={onRetry}>
            {t.tryAgain}
          </button>
        </div>
      </div>
    </div>
  );
}
