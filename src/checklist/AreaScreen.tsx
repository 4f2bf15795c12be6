// One area's page: its question, progress and the editable checklist.
import { useElementScrollRestoration } from '@tanstack/react-router';
import { type ReactNode, startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { AREA_IDS, type AreaId, type ItemId } from '../workbook/model';
import { areaProgress } from '../workbook/progress';
import { ProgressBar } from '../ui/ProgressBar';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-today';
import { type AreaFilter, filterArea, hasFilter } from '../workbook/filters';
import { AreaFilters } from './AreaFilters';
import { ItemRow, itemCheckboxId } from './ItemRow';
import { NewItemForm } from './NewItemForm';
import { useListDrop } from './use-row-drag';
import { useFocusKeptInList } from './use-focus-kept';
import { type RowGroup, regroupRows } from './row-groups';
import { ResetArea } from './ResetArea';
import { LIST_TOP_MIN, rowHeightAtLeast, rowsToFill } from './first-frame';

interface AreaScreenProps {
  areaId: AreaId;
  filter: AreaFilter;
  focusItemId?: string;
  onFilterChange: (filter: AreaFilter) => void;
  /** The area was just left: only its rows stay, hidden, until they are taken down (see use-area-left.ts). */
  leaving?: boolean;
}

export function AreaScreen({ areaId, filter, focusItemId, onFilterChange, leaving = false }: AreaScreenProps) {
  const t = useMessages();
  const area = useTemplate().areas[areaId];
  const locale = useWorkbook((s) => s.locale);
  const today = useToday();
  // Only ids are read here, so ticking an item re-renders that row and the progress, not the list.
  const allIds = useWorkbook((s) => selectWorkbook(s).order[areaId]);
  const itemIds = useWorkbook(useShallow((s) => filterArea(selectWorkbook(s), areaId, filter, today)));
  // An area left and opened again before its rows were taken down is this same screen: it names the tab again.
  useDocumentTitle(leaving ? null : `${t.areaNames[areaId]} · ${t.appName}`);

  const focusIndex = focusItemId ? itemIds.indexOf(focusItemId) : -1;
  // Back or Forward to this area restores where the page was scrolled (see main.tsx); the rows down
  // to there must be in the page by then, or the page is too short to get there.
  const restoredScrollY = useElementScrollRestoration({ getElement: () => window })?.scrollY ?? 0;
  const shown = useProgressiveCount(itemIds.length, focusIndex + 1, () => rowsForFirstFrame(itemIds, restoredScrollY), leaving);
  const groups = useRowGroups(itemIds, shown);
  const { attach: attachDropTarget, indicator: drop } = useListDrop(areaId);
  const keepFocus = useFocusKeptInList();

  useEffect(() => {
    if (!focusItemId) return;
    const checkbox = document.getElementById(itemCheckboxId(focusItemId));
    checkbox?.scrollIntoView({ block: 'center' });
    checkbox?.focus({ preventScroll: true });
  }, [focusItemId]);

  let items: ReactNode = null;
  if (itemIds.length > 0) {
    items = (
      // biome-ignore lint/a11y/useSemanticElements: the rows come in groups (see ROWS_PER_GROUP), which an <ol> may not hold.
      <div
        role="list"
        className="checklist"
        ref={attachDropTarget}
        aria-label={t.area.itemsLabel(t.areaNames[areaId])}
        onFocus={keepFocus.note}
        onBlur={keepFocus.forget}
      >
        {groups.map((group) => (
          <div key={group.key} className="checklist__group">
            {group.ids.map((itemId) => (
              <ItemRow
                key={itemId}
                itemId={itemId}
                areaId={areaId}
                locale={locale}
                isFirst={itemId === allIds[0]}
                isLast={itemId === allIds[allIds.length - 1]}
                dropEdge={drop?.itemId === itemId ? drop.edge : null}
              />
            ))}
          </div>
        ))}
      </div>
    );
  } else if (allIds.length === 0 && !leaving) {
    items = <p className="area__empty">{t.area.empty}</p>;
  }

  // Each part keeps its place among the article's children whether leaving or not, so React keeps
  // the list (and its rows) when the rest goes.
  return (
    <article
      className={leaving ? 'area area--leaving' : 'area'}
      aria-labelledby={leaving ? undefined : 'area-title'}
      aria-hidden={leaving || undefined}
    >
      {leaving ? null : (
        <>
          <header className="area__header">
            <p className="eyebrow">
              {AREA_IDS.indexOf(areaId) + 1} / {AREA_IDS.length} · {t.areaNames[areaId]}
            </p>
            <h1 id="area-title">{area.title}</h1>
            <p className="area__question">
              <span className="area__question-label">{t.area.question}</span> {area.question}
            </p>
            <AreaProgress areaId={areaId} label={area.title} />
          </header>

          <AreaFilters filter={filter} onChange={onFilterChange} />
          {hasFilter(filter) && (
            <p className="filters__summary" role="status">
              {itemIds.length === 0 ? t.filter.noMatch : t.filter.showing(itemIds.length, allIds.length)}
            </p>
          )}
        </>
      )}

      {items}

      {leaving ? null : (
        <>
          <NewItemForm areaId={areaId} />
          <ResetArea areaId={areaId} areaTitle={area.title} />
        </>
      )}
    </article>
  );
}

function AreaProgress({ areaId, label }: { areaId: AreaId; label: string }) {
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
 * Rows per group. Each group, not each row, skips layout and paint while off screen: 50 boxes for
 * the browser to check on every frame instead of 500, which took about 5 ms off each tick of a
 * 500-item area.
 */
const ROWS_PER_GROUP = 10;

/** The first `count` of `itemIds` in groups, each row kept in its group from one render to the next (see row-groups.ts). */
function useRowGroups(itemIds: readonly ItemId[], count: number): RowGroup<ItemId>[] {
  const committed = useRef<RowGroup<ItemId>[]>([]);
  const groups = useMemo(() => regroupRows(committed.current, itemIds.slice(0, count), ROWS_PER_GROUP), [itemIds, count]);
  // Only what reached the page counts: a render React set aside must not change the groups.
  useLayoutEffect(() => {
    committed.current = groups;
  }, [groups]);
  return groups;
}

/** Rows added in each interruptible step after the first frame. */
const ROWS_PER_STEP = 24;

/**
 * Rows the first frame renders: as many as can show in a window this tall, scrolled this far down
 * (see first-frame.ts). Read once, when the screen mounts, from the store as it is then.
 */
function rowsForFirstFrame(itemIds: readonly ItemId[], scrollY: number): number {
  const { items } = selectWorkbook(workbookStore.getState());
  const height = scrollY + window.innerHeight - LIST_TOP_MIN;
  return rowsToFill(height, itemIds.length, (index) => rowHeightAtLeast(items[itemIds[index] as ItemId]?.notes ?? ''));
}

/**
 * How many rows to render now. A long area opens with `firstFrame()` rows, those that fill the
 * window, at once and the rest in transitions, so switching areas paints in a frame or two while
 * typing and clicking stay responsive; within a moment every row is in the page, for find-in-page
 * and the keyboard.
 */
function useProgressiveCount(total: number, atLeast: number, firstFrame: () => number, paused: boolean): number {
  const [count, setCount] = useState(() => Math.max(firstFrame(), atLeast));
  useEffect(() => {
    if (count >= total || paused) return;
    // After the next paint, so what was just rendered reaches the screen before more work starts.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setCount((current) => current + ROWS_PER_STEP)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, paused]);
  return Math.min(Math.max(count, atLeast), total);
}
