// Export and Import on the dashboard: a file in, validated and previewed before anything changes.
import { useId, useRef, useState } from 'react';
import { LANGUAGE_TAGS, type Messages, wordFieldProblem } from '../i18n/messages';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast-store';
import type { Workbook } from '../workbook/model';
import { alignSeededItems } from '../workbook/operations';
import { diffWorkbooks, type ImportProblem, MAX_IMPORT_BYTES, parseImport } from '../workbook/transfer';
import { exportPlan } from './export-plan';

interface Preview {
  fileName: string;
  workbook: Workbook;
  exportedAt: string | null;
}

function problemText(t: Messages, problem: ImportProblem | { code: 'unreadable-file' }) {
  switch (problem.code) {
    case 'too-large':
      return t.backup.tooLarge((problem.bytes / 1024 / 1024).toFixed(1));
    case 'not-json':
      return t.backup.notJson(problem.detail);
    case 'forbidden-key':
      return t.backup.forbiddenKey(problem.path);
    case 'not-a-workbook':
      return t.backup.notAWorkbook(problem.field ? wordFieldProblem(t, problem.field) : problem.detail);
    case 'newer-version':
      return t.backup.newerVersion(problem.version);
    case 'invalid':
      return t.backup.invalid(problem.field ? wordFieldProblem(t, problem.field) : problem.detail);
    case 'unreadable-file':
      return t.backup.unreadableFile;
  }
}

export function BackupPanel() {
  const t = useMessages();
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [refusal, setRefusal] = useState<{ fileName: string; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  const readFile = async (file: File) => {
    setRefusal(null);
    // Refuse an oversized file before reading it into memory.
    const result =
      file.size > MAX_IMPORT_BYTES
        ? ({ ok: false, problem: { code: 'too-large', bytes: file.size } } as const)
        : await file.text().then(
            (text) => parseImport(text, file.size),
            () => ({ ok: false, problem: { code: 'unreadable-file' } }) as const,
          );
    if (result.ok) setPreview({ fileName: file.name, workbook: result.workbook, exportedAt: result.exportedAt });
    else setRefusal({ fileName: file.name, text: problemText(t, result.problem) });
  };

  return (
    <section aria-labelledby={headingId} className="backup">
      <h2 id={headingId}>{t.backup.heading}</h2>
      <p className="backup__intro">{t.backup.intro}</p>
      <div className="backup__actions">
        <button type="button" className="button" onClick={exportPlan}>
          {t.backup.export}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t.backup.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      {refusal && (
        <div className="alert" role="alert">
          <p className="alert__title">{t.backup.refusedTitle(refusal.fileName)}</p>
          <p>
            {refusal.text} {t.backup.unchanged}
          </p>
        </div>
      )}
      {preview && <ImportPreview preview={preview} onClose={() => setPreview(null)} />}
    </section>
  );
}

function ImportPreview({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  const t = useMessages();
  const guideTitle = useTemplate().title;
  const locale = useWorkbook((s) => s.locale);
  const current = useWorkbook(selectWorkbook);
  const incoming = preview.workbook;
  const diff = diffWorkbooks(current, alignSeededItems(current, incoming));
  const items = Object.values(incoming.items);
  const exported = preview.exportedAt
    ? new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(preview.exportedAt),
      )
    : null;

  const apply = (mode: 'replace' | 'merge') => {
    const { importWorkbook, undo } = workbookStore.getState();
    importWorkbook(incoming, mode);
    useToast.getState().showToast(mode === 'replace' ? t.backup.replaced : t.backup.merged, undo);
    onClose();
  };

  return (
    <Dialog
      open
      title={t.backup.previewTitle}
      onClose={onClose}
      actions={
        <>
          {/* A modal dialog focuses its safest choice, so Enter never replaces the plan by accident. */}
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t.area.cancel}
          </button>
          <button type="button" className="button" onClick={() => apply('merge')}>
            {t.backup.merge}
          </button>
          <button type="button" className="button button--primary" onClick={() => apply('replace')}>
            {t.backup.replace}
          </button>
        </>
      }
    >
      <dl className="preview-facts">
        <dt>{t.backup.previewFile}</dt>
        <dd>{preview.fileName}</dd>
        <dt>{t.backup.previewName}</dt>
        <dd>{incoming.name ?? guideTitle}</dd>
        {exported && (
          <>
            <dt>{t.backup.previewExported}</dt>
            <dd>{exported}</dd>
          </>
        )}
      </dl>
      <p>{t.backup.previewItems(items.length, items.filter((i) => i.status === 'done').length)}</p>
      <p>{t.backup.previewDiff(diff.added, diff.changed, diff.removed)}</p>
      <p className="dialog__hint">{t.backup.previewHint}</p>
    </Dialog>
  );
}
