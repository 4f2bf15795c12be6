// Drag and drop for checklist rows by their handle, on the browser's native drag events.
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { type RefObject, useEffect, useState } from 'react';
import { selectWorkbook } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import type { AreaId, ItemId } from '../workbook/model';

export type DropEdge = 'top' | 'bottom';

/**
 * Makes a row draggable by its handle and a drop target for rows of the same area. Returns the edge
 * a dragged row would land on, for the indicator. The Move up / Move down buttons remain the way
 * for the keyboard; this is the same move for the pointer.
 */
export function useRowDrag(
  row: RefObject<HTMLElement | null>,
  handle: RefObject<HTMLElement | null>,
  itemId: ItemId,
  areaId: AreaId,
): DropEdge | null {
  const [edge, setEdge] = useState<DropEdge | null>(null);

  useEffect(() => {
    const element = row.current;
    const dragHandle = handle.current;
    if (!element || !dragHandle) return;
    const edgeAt = (clientY: number): DropEdge => {
      const box = element.getBoundingClientRect();
      return clientY < box.top + box.height / 2 ? 'top' : 'bottom';
    };
    return combine(
      draggable({ element, dragHandle, getInitialData: () => ({ itemId, areaId }) }),
      dropTargetForElements({
        element,
        canDrop: ({ source }) => source.data.areaId === areaId && source.data.itemId !== itemId,
        getData: ({ input }) => ({ itemId, edge: edgeAt(input.clientY) }),
        onDrag: ({ self }) => setEdge(self.data.edge as DropEdge),
        onDragLeave: () => setEdge(null),
        onDrop: ({ source, self }) => {
          setEdge(null);
          const dragged = source.data.itemId as ItemId;
          const ids = selectWorkbook(workbookStore.getState()).order[areaId];
          const from = ids.indexOf(dragged);
          let to = ids.indexOf(itemId) + (self.data.edge === 'bottom' ? 1 : 0);
          // The index is counted after the dragged row leaves its place.
          if (from < to) to -= 1;
          workbookStore.getState().moveItemTo(dragged, to);
        },
      }),
    );
  }, [row, handle, itemId, areaId]);

  return edge;
}
