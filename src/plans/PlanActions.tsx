// "New plan" and "Delete plan" on the dashboard.
import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import PlanDialog from './PlanDialogs';

export function PlanActions() {
  const t = useMessages();
  const [open, setOpen] = useState<'new' | 'delete' | null>(null);
  return (
    <div className="plan-details__actions">
      <button type="button" className="button" onClick={() => setOpen('new')}>
        {t.plans.newPlan}
      </button>
      <button type="button" className="button button--danger-text" onClick={() => setOpen('delete')}>
        {t.plans.deletePlan}
      </button>
      {open && <PlanDialog kind={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
