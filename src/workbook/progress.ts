// How far the plan is: done and total per area and overall, as counts and a whole percent.
import { AREA_IDS, type AreaId, type Workbook } from './model';

export interface Progress {
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means everything is done. */
  percent: number;
}

export function toProgress(done: number, total: number): Progress {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

export function areaProgress(workbook: Workbook, areaId: AreaId): Progress {
  const ids = workbook.order[areaId];
  let done = 0;
  for (const id of ids) if (workbook.items[id]?.done) done += 1;
  return toProgress(done, ids.length);
}

export function overallProgress(workbook: Workbook): Progress {
  let done = 0;
  let total = 0;
  for (const areaId of AREA_IDS) {
    const area = areaProgress(workbook, areaId);
    done += area.done;
    total += area.total;
  }
  return toProgress(done, total);
}
