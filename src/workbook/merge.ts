// Merges two copies of a workbook (another tab's, a backup's) field by field, keeping every newer edit.
import { alignSeededItems } from './operations';
import { lastChangedAt } from './stamps';
import type { PersistedState } from './persisted-state';
import {
  ITEM_FIELDS,
  type Item,
  type ItemField,
  type ItemId,
  own,
  sameFieldValue,
  type Workbook,
  itemsOf,
  areaIdsOf,
} from './model';

const fieldTime = (item: Item, field: ItemField) => item.changedAt[field] ?? 0;

/** Equal times are rare; breaking ties by value makes every tab reach the same result. */
function remoteWins(localTime: number, remoteTime: number, localValue: unknown, remoteValue: unknown): boolean {
  if (remoteTime !== localTime) return remoteTime > localTime;
  return JSON.stringify(remoteValue) > JSON.stringify(localValue);
}

function mergeItem(local: Item, remote: Item): Item {
  let merged = local;
  for (const field of ITEM_FIELDS) {
    if (sameFieldValue(local[field], remote[field])) continue;
    if (!remoteWins(fieldTime(local, field), fieldTime(remote, field), local[field], remote[field])) continue;
    if (merged === local) merged = { ...local, changedAt: { ...local.changedAt } };
    (merged as unknown as Record<ItemField, unknown>)[field] = remote[field];
    merged.changedAt[field] = fieldTime(remote, field);
  }
  if (remote.updatedAt > merged.updatedAt) merged = { ...merged, updatedAt: remote.updatedAt };
  return merged;
}

function mergeOrder(areaId: string, local: Workbook, remote: Workbook, items: Record<ItemId, Item>): readonly ItemId[] {
  const localOrder = itemsOf(local, areaId);
  const remoteOrder = itemsOf(remote, areaId);
  const useRemote = remoteWins(
    own(local.orderChangedAt, areaId) ?? 0,
    own(remote.orderChangedAt, areaId) ?? 0,
    localOrder.join(),
    remoteOrder.join(),
  );
  const [base, other] = useRemote ? [remoteOrder, localOrder] : [localOrder, remoteOrder];
  const placed = new Set<ItemId>();
  const order: ItemId[] = [];
  // The newer arrangement first; items only the other copy has go after it, in that copy's order.
  for (const id of [...base, ...other]) {
    if (!placed.has(id) && own(items, id)?.areaId === areaId) {
      placed.add(id);
      order.push(id);
    }
  }
  return order.length === localOrder.length && order.every((id, i) => id === localOrder[i]) ? localOrder : order;
}

/**
 * The union of two copies of one workbook: for each field of each item the later edit wins; an item
 * deleted on one side stays deleted unless the other side changed it after the deletion. Returns
 * `local` itself when the remote copy brings nothing new, so callers can skip a needless write.
 */
export function mergeWorkbooks(local: Workbook, remote: Workbook): Workbook {
  const deleted: Record<ItemId, number> = { ...local.deleted };
  for (const id in remote.deleted) deleted[id] = Math.max(own(deleted, id) ?? 0, remote.deleted[id] as number);

  const items: Record<ItemId, Item> = {};
  let itemsChanged = false;
  const ids = new Set([...Object.keys(local.items), ...Object.keys(remote.items)]);
  for (const id of ids) {
    const l = own(local.items, id);
    const r = own(remote.items, id);
    const merged = l && r ? mergeItem(l, r) : ((l ?? r) as Item);
    const tombstone = own(deleted, id);
    if (tombstone !== undefined && merged.updatedAt <= tombstone) {
      if (l) itemsChanged = true;
      continue;
    }
    if (tombstone !== undefined) delete deleted[id];
    if (merged !== l) itemsChanged = true;
    items[id] = merged;
  }

  const order: Workbook['order'] = {};
  const orderChangedAt: Workbook['orderChangedAt'] = {};
  let orderChanged = false;
  // A plan's guide never changes, so both copies have the same areas.
  for (const areaId of areaIdsOf(local)) {
    order[areaId] = mergeOrder(areaId, local, remote, items);
    orderChangedAt[areaId] = Math.max(own(local.orderChangedAt, areaId) ?? 0, own(remote.orderChangedAt, areaId) ?? 0);
    if (order[areaId] !== itemsOf(local, areaId) || orderChangedAt[areaId] !== own(local.orderChangedAt, areaId)) {
      orderChanged = true;
    }
  }

  const name = remoteWins(local.nameChangedAt, remote.nameChangedAt, local.name, remote.name) ? remote.name : local.name;
  const nameChangedAt = Math.max(local.nameChangedAt, remote.nameChangedAt);
  const company = remoteWins(local.companyChangedAt, remote.companyChangedAt, local.company, remote.company)
    ? remote.company
    : local.company;
  const companyChangedAt = Math.max(local.companyChangedAt, remote.companyChangedAt);
  const deletedChanged =
    Object.keys(deleted).length !== Object.keys(local.deleted).length ||
    Object.keys(deleted).some((id) => deleted[id] !== own(local.deleted, id));

  const detailsChanged =
    name !== local.name ||
    nameChangedAt !== local.nameChangedAt ||
    company !== local.company ||
    companyChangedAt !== local.companyChangedAt;
  if (!itemsChanged && !orderChanged && !deletedChanged && !detailsChanged) return local;
  return {
    ...local,
    items: itemsChanged ? items : local.items,
    order,
    orderChangedAt,
    name,
    nameChangedAt,
    company,
    companyChangedAt,
    deleted: deletedChanged ? deleted : local.deleted,
  };
}

