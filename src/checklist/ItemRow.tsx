// One checklist item: tick box, text, tracking (status, owner, due date, priority), notes, and actions.
import { type KeyboardEvent, memo, useRef, useState } from 'react';
import { type Messages, messagesFor } from '../i18n/messages';
import { formatDay } from '../i18n/format-day';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { isShortcutKey, singleKeyShortcutsOn } from '../ui/single-key-setting';
import { useToast } from '../ui/toast-store';
import { useToday } from '../ui/use-today';
import { resolveItemText } from '../workbook/guide';
import {
  type Item,
  type ItemId,
  type Locale,
  PRIORITIES,
  type Priority,
  STATUSES,
  type Status,
  itemsOf,
} from '../workbook/model';
import { ownerSuggestionsFor } from '../workbook/filters';
import { withControlsShown } from '../workbook/shown-text';
import { templateFor } from '../i18n/templates';
import { isOverdue } from '../workbook/tracking';
import { type Choice, ChoiceChip } from './ChoiceChip';
import { InputChip } from './InputChip';
import { ItemEditor } from './ItemEditor';
import { ItemGuidancePanel } from './ItemGuidance';
import { openEditors } from './open-editors';
import { type DropEdge, useDraggableRow } from './use-row-drag';
import type { RowStop } from './list-keys';

interface ItemRowProps {
  itemId: ItemId;
  areaId: string;
  isFirst: boolean;
  isLast: boolean;
  /** From the list, so a row keeps one store subscription (its item) instead of one per hook. */
  locale: Locale;
  /** Where a row dragged over this one would land, for the indicator. */
  dropEdge: DropEdge | null;
  /** Which of this row's controls Tab reaches (see list-keys.ts). */
  stop: RowStop;
  /** Says where a moved item went, for screen readers. */
  announce: (text: string) => void;
}

/** Element ids derived from the item id, so a link can bring an item into view and focus it. */
export const itemCheckboxId = (itemId: ItemId) => `item-${itemId}`;

