// Inline editing of an item's title and detail: Enter or Save commits, Escape cancels.
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import type { ItemId } from '../workbook/model';
import { openEditors } from './open-editors';

interface ItemEditorProps {
  itemId: ItemId;
  title: string;
  detail: string;
  onDone: () => void;
}

export function ItemEditor({ itemId, title, detail, onDone }: ItemEditorProps) {
  const t = useMessages();
  const [draftTitle, setDraftTitle] = useState(() => openEditors.draftOf(itemId).title ?? title);
  const [draftDetail, setDraftDetail] = useState(() => openEditors.draftOf(itemId).detail ?? detail);
  const [blank, setBlank] = useState(false);
  const ids = { title: useId(), detail: useId(), error: useId() };

  const save = (event: FormEvent) => {
    event.preventDefault();
    // Only changed fields become the user's text; untouched ones keep following the guide's language.
    const changes = {
      ...(draftTitle !== title && { title: draftTitle }),
      ...(draftDetail !== detail && { detail: draftDetail }),
    };
    const result = workbookStore.getState().editItem(itemId, changes);
    if (result.error === 'blank') {
      setBlank(true);
      return;
    }
    onDone();
  };

  return (
    <form
      className="item-editor"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <div className="field">
        <label htmlFor={ids.title}>{t.area.editTitle}</label>
        <input
          id={ids.title}
          value={draftTitle}
          autoFocus
          aria-invalid={blank || undefined}
          aria-describedby={blank ? ids.error : undefined}
          onChange={(event) => {
            setDraftTitle(event.currentTarget.value);
            openEditors.keep(itemId, { title: event.currentTarget.value });
            setBlank(false);
          }}
        />
        {blank && (
          <p id={ids.error} className="field__error" role="alert">
            {t.area.editTitleBlank}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.detail}>{t.area.editDetail}</label>
        <textarea
          id={ids.detail}
          value={draftDetail}
          rows={2}
          onChange={(event) => {
            setDraftDetail(event.currentTarget.value);
            openEditors.keep(itemId, { detail: event.currentTarget.value });
          }}
        />
      </div>
      <div className="item-editor__actions">
        <button type="submit" className="button button--primary">
          {t.area.save}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t.area.cancel}
        </button>
      </div>
    </form>
  );
}
