// Exports the active plan as a JSON file named after the plan and today's date.
import { shownMessages, shownTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import { downloadText } from '../ui/download';
import { planName } from '../workbook/guide';
import { exportFileName, toExportFile } from '../workbook/transfer';
import { recordExport } from './last-export';

export function exportPlan() {
  const workbook = selectWorkbook(workbookStore.getState());
  const t = shownMessages();
  const template = shownTemplate();
  const now = new Date();
  const fileName = exportFileName(planName(workbook, template), now);
  downloadText(fileName, `${JSON.stringify(toExportFile(workbook, now), null, 2)}\n`);
  recordExport(now.getTime());
  useToast.getState().showToast(t.backup.exported(fileName));
}
