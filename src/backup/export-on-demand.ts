// The Export buttons' handler: the export code loads on the first click, not with the page.
import { catalogue } from '../i18n/catalogue';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';

export function exportPlanOnDemand() {
  import('./export-plan').then(
    ({ exportPlan }) => exportPlan(),
    () => useToast.getState().showToast(catalogue(workbookStore.getState().locale).messages.partUnavailable),
  );
}
