// Tracking rules: the user's "today", overdue and due soon, status counts, owners' loads, and the
// dashboard's lists. Filters and search, which only the area and search screens use, are in filters.ts.
import { type Item, STATUSES, type Status, type Workbook, itemsOf, areaIdsOf } from './model';

/** A calendar day as YYYY-MM-DD, the same form a date input gives. */
export type Day = string;

/**
 * The calendar day it is at `now` where the user is (or in `timeZone`). Due dates are plain days,
 * so "overdue" turns at the user's own midnight, not at UTC's.
 */
export function localDay(now: Date, timeZone?: string): Day {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(day: Day, days: number): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC keeps the arithmetic clear of daylight-saving edges.
  const moved = new Date(Date.UTC(year, month - 1, date + days, 12));
  return moved.toISOString().slice(0, 10);
}

const isOpen = (item: Item) => item.status !== 'done' && item.status !== 'na';

/** Due before today and neither done nor not applicable. */
export function isOverdue(item: Item, today: Day): boolean {
  return item.due !== null && item.due < today && isOpen(item);
}

/** Open and due from today up to `days` days ahead. */
export function isDueSoon(item: Item, today: Day, days = 14): boolean {
  return isDueBetween(item, today, addDays(today, days));
}

const isDueBetween = (item: Item, first: Day, last: Day) =>
  item.due !== null && isOpen(item) && item.due >= first && item.due <= last;

/**
 * Every item in the order a person reads the plan: area by area, top to bottom. The lists below
 * take it rather than the workbook, so a screen showing several of them walks the plan once.
 */
export function itemsInOrder(workbook: Workbook): Item[] {
  const items: Item[] = [];
  for (const areaId of areaIdsOf(workbook)) {
    for (const id of itemsOf(workbook, areaId)) {
      const item = workbook.items[id];
      if (item) items.push(item);
    }
  }
  return items;
}

export function statusCounts(items: readonly Item[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const item of items) counts[item.status] += 1;
  return counts;
}

export interface OwnerSummary {
  owner: string;
  done: number;
  open: number;
}

/** Each owner's done and open items (not applicable ones are neither), busiest first. */
export function ownerSummaries(items: readonly Item[]): OwnerSummary[] {
  const byOwner = new Map<string, OwnerSummary>();
  for (const item of items) {
    const owner = item.owner.trim();
    if (!owner || item.status === 'na') continue;
    const summary = byOwner.get(owner) ?? { owner, done: 0, open: 0 };
    if (item.status === 'done') summary.done += 1;
    else summary.open += 1;
    byOwner.set(owner, summary);
  }
  return [...byOwner.values()].sort((a, b) => b.open - a.open || b.done - a.done || a.owner.localeCompare(b.owner));
}

export function overdueItems(items: readonly Item[], today: Day): Item[] {
  return items.filter((item) => isOverdue(item, today)).sort((a, b) => (a.due as string).localeCompare(b.due as string));
}

export function dueSoonItems(items: readonly Item[], today: Day, days = 14): Item[] {
  const last = addDays(today, days);
  return items.filter((item) => isDueBetween(item, today, last)).sort((a, b) => (a.due as string).localeCompare(b.due as string));
}

/** Done items, most recently completed first (by when their status last changed). */
export function recentlyCompleted(items: readonly Item[], limit = 5): Item[] {
  return items
    .filter((item) => item.status === 'done')
    .sort((a, b) => (b.changedAt.status ?? 0) - (a.changedAt.status ?? 0))
    .slice(0, limit);
}
