// One area's page: its question, progress and the editable checklist.
import { useElementScrollRestoration } from '@tanstack/react-router';
import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { AREA_IDS, type AreaId } from '../workbook/model';
import { areaProgress } from '../workbook/progress';
import { ProgressBar } from '../ui/ProgressBar';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-today';
import { type AreaFilter, filterArea, hasFilter } from '../workbook/filters';
import { AreaFilters } from './AreaFilters';
import { ItemRow, itemCheckboxId } from './ItemRow';
import { NewItemForm } from './NewItemForm';
import { useListDrop } from './use-row-drag';
import { ResetArea } from './ResetArea';

interface AreaScreenProps {
  areaId: AreaId;
  filter: AreaFilter;
  focusItemId?: string;
  onFilterChange: (filter: AreaFilter) => void;
}

export function AreaScreen({ areaId, filter, focusItemId, onFilterChange }: AreaScreenProps) {
  const t = useMessages();
  const area = useTemplate().areas[areaId];
  const locale = useWorkbook((s) => s.locale);
  const today = useToday();
  // Only ids are read here, so ticking an item re-renders that row and the progress, not the list.
  const allIds = useWorkbook((s) => selectWorkbook(s).order[areaId]);
  const itemIds = useWorkbook(useShallow((s) => filterArea(selectWorkbook(s), areaId, filter, today)));
  useDocumentTitle(`${t.areaNames[areaId]} · ${t.appName}`);

  const focusIndex = focusItemId ? itemIds.indexOf(focusItemId) : -1;
  // Back or Forward to this area restores where the page was scrolled (see main.tsx); the rows down
  // to there must be in the page by then, or the page is too short to get there.
  const restoredScrollY = useElementScrollRestoration({ getElement: () => window })?.scrollY ?? 0;
  const shown = useProgressiveCount(itemIds.length, focusIndex + 1, restoredScrollY);
  const { attach: attachDropTarget, indicator: drop } = useListDrop(areaId);

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
      <div role="list" className="checklist" ref={attachDropTarget} aria-label={t.area.itemsLabel(t.areaNames[areaId])}>
        {itemIds.slice(0, shown).map((itemId) => (
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
    );
  } else if (allIds.length === 0) {
    items = <p className="area__empty">{t.area.empty}</p>;
  }

  return (
    <article className="area" aria-labelledby="area-title">
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

      {items}

      <NewItemForm areaId={areaId} />
      <ResetArea areaId={areaId} areaTitle={area.title} />
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
