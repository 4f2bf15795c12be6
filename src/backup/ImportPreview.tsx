// The import preview: what the file holds and what Replace or Merge would change, before anything does.
import { LANGUAGE_TAGS } from '../i18n/messages';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast-store';
import { planName } from '../workbook/guide';
import { previewImport } from '../workbook/transfer';
import { copyWorkbook } from '../workbook/operations';
import { systemClock } from '../store/workbook-store';
import type { Preview } from './import-file';

export default function ImportPreview({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  const t = useMessages();
  const template = useTemplate();
  const locale = useWorkbook((s) => s.locale);
  const current = useWorkbook(selectWorkbook);
  const incoming = preview.workbook;
  const diff = previewImport(current, incoming);
  const items = Object.values(incoming.items);
  const exported = preview.exportedAt
    ? new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(preview.exportedAt),
      )
    : null;

  // A file of another guide: a plan of its own beside the others, under new ids, shown at once.
  const addAsPlan = () => {
    const added = copyWorkbook(incoming, planName(incoming, template), systemClock);
    workbookStore.getState().putWorkbook(added, true);
    useToast.getState().showToast(t.plans.created(planName(added, template)));
    onClose();
  };

  const apply = (mode: 'replace' | 'merge') => {
    const { importWorkbook, undo } = workbookStore.getState();
    importWorkbook(incoming, mode);
    useToast.getState().showToast(mode === 'replace' ? t.importing.replaced : t.importing.merged, undo);
    onClose();
  };

  return (
    <Dialog
      open
      title={t.importing.previewTitle}
      onClose={onClose}
      actions={
        <>
          {/* A modal dialog focuses its safest choice, so Enter never replaces the plan by accident. */}
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t.area.cancel}
          </button>
          {diff ? (
            <>
              <button type="button" className="button" onClick={() => apply('merge')}>
                {t.importing.merge}
              </button>
              <button type="button" className="button button--primary" onClick={() => apply('replace')}>
                {t.importing.replace}
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" onClick={addAsPlan}>
              {t.importing.addAsPlan}
            </button>
          )}
        </>
      }
    >
      <dl className="preview-facts">
        <dt>{t.importing.previewFile}</dt>
        <dd>{preview.fileName}</dd>
        <dt>{t.importing.previewName}</dt>
        <dd>{planName(incoming, template)}</dd>
        {exported && (
          <>
            <dt>{t.importing.previewExported}</dt>
            <dd>{exported}</dd>
          </>
        )}
      </dl>
      <p>{t.importing.previewItems(items.length, items.filter((i) => i.status === 'done').length)}</p>
      {diff ? (
        <>
          <p>{t.importing.previewDiff(diff.replace.added, diff.replace.changed, diff.replace.removed)}</p>
          <p>{t.importing.previewMergeDiff(diff.merge.added, diff.merge.changed, diff.merge.removed)}</p>
          <p className="dialog__hint">{t.importing.previewHint}</p>
        </>
      ) : (
        <p>{t.importing.previewOtherGuide}</p>
      )}
    </Dialog>
  );
}
