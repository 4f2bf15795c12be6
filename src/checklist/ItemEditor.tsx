// Inline editing of an item's title and detail: Enter or Save commits, Escape cancels.
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { workbookStore } from '../store/use-workbook';
import type { ItemId } from '../workbook/model';
import { type EditorDraft, editorChanges, openEditors } from './open-editors';

interface ItemEditorProps {
  itemId: ItemId;
  /** The item's text as shown now; a field the user has not typed into follows it. */
  title: string;
  detail: string;
  onDone: () => void;
}

export function ItemEditor({ itemId, title, detail, onDone }: ItemEditorProps) {
  const t = useMessages();
  const [draft, setDraft] = useState<EditorDraft>(() => openEditors.draftOf(itemId));
  const [blank, setBlank] = useState(false);
  const ids = { title: useId(), detail: useId(), error: useId() };

  const type = (typed: EditorDraft) => {
    setDraft((kept) => ({ ...kept, ...typed }));
    openEditors.keep(itemId, typed);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const opening = openEditors.openingOf(itemId) ?? { title, detail };
    const result = workbookStore.getState().editItem(itemId, editorChanges(opening, draft));
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
        // An Escape that closes an input method's candidates (pinyin, say) is not the user cancelling.
        if (event.key === 'Escape' && !event.nativeEvent.isComposing && event.keyCode !== 229) {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <div className="field">
        <label htmlFor={ids.title}>{t.area.editTitle}</label>
        <input
          id={ids.title}
          value={draft.title ?? title}
          autoFocus
          aria-invalid={blank || undefined}
          aria-describedby={blank ? ids.error : undefined}
          onChange={(event) => {
            type({ title: event.currentTarget.value });
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
          value={draft.detail ?? detail}
          rows={2}
          onChange={(event) => type({ detail: event.currentTarget.value })}
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
