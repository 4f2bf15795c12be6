// The plan's name and the company or founders' name, edited on the dashboard, shown on the printed cover.
import { useId } from 'react';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { PlanActions } from '../plans/PlanActions';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';

export function PlanDetails() {
  const t = useMessages();
  const template = useTemplate();
  const name = useWorkbook((s) => selectWorkbook(s).name ?? '');
  const company = useWorkbook((s) => selectWorkbook(s).company ?? '');
  const guideTitle = useWorkbook((s) => selectWorkbook(s).guide?.title);
  const ids = { heading: useId(), name: useId(), company: useId() };
  const setPlanDetails = workbookStore.getState().setPlanDetails;

  return (
    <section aria-labelledby={ids.heading} className="plan-details">
      <h2 id={ids.heading}>{t.details.heading}</h2>
      <p className="plan-details__intro">{t.details.intro}</p>
      <div className="plan-details__fields">
        <div className="field">
          <label htmlFor={ids.name}>{t.details.name}</label>
          <input
            id={ids.name}
            value={name}
            placeholder={guideTitle ?? template.title}
            onChange={(e) => setPlanDetails({ name: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.company}>{t.details.company}</label>
          <input
            id={ids.company}
            value={company}
            placeholder={t.details.companyPlaceholder}
            onChange={(e) => setPlanDetails({ company: e.currentTarget.value })}
          />
        </div>
      </div>
      <PlanActions />
    </section>
  );
}
