// Exports the active plan as a file named after the plan and today's date: JSON to keep or move the
// plan, Markdown and CSV to read it elsewhere (their writers load when first used).
import { planTextWords } from './plan-text-words';
import { shownMessages, shownTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import { downloadText } from '../ui/download';
import { planName } from '../workbook/guide';
import type { Workbook } from '../workbook/model';
import { localDay } from '../workbook/tracking';
import { exportFileName, toExportFile } from '../workbook/transfer';
import { recordExport } from './last-export';

export function exportPlan() {
  exportWorkbook(selectWorkbook(workbookStore.getState()));
}

/** Exports one plan, shown or not: the storage alerts offer each of the user's plans. */
export function exportWorkbook(workbook: Workbook) {
  const t = shownMessages();
  const template = shownTemplate();
  const now = new Date();
  const fileName = exportFileName(planName(workbook, template), now);
  downloadText(fileName, `${JSON.stringify(toExportFile(workbook, now), null, 2)}\n`);
  recordExport(now.getTime());
  useToast.getState().showToast(t.backup.exported(fileName));
}

/** Markdown or CSV of the plan as shown, in the language shown. Not a backup: the reminder still counts from the last JSON export. */
export async function exportPlanText(kind: 'md' | 'csv') {
  const t = shownMessages();
  let writers: typeof import('../workbook/plan-text');
  try {
    writers = await import('../workbook/plan-text');
  } catch {
    useToast.getState().showToast(t.partUnavailable);
    return;
  }
  const workbook = selectWorkbook(workbookStore.getState());
  const template = shownTemplate();
  const now = new Date();
  const name = planName(workbook, template);
  const source = {
    workbook,
    template,
    name,
    day: localDay(now),
    words: planTextWords(t),
  };
  const fileName = exportFileName(name, now, kind);
  if (kind === 'md') downloadText(fileName, writers.planToMarkdown(source), 'text/markdown;charset=utf-8');
  else downloadText(fileName, writers.planToCsv(source), 'text/csv;charset=utf-8');
  useToast.getState().showToast(t.backup.exported(fileName));
}