export const ItemRow = memo(function ItemRow({
  itemId,
  areaId,
  isFirst,
  isLast,
  locale,
  dropEdge,
  stop,
  announce,
}: ItemRowProps) {
  const t = messagesFor(locale);
  const template = templateFor(locale);
  const item = useWorkbook((s) => selectWorkbook(s).items[itemId]);
  const [editing, setEditing] = useState(() => openEditors.isOpen(itemId));
  const row = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  /** An edit started with "e" gives the focus back to the tick box, where the keys go on working. */
  const editedFromKey = useRef(false);
  const makeDraggable = useDraggableRow(row, itemId, areaId);
  const today = useToday();
  if (!item) return null;

  const { title, detail } = resolveItemText(item, template);
  const ids = {
    checkbox: itemCheckboxId(itemId),
    detail: `${itemId}-detail`,
    notes: `${itemId}-notes`,
    overdue: `${itemId}-overdue`,
  };
  const { toggleItem, setNotes, moveItem, deleteItem, restoreItem } = workbookStore.getState();
  const overdue = isOverdue(item, today);
  const done = item.status === 'done';
  // Until the focus goes into this row's controls, Tab passes them by and leaves the list.
  const controlsTabIndex = stop === 'controls' ? undefined : -1;

  const startEditing = (fromKey = false) => {
    editedFromKey.current = fromKey;
    openEditors.open(itemId, { title, detail });
    setEditing(true);
  };

  const finishEditing = () => {
    openEditors.close(itemId);
    setEditing(false);
    // The Edit button is back in the DOM after this render; return focus where the user started.
    requestAnimationFrame(() => (editedFromKey.current ? document.getElementById(ids.checkbox) : editButton.current)?.focus());
  };

  const move = (by: -1 | 1) => {
    if (by === -1 ? isFirst : isLast) return;
    moveItem(itemId, by);
    const order = itemsOf(selectWorkbook(workbookStore.getState()), areaId);
    announce(t.keys.moved(title, order.indexOf(itemId) + 1, order.length));
  };

  // x, e, Delete and Alt+arrows on any control of the row that is not a text field (see list-keys.ts).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || editing || !isShortcutKey(event.nativeEvent)) return;
    const modified = event.ctrlKey || event.metaKey || event.shiftKey;
    const letters = !modified && !event.altKey && singleKeyShortcutsOn();
    const target = event.target as HTMLElement;
    if (event.altKey && !modified && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(event.key === 'ArrowUp' ? -1 : 1);
      // The row's node moves in the page; where that drops the focus, it goes back to where it was.
      requestAnimationFrame(() => {
        if (!target.isConnected || document.activeElement !== target) target.focus();
      });
    } else if (event.key === 'Delete' && !modified && !event.altKey) {
      event.preventDefault();
      remove();
    } else if (letters && event.key === 'x') {
      event.preventDefault();
      toggleItem(itemId, !done);
    } else if (letters && event.key === 'e') {
      event.preventDefault();
      startEditing(true);
    }
  };

  const remove = () => {
    const neighbour = row.current && (row.current.nextElementSibling ?? row.current.previousElementSibling);
    const deleted = deleteItem(itemId);
    if (!deleted) return;
    // With no row left, the list hands the focus on as the row goes (AreaScreen), not to New item,
    // where Ctrl+Z would be the text field's and could not bring the item back.
    neighbour?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus();
    useToast.getState().showToast(t.area.deleted(title), () => restoreItem(deleted));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of a list by role (see AreaScreen); an <li> needs an <ol> around it.
    <div
      role="listitem"
      className="item"
      data-status={item.status}
      data-overdue={overdue || undefined}
      data-item-id={itemId}
      data-drop-edge={dropEdge ?? undefined}
      ref={row}
      onKeyDown={onKeyDown}
    >
      <span className="item__handle" aria-hidden="true" title={t.area.dragHandle} onPointerEnter={makeDraggable}>
        ⠿
      </span>
      {editing ? (
        <ItemEditor itemId={itemId} title={title} detail={detail} onDone={finishEditing} />
      ) : (
        <div className="item__main">
          <input
            autoComplete="off"
            id={ids.checkbox}
            className="item__check"
            type="checkbox"
            tabIndex={stop === 'none' ? -1 : 0}
            checked={done}
            onChange={(event) => toggleItem(itemId, event.currentTarget.checked)}
            aria-describedby={[detail ? ids.detail : '', overdue ? ids.overdue : ''].join(' ').trim() || undefined}
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

      <ItemTracking
        item={item}
        title={title}
        overdueId={ids.overdue}
        overdue={overdue}
        locale={locale}
        tabIndex={controlsTabIndex}
      />

      {/* After the chips, so → from the tick box still reaches Status first (issue 25's keyboard order). */}
      <ItemGuidancePanel item={item} title={title} locale={locale} tabIndex={controlsTabIndex} />

      <div className="item__notes">
        <label htmlFor={ids.notes} className="visually-hidden">
          {t.area.notes(title)}
        </label>
        <textarea
          autoComplete="off"
          id={ids.notes}
          className="item__notes-input"
          value={item.notes}
          rows={1}
          placeholder={t.area.notesPlaceholder}
          tabIndex={controlsTabIndex}
          onChange={(event) => setNotes(itemId, event.currentTarget.value)}
        />
      </div>

      <div className="item__actions">
        <MoveButton
          label={t.area.moveUp(title)}
          glyph="↑"
          disabled={isFirst}
          onMove={() => move(-1)}
          tabIndex={controlsTabIndex}
        />
        <MoveButton
          label={t.area.moveDown(title)}
          glyph="↓"
          disabled={isLast}
          onMove={() => move(1)}
          tabIndex={controlsTabIndex}
        />
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--quiet"
            aria-label={t.area.edit(title)}
            aria-keyshortcuts="E"
            tabIndex={controlsTabIndex}
            onClick={() => startEditing()}
          >
            {t.area.editButton}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet button--danger-text"
          aria-label={t.area.delete(title)}
          aria-keyshortcuts="Delete"
          tabIndex={controlsTabIndex}
          onClick={remove}
        >
          {t.area.deleteButton}
        </button>
      </div>
    </div>
  );
});

/** Status, owner, due date and priority: chips that become their fields when pressed, each change saved at once. */
interface ItemTrackingProps {
  item: Item;
  title: string;
  overdueId: string;
  overdue: boolean;
  locale: Locale;
  tabIndex: number | undefined;
}

function ItemTracking({ item, title, overdueId, overdue, locale, tabIndex }: ItemTrackingProps) {
  const t = messagesFor(locale);
  const choices = trackingChoices(t.tracking);
  const itemId = item.id;
  const track = workbookStore.getState().trackItem;
  const dueText = item.due ? formatDay(item.due, locale) : '';

  return (
    <div className="item__tracking">
      <ChoiceChip
        label={t.tracking.status(title)}
        nameWithChoice={t.tracking.chip}
        value={item.status}
        choices={choices.status}
        onChoose={(status) => track(itemId, { status })}
        tabIndex={tabIndex}
        data={{ 'data-status': item.status }}
      />
      <InputChip
        type="text"
        className="item__owner"
        label={t.tracking.owner(title)}
        nameWithValue={t.tracking.chip}
        shown={withControlsShown(item.owner)}
        none={t.area.noOwner}
        placeholder={t.tracking.ownerPlaceholder}
        suggestions={() => ownerSuggestionsFor(selectWorkbook(workbookStore.getState()), itemId)}
        value={item.owner}
        onChange={(owner) => track(itemId, { owner })}
        tabIndex={tabIndex}
        onClose={(owner) => {
          const trimmed = owner.trim();
          if (trimmed !== owner) track(itemId, { owner: trimmed });
        }}
      />
      <InputChip
        type="date"
        // Four digits of year: without a limit, Chromium's field takes a fifth digit, and no such day is kept.
        max="9999-12-31"
        className="item__due"
        label={t.tracking.due(title)}
        nameWithValue={t.tracking.chip}
        shown={dueText}
        none={t.area.noDue}
        value={item.due ?? ''}
        onChange={(due) => track(itemId, { due: due || null })}
        tabIndex={tabIndex}
      />
      <ChoiceChip
        label={t.tracking.priority(title)}
        nameWithChoice={t.tracking.chip}
        value={item.priority ?? ''}
        choices={choices.priority}
        onChoose={(priority) => track(itemId, { priority: priority || null })}
        tabIndex={tabIndex}
        data={{ 'data-priority': item.priority ?? undefined }}
      />
      {overdue && (
        <span id={overdueId} className="badge badge--overdue">
          {t.tracking.overdue} · {t.tracking.dueOn(dueText)}
        </span>
      )}
    </div>
  );
}

/** The status and priority lists, built once per language rather than twice per row. */
const choicesByLanguage = new WeakMap<Messages['tracking'], ReturnType<typeof buildChoices>>();

function trackingChoices(messages: Messages['tracking']) {
  let choices = choicesByLanguage.get(messages);
  if (!choices) {
    choices = buildChoices(messages);
    choicesByLanguage.set(messages, choices);
  }
  return choices;
}

function buildChoices(messages: Messages['tracking']) {
  return {
    status: STATUSES.map((status): Choice<Status> => ({ value: status, text: messages.statuses[status] })),
    priority: [
      { value: '', text: messages.noPriority },
      ...PRIORITIES.map((priority): Choice<Priority> => ({ value: priority, text: messages.priorities[priority] })),
    ] as Choice<Priority | ''>[],
  };
}

/**
 * aria-disabled rather than disabled: a button that becomes disabled under the keyboard focus
 * (moving the top item up) would drop the focus to the page.
 */
function MoveButton({
  label,
  glyph,
  disabled,
  onMove,
  tabIndex,
}: {
  label: string;
  glyph: string;
  disabled: boolean;
  onMove: () => void;
  tabIndex: number | undefined;
}) {
  return (
    <button
      type="button"
      className="button button--icon"
      aria-label={label}
      aria-keyshortcuts={glyph === '↑' ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
      tabIndex={tabIndex}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onMove}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
