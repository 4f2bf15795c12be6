// Export and Import on the dashboard: a file in, validated and previewed before anything changes, or a
// Markdown export made a new plan.
// Only the buttons load with the dashboard; reading, checking and previewing a file load on use.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { loadMessages } from '../i18n/messages';
import { shownMessages, useMessages } from '../i18n/use-messages';
import { copyReadOnlyLink } from '../plans/read-only-link';
import { exportPlan, exportPlanText } from './export-plan';
import { useBackupReminder } from './last-export';
import type { Preview } from './import-file';

const loadPreview = () => import('./ImportPreview');
const ImportPreview = lazy(loadPreview);

export function BackupPanel() {
  const t = useMessages();
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const dueId = useId();
  const reminder = useBackupReminder();
  const [refusal, setRefusal] = useState<{ fileName: string; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  const readFile = async (file: File) => {
    setRefusal(null);
    const result = await Promise.all([import('./import-file'), loadPreview()]).then(
      ([{ readImportFile }]) => readImportFile(file, shownMessages(), loadMessages),
      () => ({ ok: false, text: t.partUnavailable }) as const,
    );
    if (!result.ok) setRefusal({ fileName: file.name, text: result.text });
    // A Markdown export is already a plan of its own, shown: only a JSON export has a preview.
    else if ('preview' in result) setPreview(result.preview);
  };

  return (
    <section aria-labelledby={headingId} className="backup">
      <h2 id={headingId}>{t.backup.heading}</h2>
      <p className="backup__intro">{t.backup.intro}</p>
      <div className="backup__actions">
        <button type="button" className="button" onClick={exportPlan} aria-describedby={reminder ? dueId : undefined}>
          {t.backup.export}
        </button>
        <button type="button" className="button" onClick={() => void exportPlanText('md')}>
          {t.backup.exportMarkdown}
        </button>
        <button type="button" className="button" onClick={() => void exportPlanText('csv')}>
          {t.backup.exportCsv}
        </button>
        <button type="button" className="button" onClick={() => void copyReadOnlyLink()}>
          {t.readOnly.copyLink}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t.backup.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,text/markdown,.md"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
      </div>
      {reminder && (
        <p id={dueId} className="backup__due">
          {reminder.kind === 'never' ? t.backup.exportDueNever : t.backup.exportDueDays(reminder.days)}
        </p>
      )}
      {refusal && (
        <div className="alert" role="alert">
          <p className="alert__title">{t.backup.refusedTitle(refusal.fileName)}</p>
          <p>
            {refusal.text} {t.backup.unchanged}
          </p>
        </div>
      )}
      {preview && (
        <Suspense fallback={null}>
          <ImportPreview preview={preview} onClose={() => setPreview(null)} />
        </Suspense>
      )}
    </section>
  );
}
