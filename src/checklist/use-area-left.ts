// The area just left stays in the page, hidden, until the browser is idle. Taking down a long
// area's rows is most of an area switch's work (about 15 ms for 500 rows on the bench machine);
// this way it happens after the new area is on screen instead of before.
import { useEffect, useState } from 'react';
import { whenIdle } from '../ui/when-idle';
import type { AreaId } from '../workbook/model';
import { type AreaFilter, sameFilter } from '../workbook/filters';

export interface ShownArea {
  areaId: AreaId;
  /** The filter it was shown with, so its list stays as it was: no row is added or taken away while it waits. */
  filter: AreaFilter;
}

/** The area shown before this one, while it waits to be taken down; null once it is gone. */
export function useAreaLeft(areaId: AreaId, filter: AreaFilter): ShownArea | null {
  const [shown, setShown] = useState<ShownArea>({ areaId, filter });
  const [left, setLeft] = useState<ShownArea | null>(null);
  // Updated while rendering (React's pattern for state derived from props), so the area left and
  // the one arriving change places in a single commit.
  if (shown.areaId !== areaId) {
    setLeft(shown);
    setShown({ areaId, filter });
  } else if (!sameFilter(shown.filter, filter)) {
    setShown({ areaId, filter });
  }

  useEffect(() => {
    if (!left) return;
    return whenIdle(() => setLeft(null), { timeout: 1000, fallbackDelay: 100 });
  }, [left]);

  return left;
}
