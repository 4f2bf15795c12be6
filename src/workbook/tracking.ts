// Tracking rules: the user's "today", overdue and due soon, owners, status counts, filters and search.
import { templateItem } from './guide';
import { singleItemChange } from './operations';
import { AREA_IDS, type AreaId, type Item, type ItemId, STATUSES, type Status, type Template, type Workbook } from './model';

/** A calendar day as YYYY-MM-DD, the same form a date input gives. */
export type Day = string;

/**
 * The calendar day it is at `now` where the user is (or in `timeZone`). Due dates are plain days,
 * so "overdue" turns at the user's own midnight, not at UTC's.
 */
const dayFormats = new Map<string | undefined, Intl.DateTimeFormat>();

export function localDay(now: Date, timeZone?: string): Day {
  // Building an Intl formatter costs far more than using one; a list of 500 rows asks for today 500 times.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
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
  return item.due !== null && isOpen(item) && item.due >= today && item.due <= addDays(today, days);
}

/** Every item in the order a person reads the plan: area by area, top to bottom. */
export function itemsInOrder(workbook: Workbook): Item[] {
  return AREA_IDS.flatMap((areaId) => workbook.order[areaId].flatMap((id) => workbook.items[id] ?? []));
}

export function statusCounts(workbook: Workbook): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const item of itemsInOrder(workbook)) counts[item.status] += 1;
  return counts;
}

let lastSuggestions: { items: Workbook['items']; owners: string[] } | null = null;

/** Owners already used in this workbook, most used first, for the owner field's suggestions. */
export function ownerSuggestions(workbook: Workbook): string[] {
  // Asked after every change by every owner field's list; most changes (a tick, a note) leave every
  // owner as it was, which comparing item by item tells far faster than counting owners again.
  const last = lastSuggestions;
  if (last && (last.items === workbook.items || sameOwners(last.items, workbook.items))) {
    lastSuggestions = { items: workbook.items, owners: last.owners };
    return last.owners;
  }
  const owners = countOwners(workbook);
  lastSuggestions = { items: workbook.items, owners };
  return owners;
}

function sameOwners(before: Workbook['items'], after: Workbook['items']): boolean {
  const changed = singleItemChange(before, after);
  if (changed !== undefined) return before[changed]?.owner === after[changed]?.owner;
  let count = 0;
  for (const id in after) {
    count += 1;
    const previous = before[id];
    if (previous !== after[id] && previous?.owner !== after[id]?.owner) return false;
  }
  return count === Object.keys(before).length;
}

function countOwners(workbook: Workbook): string[] {
  const uses = new Map<string, number>();
  for (const item of Object.values(workbook.items)) {
    const owner = item.owner.trim();
    if (owner) uses.set(owner, (uses.get(owner) ?? 0) + 1);
  }
  return [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([owner]) => owner);
}

export interface OwnerSummary {
  owner: string;
  done: number;
  open: number;
}

/** Each owner's done and open items (not applicable ones are neither), busiest first. */
export function ownerSummaries(workbook: Workbook): OwnerSummary[] {
  const byOwner = new Map<string, OwnerSummary>();
  for (const item of itemsInOrder(workbook)) {
    const owner = item.owner.trim();
    if (!owner || item.status === 'na') continue;
    const summary = byOwner.get(owner) ?? { owner, done: 0, open: 0 };
    if (item.status === 'done') summary.done += 1;
    else summary.open += 1;
    byOwner.set(owner, summary);
  }
  return [...byOwner.values()].sort((a, b) => b.open - a.open || b.done - a.done || a.owner.localeCompare(b.owner));
}

export function overdueItems(workbook: Workbook, today: Day): Item[] {
  return itemsInOrder(workbook)
    .filter((item) => isOverdue(item, today))
    .sort((a, b) => (a.due as string).localeCompare(b.due as string));
}

export function dueSoonItems(workbook: Workbook, today: Day, days = 14): Item[] {
  return itemsInOrder(workbook)
    .filter((item) => isDueSoon(item, today, days))
    .sort((a, b) => (a.due as string).localeCompare(b.due as string));
}

/** Done items, most recently completed first (by when their status last changed). */
export function recentlyCompleted(workbook: Workbook, limit = 5): Item[] {
  return itemsInOrder(workbook)
    .filter((item) => item.status === 'done')
    .sort((a, b) => (b.changedAt.status ?? 0) - (a.changedAt.status ?? 0))
    .slice(0, limit);
}

export interface AreaFilter {
  status?: Status;
  owner?: string;
  overdue?: boolean;
}

export function hasFilter(filter: AreaFilter): boolean {
  return filter.status !== undefined || filter.owner !== undefined || filter.overdue === true;
}

export function sameFilter(a: AreaFilter, b: AreaFilter): boolean {
  return a.status === b.status && a.owner === b.owner && (a.overdue === true) === (b.overdue === true);
}

export function filterArea(workbook: Workbook, areaId: AreaId, filter: AreaFilter, today: Day): ItemId[] {
  const ids = workbook.order[areaId];
  if (!hasFilter(filter)) return ids;
  return ids.filter((id) => {
    const item = workbook.items[id];
    if (!item) return false;
    if (filter.status !== undefined && item.status !== filter.status) return false;
    if (filter.owner !== undefined && item.owner.trim() !== filter.owner) return false;
    if (filter.overdue && !isOverdue(item, today)) return false;
    return true;
  });
}

/** Case- and width-insensitive text for matching ("ＡＩ" finds "ai"). */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

export interface SearchHit {
  areaId: AreaId;
  itemId: ItemId;
}

/**
 * Finds items whose title, detail, notes or owner contain every word of the query. Items seeded
 * from the guide match in both languages, so a Chinese word finds an item shown in English.
 */
export function searchItems(workbook: Workbook, query: string, templates: readonly Template[]): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const item of itemsInOrder(workbook)) {
    const texts = [item.title ?? '', item.detail ?? '', item.notes, item.owner];
    if (item.templateKey) {
      for (const template of templates) {
        const seeded = templateItem(template, item.templateKey);
        if (seeded) texts.push(item.title === null ? seeded.title : '', item.detail === null ? seeded.detail : '');
      }
    }
    const haystack = fold(texts.join('\n'));
    if (words.every((word) => haystack.includes(word))) hits.push({ areaId: item.areaId, itemId: item.id });
  }
  return hits;
}
