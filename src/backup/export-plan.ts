// Exports the active plan as a JSON file named after the plan and today's date.
import { catalogue } from '../i18n/catalogue';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import { downloadText } from '../ui/download';
import { exportFileName, toExportFile } from '../workbook/transfer';

export function exportPlan() {
  const state = workbookStore.getState();
  const workbook = selectWorkbook(state);
  const { messages: t, template } = catalogue(state.locale);
  const now = new Date();
  const fileName = exportFileName(workbook.name?.trim() || template.title, now);
  downloadText(fileName, `${JSON.stringify(toExportFile(workbook, now), null, 2)}\n`);
  useToast.getState().showToast(t.backup.exported(fileName));
}