/**
 * What Import does to the current workbook. The store applies it and the import preview counts its
 * result, so the counts shown are those of the change made, deletions on either side included.
 */
export function importedWorkbook(current: Workbook, incoming: Workbook, mode: 'replace' | 'merge'): Workbook {
  // A plan keeps the guide it was made with: undo, other tabs and a shared document all count on
  // it, so a file of another guide changes nothing here and is added as a plan of its own instead.
  if (!canMerge(current, incoming)) return current;
  if (mode === 'replace') return { ...incoming, id: current.id, deleted: current.deleted };
  return mergeWorkbooks(current, alignSeededItems(current, incoming));
}

/**
 * Whether Merge can combine a file's plan with the current one: only when both follow the same
 * guide. The merge keeps the current plan's areas, so items of another guide would sit in areas the
 * plan lacks (and make the saved plan unreadable) or, with matching ids, in another section.
 */
export function canMerge(current: Workbook, incoming: Workbook): boolean {
  const a = current.guide;
  const b = incoming.guide;
  if (a === null || b === null) return a === b;
  return (
    a.title === b.title &&
    a.areas.length === b.areas.length &&
    a.areas.every((area, index) => {
      const other = b.areas[index];
      return other !== undefined && area.id === other.id && area.title === other.title && area.question === other.question;
    })
  );
}

/** A workbook nobody has changed since it was seeded. */
function isPristine(workbook: Workbook): boolean {
  return (
    workbook.nameChangedAt === 0 &&
    workbook.companyChangedAt === 0 &&
    Object.keys(workbook.deleted).length === 0 &&
    Object.values(workbook.orderChangedAt).every((at) => at === 0) &&
    Object.values(workbook.items).every((item) => Object.keys(item.changedAt).length === 0)
  );
}

type SavedPlans = Pick<PersistedState, 'workbooks' | 'activeWorkbookId' | 'deletedWorkbooks'>;

/**
 * This tab's workbooks after taking in what another tab saved: each workbook both hold merged, the
 * ones only the other tab has added, less the plans either tab deleted (unless changed after). Null
 * when the other tab's save brings nothing new.
 */
export function mergeSavedState(local: SavedPlans, remote: SavedPlans): SavedPlans | null {
  // Two tabs opened at once on a first visit each seed a workbook; an untouched one yields.
  if (!remote.workbooks.some((w) => w.id === local.activeWorkbookId) && local.workbooks.every(isPristine)) {
    return { workbooks: remote.workbooks, activeWorkbookId: remote.activeWorkbookId, deletedWorkbooks: remote.deletedWorkbooks };
  }
  const deletedWorkbooks = { ...local.deletedWorkbooks };
  for (const [id, at] of Object.entries(remote.deletedWorkbooks ?? {}))
    deletedWorkbooks[id] = Math.max(own(deletedWorkbooks, id) ?? 0, at);
  const merged = local.workbooks.map((mine) => {
    const theirs = remote.workbooks.find((w) => w.id === mine.id);
    return theirs ? mergeWorkbooks(mine, theirs) : mine;
  });
  const added = remote.workbooks.filter((w) => !local.workbooks.some((mine) => mine.id === w.id));
  // A plan deleted in one tab stays deleted, unless the other changed it after: then its change is kept.
  const kept = [...merged, ...added].filter((w) => (own(deletedWorkbooks, w.id) ?? -1) < lastChangedAt(w));
  const tombstonesChanged = Object.keys(deletedWorkbooks).length !== Object.keys(local.deletedWorkbooks ?? {}).length;
  if (
    !tombstonesChanged &&
    added.length === 0 &&
    kept.length === local.workbooks.length &&
    merged.every((w, i) => w === local.workbooks[i])
  ) {
    return null;
  }
  if (kept.length === 0) return null;
  const activeWorkbookId = kept.some((w) => w.id === local.activeWorkbookId) ? local.activeWorkbookId : (kept[0] as Workbook).id;
  return { workbooks: kept, activeWorkbookId, deletedWorkbooks };
}
