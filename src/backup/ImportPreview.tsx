// The import preview: what the file holds and what Replace or Merge would change, before anything does.
import { LANGUAGE_TAGS } from '../i18n/messages';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { useSharedPlans } from '../sync/shared-plans';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast-store';
import { planName } from '../workbook/guide';
import { previewImport } from '../workbook/transfer';
import type { Preview } from './import-file';

export default function ImportPreview({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  const t = useMessages();
  const template = useTemplate();
  const locale = useWorkbook((s) => s.locale);
  const current = useWorkbook(selectWorkbook);
  const incoming = preview.workbook;
  const shared = useSharedPlans((s) => Object.hasOwn(s.plans, current.id));
  const diff = previewImport(current, incoming, { shared });
  const items = Object.values(incoming.items);
  const exported = preview.exportedAt
    ? new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(preview.exportedAt),
      )
    : null;

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
          {diff.merge && (
            <button type="button" className="button" onClick={() => apply('merge')}>
              {t.importing.merge}
            </button>
          )}
          {diff.replace && (
            <button type="button" className="button button--primary" onClick={() => apply('replace')}>
              {t.importing.replace}
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
      {diff.replace ? (
        <>
          <p>{t.importing.previewDiff(diff.replace.added, diff.replace.changed, diff.replace.removed)}</p>
          <p>
            {diff.merge
              ? t.importing.previewMergeDiff(diff.merge.added, diff.merge.changed, diff.merge.removed)
              : t.importing.previewNoMerge}
          </p>
        </>
      ) : (
        <p>{t.importing.previewSharedGuide}</p>
      )}
      <p className="dialog__hint">{t.importing.previewHint}</p>
    </Dialog>
  );
}
