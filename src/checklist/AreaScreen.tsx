// One area's page: its question, progress and the editable checklist.
import { useElementScrollRestoration } from '@tanstack/react-router';
import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages, usePlanAreas } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { itemsOf } from '../workbook/model';
import { areaProgress } from '../workbook/progress';
import { ProgressBar } from '../ui/ProgressBar';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-today';
import { type AreaFilter, filterArea, hasFilter } from '../workbook/filters';
import { AreaFilters } from './AreaFilters';
import { ItemRow, itemCheckboxId } from './ItemRow';
import { rowControls, rowFocusTarget, rowOf } from './list-keys';
import { newItemInputId } from './NewItemForm';
import { isShortcutKey, singleKeyShortcutsOn } from '../ui/single-key-setting';
import { NewItemForm } from './NewItemForm';
import { useListDrop } from './use-row-drag';
import { ResetArea } from './ResetArea';

interface AreaScreenProps {
  areaId: string;
  filter: AreaFilter;
  focusItemId?: string;
  onFilterChange: (filter: AreaFilter) => void;
}

export function AreaScreen({ areaId, filter, focusItemId, onFilterChange }: AreaScreenProps) {
  const t = useMessages();
  const areas = usePlanAreas();
  const areaIndex = areas.findIndex((shown) => shown.id === areaId);
  // The route only shows an area of the plan shown (routes/areas.$areaId.tsx).
  const area = areas[areaIndex] ?? { id: areaId, name: areaId, title: areaId, question: '' };
  const imported = useWorkbook((s) => selectWorkbook(s).guide !== null);
  const locale = useWorkbook((s) => s.locale);
  const today = useToday();
  // Only ids are read here, so ticking an item re-renders that row and the progress, not the list.
  const allIds = useWorkbook((s) => itemsOf(selectWorkbook(s), areaId));
  const itemIds = useWorkbook(useShallow((s) => filterArea(selectWorkbook(s), areaId, filter, today)));
  useDocumentTitle(`${area.name} · ${t.appName}`);

  const focusIndex = focusItemId ? itemIds.indexOf(focusItemId) : -1;
  // Back or Forward to this area restores where the page was scrolled (see main.tsx); the rows down
  // to there must be in the page by then, or the page is too short to get there.
  const restoredScrollY = useElementScrollRestoration({ getElement: () => window })?.scrollY ?? 0;
  const shown = useProgressiveCount(itemIds.length, focusIndex + 1, restoredScrollY);
  const { attach: attachDropTarget, indicator: drop } = useListDrop(areaId);
  // The row that holds the list's one Tab stop, and whether the focus went on into its controls.
  const [current, setCurrent] = useState<{ itemId: string; inside: boolean } | null>(null);
  const currentIndex = current ? itemIds.indexOf(current.itemId) : -1;
  const stopId = currentIndex >= 0 && currentIndex < shown ? current?.itemId : itemIds[0];
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  // A row can leave the list under the focus (ticked out of a filter, deleted in another tab, the
  // last one shown deleted): the focus then goes to the row that took its place, or the status line,
  // rather than to the page, where the list's keys and Ctrl+Z have nothing to act on.
  const focusLeftFrom = useRef<Element | null>(null);
  const shownBefore = useRef(itemIds);
  const summary = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = itemIds;
    const gone = focusLeftFrom.current;
    focusLeftFrom.current = null;
    if (!gone || gone.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    const at = before.indexOf(rowOf(gone)?.dataset.itemId ?? '');
    const neighbours = [...before.slice(at + 1), ...before.slice(0, Math.max(at, 0)).reverse()];
    // The nearest row still in the page: rows past the first batch may not be rendered yet.
    const rows = new Map(
      [...document.querySelectorAll<HTMLElement>('[role="listitem"][data-item-id]')].map((row) => [row.dataset.itemId, row]),
    );
    const next = neighbours.find((itemId) => rows.has(itemId));
    (rowFocusTarget(rows.get(next ?? '') ?? null) ?? summary.current ?? document.getElementById('area-title'))?.focus();
  }, [itemIds]);

  useEffect(() => {
    // Native, not React's onBlur: React dispatches no events while it commits, which is when a row it removes loses the focus.
    const onFocusOut = (event: globalThis.FocusEvent) => {
      const from = event.target;
      if (!(from instanceof Element) || !rowOf(from) || rowOf(event.relatedTarget)) return;
      focusLeftFrom.current = from;
      // A row removed under the focus blurs before the effect above runs; anything else is the user leaving.
      queueMicrotask(() => {
        if (focusLeftFrom.current === from && from.isConnected) focusLeftFrom.current = null;
      });
      // A row taken down without the list changing (an editor closing) must not move the focus at a later, unrelated change.
      requestAnimationFrame(() => {
        if (focusLeftFrom.current === from) focusLeftFrom.current = null;
      });
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, []);

  const onListFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = rowOf(event.target);
    const itemId = row?.dataset.itemId;
    if (!row || !itemId) return;
    const inside = event.target !== rowFocusTarget(row);
    setCurrent((was) => (was?.itemId === itemId && was.inside === inside ? was : { itemId, inside }));
  };

  // Moving between rows (j, k, arrows, Home, End), within a row (left, right) and to New item (n).
  // The row's own keys (x, e, Delete, Alt+arrows) are ItemRow's, which sees the key first.
  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !isShortcutKey(event.nativeEvent)) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const row = rowOf(event.target);
    if (!row) return;
    const letters = singleKeyShortcutsOn();
    const rows = row.parentElement;
    let next: Element | null | undefined;
    if (event.key === 'ArrowDown' || (letters && event.key === 'j')) next = rowFocusTarget(row.nextElementSibling);
    else if (event.key === 'ArrowUp' || (letters && event.key === 'k')) next = rowFocusTarget(row.previousElementSibling);
    else if (event.key === 'Home') next = rowFocusTarget(rows?.firstElementChild ?? null);
    else if (event.key === 'End') next = rowFocusTarget(rows?.lastElementChild ?? null);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const controls = rowControls(row);
      const at = controls.indexOf(event.target as HTMLElement);
      next = at < 0 ? undefined : controls[at + (event.key === 'ArrowRight' ? 1 : -1)];
    } else if (letters && event.key === 'n') next = document.getElementById(newItemInputId(areaId));
    if (!(next instanceof HTMLElement)) return;
    event.preventDefault();
    next.focus();
  };

  useEffect(() => {
    if (!focusItemId) return;
    const checkbox = document.getElementById(itemCheckboxId(focusItemId));
    checkbox?.scrollIntoView({ block: 'center' });
    checkbox?.focus({ preventScroll: true });
  }, [focusItemId]);

  let items: ReactNode = null;
  if (itemIds.length > 0) {
    items = (
      // biome-ignore lint/a11y/useSemanticElements: each row is a grid with role="listitem" (see ItemRow), not an <li>.
      <div
        role="list"
        className="checklist"
        ref={attachDropTarget}
        aria-label={t.area.itemsLabel(area.name)}
        onFocus={onListFocus}
        onKeyDown={onListKeyDown}
      >
        {itemIds.slice(0, shown).map((itemId) => (
          <ItemRow
            key={itemId}
            itemId={itemId}
            areaId={areaId}
            locale={locale}
            isFirst={itemId === allIds[0]}
            isLast={itemId === allIds[allIds.length - 1]}
            dropEdge={drop?.itemId === itemId ? drop.edge : null}
            stop={itemId !== stopId ? 'none' : current?.itemId === itemId && current.inside ? 'controls' : 'row'}
            announce={announce}
          />
        ))}
      </div>
    );
  } else if (allIds.length === 0) {
    items = <p className="area__empty">{t.area.empty}</p>;
  }

  return (
    <article className="area" aria-labelledby="area-title">
      <header className="area__header">
        <p className="eyebrow">
          {areaIndex + 1} / {areas.length}
          {/* An imported guide's area has one name, the heading below. */}
          {area.name !== area.title && ` · ${area.name}`}
        </p>
        <h1 id="area-title" tabIndex={-1}>
          {area.title}
        </h1>
        <p className="area__question">
          <span className="area__question-label">{t.area.question}</span> {area.question}
        </p>
        <AreaProgress areaId={areaId} label={area.title} />
      </header>

      <AreaFilters filter={filter} onChange={onFilterChange} />
      {hasFilter(filter) && (
        <p className="filters__summary" role="status" ref={summary} tabIndex={-1}>
          {itemIds.length === 0 ? t.filter.noMatch : t.filter.showing(itemIds.length, allIds.length)}
        </p>
      )}

      {items}
      {/* Where Alt+arrows or a move button moved an item: the focus stays put, so nothing else would say so. */}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <NewItemForm areaId={areaId} />
      {/* An imported guide's items are the plan's own text from the start: there is no guide text to reset to. */}
      {!imported && <ResetArea areaId={areaId} areaTitle={area.title} />}
    </article>
  );
}

