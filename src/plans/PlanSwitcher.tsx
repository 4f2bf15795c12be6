// The header's "Plan" choice: every plan in this browser with how far it is; choosing one shows it.
import { useId } from 'react';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import type { Workbook } from '../workbook/model';
import { overallProgress } from '../workbook/progress';

// A plan not shown keeps its object between changes, so its percent is worked out once.
const percents = new WeakMap<Workbook, number>();
function percentOf(workbook: Workbook): number {
  let percent = percents.get(workbook);
  if (percent === undefined) {
    percent = overallProgress(workbook).percent;
    percents.set(workbook, percent);
  }
  return percent;
}

export function PlanSwitcher() {
  const t = useMessages();
  const template = useTemplate();
  const workbooks = useWorkbook((s) => s.workbooks);
  const activeId = useWorkbook((s) => s.activeWorkbookId);
  const copy = useWorkbook((s) => s.readOnlyCopy);
  const id = useId();
  return (
    <div className="header-select">
      <label htmlFor={id}>{t.plans.label}</label>
      <select
        id={id}
        value={copy ? '' : activeId}
        onChange={(event) => workbookStore.getState().openPlan(event.currentTarget.value)}
      >
        {copy && <option value="">{t.plans.readOnlyOption(planName(copy, template))}</option>}
        {workbooks.map((workbook) => (
          <option key={workbook.id} value={workbook.id}>
            {t.plans.option(planName(workbook, template), percentOf(workbook))}
          </option>
        ))}
      </select>
    </div>
  );
}
