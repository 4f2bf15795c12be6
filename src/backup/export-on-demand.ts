// The Export buttons' handler: the export code loads on the first click, not with the page.
import { shownCatalogue } from '../i18n/use-messages';
import { useToast } from '../ui/toast-store';

export function exportPlanOnDemand() {
  import('./export-plan').then(
    ({ exportPlan }) => exportPlan(),
    () => useToast.getState().showToast(shownCatalogue().messages.partUnavailable),
  );
}
