// How far the plan is: done and total per area and overall, as counts and a whole percent.
// Not applicable items count in neither, so 1 done of 4 with 1 not applicable is 1 of 3.
import { type Workbook, itemsOf, areaIdsOf } from './model';

export interface Progress {
  readonly done: number;
  readonly total: number;
  /** 0–100, rounded down so 100 means everything is done. */
  readonly percent: number;
}

export function toProgress(done: number, total: number): Progress {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

export function areaProgress(workbook: Workbook, areaId: string): Progress {
  let done = 0;
  let total = 0;
  for (const id of itemsOf(workbook, areaId)) {
    const status = workbook.items[id]?.status;
    if (status === 'na' || status === undefined) continue;
    total += 1;
    if (status === 'done') done += 1;
  }
  return toProgress(done, total);
}

export function overallProgress(workbook: Workbook): Progress {
  let done = 0;
  let total = 0;
  for (const areaId of areaIdsOf(workbook)) {
    const area = areaProgress(workbook, areaId);
    done += area.done;
    total += area.total;
  }
  return toProgress(done, total);
}