function AreaProgress({ areaId, label }: { areaId: string; label: string }) {
  const t = useMessages();
  const progress = useWorkbook(useShallow((s) => areaProgress(selectWorkbook(s), areaId)));
  return (
    <div className="area__progress">
      <p>{t.progress.count(progress.done, progress.total)}</p>
      <ProgressBar
        label={label}
        progress={progress}
        valueText={t.progress.valueText(progress.done, progress.total, progress.percent)}
      />
    </div>
  );
}

/**
 * No row is shorter (one with a title alone is a little taller), so this many fill the window. The
 * same row height is the guessed size of rows off screen (`.item`'s contain-intrinsic-size in base.css).
 */
const ROW_MIN_PX = 150;

/** Rows added in each interruptible step after the first frame. */
const ROWS_PER_STEP = 24;

/**
 * How many rows to render now. A long area opens with the rows that can fill the window, down to
 * where Back or Forward will scroll and to the item to focus, and adds the rest in transitions, so
 * switching areas paints at once while typing and clicking stay responsive; within a moment every
 * row is in the page, for find-in-page and the keyboard.
 */
function useProgressiveCount(total: number, atLeast: number, scrollY: number): number {
  const [count, setCount] = useState(() => Math.ceil((scrollY + window.innerHeight) / ROW_MIN_PX));
  useEffect(() => {
    if (count >= total) return;
    // After the next paint, so what was just rendered reaches the screen before more work starts.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setCount((current) => current + ROWS_PER_STEP)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total]);
  return Math.min(Math.max(count, atLeast), total);
}
