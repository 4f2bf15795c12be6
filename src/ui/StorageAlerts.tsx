// Alerts for storage trouble: unreadable saved data kept aside, or changes that could not be saved.
import { exportPlanOnDemand } from '../backup/export-on-demand';
import { useStartMessages } from '../i18n/use-messages';
import { type StartMessages, wordFieldProblem } from '../i18n/messages';
import { useStorageFaults } from '../store/storage-faults';
import type { UnreadableReason } from '../store/storage';
import { workbookStorage } from '../store/use-workbook';
import { downloadText } from './download';

function reasonText(t: StartMessages, reason: UnreadableReason) {
  switch (reason.kind) {
    case 'not-json':
      return t.storage.notJson;
    case 'wrong-shape':
      return t.storage.wrongShape(reason.field ? wordFieldProblem(t, reason.field) : reason.detail);
    case 'newer':
      return t.storage.newer(reason.version);
    case 'earlier':
      return t.storage.earlier;
  }
}

export function StorageAlerts() {
  const t = useStartMessages();
  const faults = useStorageFaults((s) => s.faults);
  if (faults.length === 0) return null;

  return (
    <div className="alerts">
      {faults.map((fault) =>
        fault.kind === 'unreadable' ? (
          <div key={fault.key} className="alert" role="alert">
            <p className="alert__title">{t.storage.unreadableTitle}</p>
            <p>
              {reasonText(t, fault.reason)} {t.storage.keptAside}
            </p>
            <div className="alert__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const text = workbookStorage?.readUnreadable(fault.key);
                  if (text !== null && text !== undefined)
                    downloadText(`unreadable-workbook-${fault.savedAt}.txt`, text, 'text/plain');
                }}
              >
                {t.storage.download}
              </button>
              <button type="button" className="button" onClick={() => workbookStorage?.discardUnreadable(fault.key)}>
                {t.storage.discard}
              </button>
            </div>
          </div>
        ) : (
          <div key="unsaved" className="alert" role="alert">
            <p className="alert__title">{t.storage.unsavedTitle}</p>
            <p>{t.storage.unsavedBody}</p>
            <div className="alert__actions">
              <button type="button" className="button button--primary" onClick={exportPlanOnDemand}>
                {t.backup.export}
              </button>
              <button type="button" className="button" onClick={() => workbookStorage?.flush()}>
                {t.storage.retry}
              </button>
            </div>
          </div>
        ),
      )}
    </div>
  );
}
