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

type Start = 'guide' | 'blank' | 'copy' | 'file';
const STARTS: readonly Start[] = ['guide', 'blank', 'copy', 'file'];

export default function PlanDialog({ kind, onClose }: { kind: 'new' | 'delete'; onClose: () => void }) {
  return kind === 'new' ? <NewPlanDialog onClose={onClose} /> : <DeletePlanDialog onClose={onClose} />;
}

function NewPlanDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const navigate = useNavigate();
  const [start, setStart] = useState<Start>('guide');
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { name: useId(), start: useId(), file: useId(), hint: useId(), problem: useId() };

  const createFromFile = async () => {
    if (!file) {
      setProblem(t.plans.chooseGuideFile);
      return;
    }
    let result: Awaited<ReturnType<typeof import('../backup/import-file').readGuideFile>>;
    try {
      const { readGuideFile } = await import('../backup/import-file');
      result = await readGuideFile(file, t, name);
    } catch {
      setProblem(t.partUnavailable);
      return;
    }
    // A refused file leaves the dialog open with what was typed, and says which line is at fault.
    if (!result.ok) {
      setProblem(result.text);
      return;
    }
    onClose();
    void navigate({ to: '/' });
  };

  const create = () => {
    if (start === 'file') {
      void createFromFile();
      return;
    }
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
        {start === 'file' && (
          <div className="field">
            <label htmlFor={ids.file}>{t.plans.guideFile}</label>
            <input
              id={ids.file}
              type="file"
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              aria-describedby={problem ? `${ids.hint} ${ids.problem}` : ids.hint}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setProblem(null);
              }}
            />
            <p id={ids.hint} className="dialog__hint">
              {t.plans.guideFileHint}
            </p>
            {problem && (
              <p id={ids.problem} className="field__error" role="alert">
                {problem}
              </p>
            )}
          </div>
        )}
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
