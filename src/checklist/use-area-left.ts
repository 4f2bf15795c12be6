// The area just left stays in the page, hidden, until the browser is idle. Taking down a long
// area's rows is most of the work of leaving it (about 15 ms for 500 rows on the bench machine, and
// as much again for React to let go of them); this way it happens after the next screen is on
// screen instead of before, whether that screen is another area, the dashboard or search.
import { useEffect, useState } from 'react';
import { whenIdle } from '../ui/when-idle';
import type { AreaId } from '../workbook/model';
import { type AreaFilter, sameFilter } from '../workbook/filters';

export interface ShownArea {
  areaId: AreaId;
  /** The filter it was shown with, so its list stays as it was: no row is added or taken away while it waits. */
  filter: AreaFilter;
}

/**
 * The area shown before `open` (null: no area is open now), while it waits to be taken down; null
 * once it is gone, or when it is the one opening again, which then reuses its rows.
 */
export function useAreaLeft(open: ShownArea | null): ShownArea | null {
  const [shown, setShown] = useState<ShownArea | null>(open);
  const [left, setLeft] = useState<ShownArea | null>(null);
  // Updated while rendering (React's pattern for state derived from props), so the area left and
  // the one arriving change places in a single commit.
  if (shown?.areaId !== open?.areaId) {
    const waiting = shown ?? left;
    setLeft(waiting?.areaId === open?.areaId ? null : waiting);
    setShown(open);
  } else if (shown && open && !sameFilter(shown.filter, open.filter)) {
    setShown(open);
  }

  useEffect(() => {
    if (!left) return;
    return whenIdle(() => setLeft(null), { timeout: 1000, fallbackDelay: 100 });
  }, [left]);

  return left;
}
