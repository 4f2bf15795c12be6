// Alerts for storage trouble: unreadable saved data kept aside, changes that could not be saved, or a
// newer version's save that this tab must not write over. Part of the first download with their
// words and Export, so that storage failing never waits on the network.
import { exportWorkbook } from '../backup/export-plan';
import type { Messages } from '../i18n/messages';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { fieldProblemText } from '../i18n/field-problem-text';
import { useStorageFaults } from '../store/storage-faults';
import type { StorageFault, UnreadableReason } from '../store/storage';
import { useWorkbook, workbookStorage } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import { downloadText } from '../ui/download';

function reasonText(t: Messages, reason: UnreadableReason) {
  switch (reason.kind) {
    case 'not-json':
      return t.storageAlerts.notJson;
    case 'wrong-shape':
      return t.storageAlerts.wrongShape(reason.field ? fieldProblemText(t, reason.field) : reason.detail);
    case 'earlier':
      return t.storageAlerts.earlier;
  }
}

export function StorageAlerts() {
  const faults = useStorageFaults((s) => s.faults);
  if (faults.length === 0) return null;

  return (
    <div className="alerts">
      {faults.map((fault) => (
        <FaultAlert key={fault.kind === 'unreadable' ? fault.key : fault.kind} fault={fault} />
      ))}
    </div>
  );
}

/**
 * Export for each of the user's own plans. Changes not saved may be in any of them (a plan created or
 * switched to after storage filled up is not the one typed in), and never in a read-only copy shown.
 */
function ExportButtons({ primary }: { primary?: boolean }) {
  const t = useMessages();
  const template = useTemplate();
  const workbooks = useWorkbook((s) => s.workbooks);
  const className = primary ? 'button button--primary' : 'button';
  return workbooks.map((workbook) => (
    <button key={workbook.id} type="button" className={className} onClick={() => exportWorkbook(workbook)}>
      {workbooks.length === 1 ? t.backup.export : t.storageAlerts.exportPlan(planName(workbook, template))}
    </button>
  ));
}

function FaultAlert({ fault }: { fault: StorageFault }) {
  const t = useMessages();
  switch (fault.kind) {
    case 'unreadable':
      return (
        <div className="alert" role="alert">
          <p className="alert__title">{t.storage.unreadableTitle}</p>
          <p>
            {reasonText(t, fault.reason)}
            {t.storageAlerts.betweenSentences}
            {fault.blocksSaving ? t.storageAlerts.notKeptAside : t.storageAlerts.keptAside}
          </p>
          <div className="alert__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const text = workbookStorage.readUnreadable(fault.key);
                if (text !== null) downloadText(`unreadable-workbook-${fault.savedAt}.txt`, text, 'text/plain');
              }}
            >
              {t.storageAlerts.download}
            </button>
            {fault.blocksSaving && <ExportButtons />}
            <button type="button" className="button" onClick={() => workbookStorage.discardUnreadable(fault.key)}>
              {t.storageAlerts.discard}
            </button>
          </div>
        </div>
      );
    case 'unsaved':
      return (
        <div className="alert" role="alert">
          <p className="alert__title">{t.storage.unsavedTitle}</p>
          <p>{fault.off ? t.storageAlerts.switchedOffBody : t.storageAlerts.unsavedBody}</p>
          <div className="alert__actions">
            <ExportButtons primary />
            {!fault.off && (
              <button type="button" className="button" onClick={() => workbookStorage.flush()}>
                {t.storageAlerts.retry}
              </button>
            )}
          </div>
        </div>
      );
    case 'newer-save':
      return (
        <div className="alert" role="alert">
          <p className="alert__title">{t.storage.newerSaveTitle}</p>
          <p>{t.storageAlerts.newerSaveBody}</p>
          <div className="alert__actions">
            <ExportButtons primary />
            {/* Not the first button: a reload loses what this tab changed since the newer save. */}
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t.storageAlerts.reload}
            </button>
          </div>
        </div>
      );
  }
}
