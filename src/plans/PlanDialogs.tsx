// The dialogs behind "New plan" (where to start from, and a name) and "Delete plan" (asks, then offers Undo).
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast-store';
import { planName } from '../workbook/guide';

type Start = 'guide' | 'blank' | 'copy';
const STARTS: readonly Start[] = ['guide', 'blank', 'copy'];

export default function PlanDialog({ kind, onClose }: { kind: 'new' | 'delete'; onClose: () => void }) {
  return kind === 'new' ? <NewPlanDialog onClose={onClose} /> : <DeletePlanDialog onClose={onClose} />;
}

function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const navigate = useNavigate();
  const [start, setStart] = useState<Start>('guide');
  const [name, setName] = useState('');
  const ids = { name: useId(), start: useId() };

  const create = () => {
    const chosen = name.trim() || t.plans.untitled;
    workbookStore.getState().createPlan(start, chosen);
    useToast.getState().showToast(t.plans.created(chosen));
    onClose();
    void navigate({ to: '/' });
  };

  return (
    <Dialog
      open
      title={t.plans.newTitle}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--primary" onClick={create}>
            {t.plans.create}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t.plans.cancel}
          </button>
        </>
      }
    >
      <form
        className="new-plan"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>{t.plans.name}</label>
          <input
            id={ids.name}
            value={name}
            placeholder={t.plans.untitled}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
        </div>
        <fieldset className="new-plan__start">
          <legend>{t.plans.startFrom}</legend>
          {STARTS.map((option) => (
            <label key={option} className="new-plan__option">
              <input type="radio" name={ids.start} value={option} checked={start === option} onChange={() => setStart(option)} />
              {t.plans.starts[option]}
            </label>
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}

function DeletePlanDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const template = useTemplate();
  const workbook = selectWorkbook(workbookStore.getState());
  const name = planName(workbook, template);

  const remove = () => {
    const { deletePlan, restorePlan } = workbookStore.getState();
    const deleted = deletePlan(workbook.id);
    if (deleted) useToast.getState().showToast(t.plans.deleted(name), () => restorePlan(deleted));
  };

  return (
    <ConfirmDialog
      open
      title={t.plans.deleteTitle(name)}
      confirmLabel={t.plans.deleteConfirm}
      cancelLabel={t.plans.cancel}
      onConfirm={remove}
      onClose={onClose}
    >
      <p>{t.plans.deleteBody}</p>
    </ConfirmDialog>
  );
}
