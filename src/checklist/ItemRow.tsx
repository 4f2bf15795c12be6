// One checklist item: tick box, text, notes, and the buttons to edit, move or delete it.
import { memo, useId, useRef, useState } from 'react';
import { useItemText, useMessages } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import type { AreaId, ItemId } from '../workbook/model';
import { ItemEditor } from './ItemEditor';
import { newItemInputId } from './NewItemForm';

interface ItemRowProps {
  itemId: ItemId;
  areaId: AreaId;
  isFirst: boolean;
  isLast: boolean;
}

export const ItemRow = memo(function ItemRow({ itemId, areaId, isFirst, isLast }: ItemRowProps) {
  const t = useMessages();
  const done = useWorkbook((s) => selectWorkbook(s).items[itemId]?.done ?? false);
  const notes = useWorkbook((s) => selectWorkbook(s).items[itemId]?.notes ?? '');
  const { title, detail } = useItemText(itemId);
  const [editing, setEditing] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const ids = { checkbox: useId(), detail: useId(), notes: useId() };
  const { toggleItem, setNotes, moveItem, deleteItem, restoreItem } = workbookStore.getState();

  const finishEditing = () => {
    setEditing(false);
    // The Edit button is back in the DOM after this render; return focus where the user started.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  const remove = () => {
    const neighbour = row.current?.nextElementSibling ?? row.current?.previousElementSibling;
    const deleted = deleteItem(itemId);
    if (!deleted) return;
    const next = neighbour?.querySelector<HTMLElement>('input[type="checkbox"]') ?? document.getElementById(newItemInputId(areaId));
    next?.focus();
    useToast.getState().showToast(t.area.deleted(title), () => restoreItem(deleted));
  };

  return (
    <li className="item" data-done={done || undefined} ref={row}>
      {editing ? (
        <ItemEditor itemId={itemId} title={title} detail={detail} onDone={finishEditing} />
      ) : (
        <div className="item__main">
          <input
            id={ids.checkbox}
            className="item__check"
            type="checkbox"
            checked={done}
            onChange={(event) => toggleItem(itemId, event.currentTarget.checked)}
            aria-describedby={detail ? ids.detail : undefined}
          />
          <div className="item__text">
            <label htmlFor={ids.checkbox} className="item__title">
              {title}
            </label>
            {detail && (
              <p id={ids.detail} className="item__detail">
                {detail}
              </p>
            )}
          </div>
        </div>
      )}

      <div className="item__notes">
        <label htmlFor={ids.notes} className="visually-hidden">
          {t.area.notes(title)}
        </label>
        <textarea
          id={ids.notes}
          className="item__notes-input"
          value={notes}
          rows={1}
          placeholder={t.area.notesPlaceholder}
          onChange={(event) => setNotes(itemId, event.currentTarget.value)}
        />
      </div>

      <div className="item__actions">
        <MoveButton label={t.area.moveUp(title)} glyph="↑" disabled={isFirst} onMove={() => moveItem(itemId, -1)} />
        <MoveButton label={t.area.moveDown(title)} glyph="↓" disabled={isLast} onMove={() => moveItem(itemId, 1)} />
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--quiet"
            aria-label={t.area.edit(title)}
            onClick={() => setEditing(true)}
          >
            {t.area.editButton}
          </button>
        )}
        <button type="button" className="button button--quiet button--danger-text" aria-label={t.area.delete(title)} onClick={remove}>
          {t.area.deleteButton}
        </button>
      </div>
    </li>
  );
});

/**
 * aria-disabled rather than disabled: a button that becomes disabled under the keyboard focus
 * (moving the top item up) would drop the focus to the page.
 */
function MoveButton({ label, glyph, disabled, onMove }: { label: string; glyph: string; disabled: boolean; onMove: () => void }) {
  return (
    <button
      type="button"
      className="button button--icon"
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onMove}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
