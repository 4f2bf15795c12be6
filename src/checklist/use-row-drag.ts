import { itemsOf } from '../workbook/model';
// Drag and drop for checklist rows by their handle, on the browser's native drag events.
// One drop target for the whole list, and each row registered as draggable only when the pointer
// first reaches its handle: registering 500 rows at mount made opening and leaving a long area slow.
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import type { ItemId } from '../workbook/model';

export type DropEdge = 'top' | 'bottom';
export interface DropIndicator {
  itemId: ItemId;
  edge: DropEdge;
}

/** Returns a handler for the handle's pointerenter that makes the row draggable, once. */
export function useDraggableRow(row: RefObject<HTMLElement | null>, itemId: ItemId, areaId: string) {
  const registration = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      registration.current?.();
      registration.current = null;
    },
    [],
  );
  return useCallback(
    (event: { currentTarget: HTMLElement }) => {
      const element = row.current;
      if (registration.current || !element) return;
      registration.current = draggable({ element, dragHandle: event.currentTarget, getInitialData: () => ({ itemId, areaId }) });
    },
    [row, itemId, areaId],
  );
}

/**
 * The row at this height and which half of it the pointer is on: a binary search over the rows,
 * stacked in order. Not elementFromPoint: at the drop, the library's guard element lies under the
 * pointer.
 */
function rowAt(list: HTMLElement, clientY: number): DropIndicator | null {
  const row = boxAt(list.children, clientY);
  const itemId = row?.element.dataset.itemId;
  return row && itemId ? { itemId, edge: clientY < row.box.top + row.box.height / 2 ? 'top' : 'bottom' } : null;
}

function boxAt(boxes: HTMLCollection, clientY: number): { element: HTMLElement; box: DOMRect } | null {
  let low = 0;
  let high = boxes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const element = boxes[middle] as HTMLElement;
    const box = element.getBoundingClientRect();
    if (clientY < box.top) high = middle - 1;
    else if (clientY > box.bottom) low = middle + 1;
    else return { element, box };
  }
  return null;
}

/**
 * Makes the list a drop target for rows of this area: `attach` is the list element's ref, which
 * registers it, and unregisters it when React gives back the cleanup it returned. A ref, not state
 * holding the element: setting state as the list mounts drew the whole area screen a second time
 * on every area switch. `indicator` is where a dragged row would land. The Move up / Move down
 * buttons remain the way for the keyboard.
 */
export function useListDrop(areaId: string): {
  attach: (list: HTMLElement | null) => (() => void) | undefined;
  indicator: DropIndicator | null;
} {
  const [indicator, setIndicator] = useState<DropIndicator | null>(null);
  const attach = useCallback(
    (list: HTMLElement | null) => {
      if (!list) return undefined;
      const targetFor = (dragged: unknown, input: { clientY: number }) => {
        const target = rowAt(list, input.clientY);
        return target && target.itemId !== dragged ? target : null;
      };
      return dropTargetForElements({
        element: list,
        canDrop: ({ source }) => source.data.areaId === areaId,
        onDrag: ({ source, location }) => {
          const next = targetFor(source.data.itemId, location.current.input);
          setIndicator((current) => (current?.itemId === next?.itemId && current?.edge === next?.edge ? current : next));
        },
        onDragLeave: () => setIndicator(null),
        onDrop: ({ source, location }) => {
          setIndicator(null);
          const target = targetFor(source.data.itemId, location.current.input);
          if (!target) return;
          const dragged = source.data.itemId as ItemId;
          const ids = itemsOf(selectWorkbook(workbookStore.getState()), areaId);
          const from = ids.indexOf(dragged);
          let to = ids.indexOf(target.itemId) + (target.edge === 'bottom' ? 1 : 0);
          // The index is counted after the dragged row leaves its place.
          if (from < to) to -= 1;
          workbookStore.getState().moveItemTo(dragged, to);
        },
      });
    },
    [areaId],
  );
  return { attach, indicator };
}
