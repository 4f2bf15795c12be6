// Records when things changed: stamps edited fields, tombstones deleted items, dates reordered areas.
import { ITEM_FIELDS, type Item, sameFieldValue, type ItemId, own, type Workbook, itemsOf, areaIdsOf } from './model';

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The item after a change, with the changed fields (all of them for a new item) dated `now`. */
export function stampItem(previous: Item | undefined, item: Item, now: number): Item {
  const changedAt = { ...item.changedAt };
  for (const field of ITEM_FIELDS) {
    if (!previous || !sameFieldValue(previous[field], item[field])) changedAt[field] = now;
  }
  return { ...item, changedAt, updatedAt: now };
}

/**
 * Compares a workbook before and after a change and stamps what differs with `now`. Every change
 * goes through here (actions, undo, redo, imports), so merges with other tabs and backups can
 * always tell the newer edit, and an undone deletion counts as newer than its tombstone.
 * Unchanged items are compared by reference, so a change costs one pass over the item ids.
 */
export function recordChanges(before: Workbook, after: Workbook, now: number): Workbook {
  if (before === after) return after;
  let items: Record<ItemId, Item> | null = null;
  let deleted: Record<ItemId, number> | null = null;

  for (const id in after.items) {
    const item = after.items[id] as Item;
    const previous = own(before.items, id);
    if (previous === item) continue;
    items ??= { ...after.items };
    items[id] = stampItem(previous, item, now);
    if (Object.hasOwn(after.deleted, id)) {
      deleted ??= { ...after.deleted };
      delete deleted[id];
    }
  }
  for (const id in before.items) {
    if (!Object.hasOwn(after.items, id)) {
      deleted ??= { ...after.deleted };
      deleted[id] = now;
    }
  }

  let orderChangedAt: Record<string, number> | null = null;
  for (const areaId of areaIdsOf(after)) {
    if (itemsOf(before, areaId) !== itemsOf(after, areaId) && !sameIds(itemsOf(before, areaId), itemsOf(after, areaId))) {
      orderChangedAt ??= { ...after.orderChangedAt };
      orderChangedAt[areaId] = now;
    }
  }
  const nameChangedAt = before.name === after.name ? after.nameChangedAt : now;
  const companyChangedAt = before.company === after.company ? after.companyChangedAt : now;

  if (
    !items &&
    !deleted &&
    !orderChangedAt &&
    nameChangedAt === after.nameChangedAt &&
    companyChangedAt === after.companyChangedAt
  ) {
    return after;
  }
  return {
    ...after,
    items: items ?? after.items,
    deleted: deleted ?? after.deleted,
    orderChangedAt: orderChangedAt ?? after.orderChangedAt,
    nameChangedAt,
    companyChangedAt,
  };
}

/**
 * When the user last changed the plan, read from its stamps; 0 for a plan as the guide seeded it.
 * Items' `updatedAt` is not read: seeding sets it too, so it would count a fresh plan as changed.
 */
export function lastChangedAt(workbook: Workbook): number {
  let latest = Math.max(workbook.nameChangedAt, workbook.companyChangedAt);
  for (const at of Object.values(workbook.orderChangedAt)) latest = Math.max(latest, at);
  for (const id in workbook.deleted) latest = Math.max(latest, workbook.deleted[id] as number);
  for (const id in workbook.items) {
    const { changedAt } = workbook.items[id] as Item;
    for (const field in changedAt) latest = Math.max(latest, changedAt[field as keyof typeof changedAt] ?? 0);
  }
  return latest;
}
