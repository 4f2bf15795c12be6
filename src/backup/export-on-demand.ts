// The Export buttons' handler: the export code loads on the first click, not with the page.
export function exportPlanOnDemand() {
  void import('./export-plan').then(({ exportPlan }) => exportPlan());
}
