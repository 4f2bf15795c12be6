// Exports the active plan as a JSON file named after the plan and today's date.
import { MESSAGES } from '../i18n/messages';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import { downloadText } from '../ui/download';
import { TEMPLATES } from '../workbook/templates';
import { exportFileName, toExportFile } from '../workbook/transfer';

export function exportPlan() {
  const state = workbookStore.getState();
  const workbook = selectWorkbook(state);
  const now = new Date();
  const fileName = exportFileName(workbook.name?.trim() || TEMPLATES[state.locale].title, now);
  downloadText(fileName, `${JSON.stringify(toExportFile(workbook, now), null, 2)}\n`);
  useToast.getState().showToast(MESSAGES[state.locale].backup.exported(fileName));
}
