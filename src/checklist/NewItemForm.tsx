// The "New item" box: Enter adds to the end of the area and keeps the focus for the next one. What
// is typed and not yet added waits in new-item-drafts.ts while the area is left.
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import { selectWorkbook } from '../store/workbook-store';
import { useToast } from '../ui/toast-store';
import { newItemDrafts } from './new-item-drafts';

export function newItemInputId(areaId: string) {
  return `new-item-${areaId}`;
}

export function NewItemForm({ areaId }: { areaId: string }) {
  const t = useMessages();
  const [title, setTitle] = useState(() => newItemDrafts.of(activeWorkbookId(), areaId));
  const setDraft = (next: string) => {
    setTitle(next);
    newItemDrafts.keep(activeWorkbookId(), areaId, next);
  };
  const [blank, setBlank] = useState(false);
  const errorId = useId();
  const inputId = newItemInputId(areaId);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = workbookStore.getState().addItem(areaId, title);
    if ('error' in result) {
      setBlank(true);
      return;
    }
    useToast.getState().showToast(t.area.added(title.trim()));
    setDraft('');
  };

  return (
    <form className="new-item" onSubmit={add} noValidate>
      <label htmlFor={inputId} className="new-item__label">
        {t.area.newItem}
      </label>
      <div className="new-item__row">
        <input
          id={inputId}
          className="new-item__input"
          value={title}
          autoComplete="off"
          aria-invalid={blank || undefined}
          aria-describedby={blank ? errorId : undefined}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setBlank(false);
          }}
        />
        <button type="submit" className="button button--primary">
          {t.area.add}
        </button>
      </div>
      {blank && (
        <p id={errorId} className="field__error" role="alert">
          {t.area.blankTitle}
        </p>
      )}
    </form>
  );
}

/** Read when needed rather than subscribed to: the form would otherwise run a selector on every tick and keystroke. */
const activeWorkbookId = () => selectWorkbook(workbookStore.getState()).id;
