// Pure changes to a workbook: each takes a workbook and returns a new one, never mutating its input.
// Change times and tombstones are not set here but by recordChanges (stamps.ts), for every change alike.
import { templateKey } from './guide';
import {
  AREA_IDS,
  areaIdsOf,
  type Clock,
  isCalendarDay,
  type Item,
  NO_CRITERIA,
  type ItemId,
  itemsOf,
  own,
  type PlanGuide,
  type TemplateShape,
  type Workbook,
  type AreaId,
} from './model';

/** What a new or reset item starts with besides its text. */
export const NEW_ITEM_FIELDS = {
  status: 'todo',
  notes: '',
  owner: '',
  due: null,
  priority: null,
  criteria: NO_CRITERIA,
} as const satisfies Partial<Item>;

function seedArea(template: TemplateShape, areaId: AreaId, clock: Clock): Item[] {
  return template.areas[areaId].items.map((_, index) => ({
    id: clock.newId(),
    areaId,
    templateKey: templateKey(areaId, index),
    title: null,
    detail: null,
    ...NEW_ITEM_FIELDS,
    updatedAt: clock.now(),
    changedAt: {},
  }));
}

/** A fresh workbook holding every item of the guide, none done. */
export function createWorkbook(template: TemplateShape, clock: Clock): Workbook {
  const items: Record<ItemId, Item> = {};
  const order: Record<string, ItemId[]> = {};
  const orderChangedAt: Record<string, number> = {};
  for (const areaId of AREA_IDS) {
    const seeded = seedArea(template, areaId, clock);
    for (const item of seeded) items[item.id] = item;
    order[areaId] = seeded.map((item) => item.id);
    orderChangedAt[areaId] = 0;
  }
  return {
    id: clock.newId(),
    name: null,
    createdAt: clock.now(),
    guide: null,
    items,
    order,
    orderChangedAt,
    nameChangedAt: 0,
    company: null,
    companyChangedAt: 0,
    deleted: {},
  };
}

/** A plan with no items, for a founder who starts from a clean sheet; with the areas of `guide` when given. */
export function blankWorkbook(clock: Clock, guide: PlanGuide | null = null): Workbook {
  const perArea = <T>(value: () => T) => Object.fromEntries(areaIdsOf({ guide }).map((areaId) => [areaId, value()]));
  return {
    id: clock.newId(),
    name: null,
    createdAt: clock.now(),
    guide,
    items: {},
    order: perArea((): ItemId[] => []),
    orderChangedAt: perArea(() => 0),
    nameChangedAt: 0,
    company: null,
    companyChangedAt: 0,
    deleted: {},
  };
}

/** Another plan with the same items, tracking and notes, under new ids and with `name`; what was deleted stays behind. */
export function copyWorkbook(workbook: Workbook, name: string, clock: Clock): Workbook {
  const items: Record<ItemId, Item> = {};
  const newIds = new Map<ItemId, ItemId>();
  for (const id in workbook.items) {
    const item = workbook.items[id] as Item;
    const copy = { ...item, id: clock.newId() };
    newIds.set(id, copy.id);
    items[copy.id] = copy;
  }
  const order: Record<string, ItemId[]> = {};
  for (const areaId of areaIdsOf(workbook)) order[areaId] = itemsOf(workbook, areaId).flatMap((id) => newIds.get(id) ?? []);
  const now = clock.now();
  return { ...workbook, id: clock.newId(), name, nameChangedAt: now, createdAt: now, items, order, deleted: {} };
}

/** Puts a changed item in place: the one copy of the items map a single-item change costs. */
export function replaceItem(workbook: Workbook, item: Item): Workbook {
  if (workbook.items[item.id] === item) return workbook;
  const items = copyItems(workbook.items);
  items[item.id] = item;
  return { ...workbook, items };
}

// A plan of thousands of items keeps them in a dictionary-mode object, which a for-in loop copies
// in about half the time of a spread; this copy is on the path of every tick and keystroke.
function copyItems(items: Workbook['items']): Workbook['items'] {
  const copy: Workbook['items'] = {};
  for (const id in items) copy[id] = items[id] as Item;
  return copy;
}

/** Applies an item-level change to the item with this id; a missing item or no change returns the workbook. */
function changeItem(workbook: Workbook, itemId: ItemId, change: (item: Item) => Item): Workbook {
  const item = own(workbook.items, itemId);
  return item ? replaceItem(workbook, change(item)) : workbook;
}

export type TitleCheck = { ok: true; title: string } | { ok: false; reason: 'blank' };

// Spaces and characters that take no room (zero-width space, joiners, byte-order mark): a title made
// only of these shows as nothing, so it is as blank as an empty one.
const INVISIBLE = /[\s\p{Cf}]/gu;

/** Titles are trimmed; a blank one is refused rather than saved as an invisible item. */
export function checkTitle(title: string): TitleCheck {
  const trimmed = title.trim();
  return trimmed.replace(INVISIBLE, '') ? { ok: true, title: trimmed } : { ok: false, reason: 'blank' };
}

// The editor's title field is one line, so no title typed there holds a line break.
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/**
 * Whether a title from a file or saved data is one the editor could have saved: not blank, on one
 * line. (A guide item's null title, following the guide's text, is not a title to check.)
 */
export function isSavableTitle(title: string): boolean {
  return checkTitle(title).ok && !LINE_BREAK.test(title);
}

export function addItem(
  workbook: Workbook,
  areaId: string,
  input: { title: string; detail?: string },
  clock: Clock,
): { workbook: Workbook; itemId: ItemId } | { workbook: Workbook; error: 'blank' } {
  const checked = checkTitle(input.title);
  if (!checked.ok) return { workbook, error: checked.reason };
  const item: Item = {
    id: clock.newId(),
    areaId,
    templateKey: null,
    title: checked.title,
    detail: input.detail?.trim() ?? '',
    ...NEW_ITEM_FIELDS,
    updatedAt: clock.now(),
    changedAt: {},
  };
  return {
    itemId: item.id,
    workbook: {
      ...workbook,
      items: { ...workbook.items, [item.id]: item },
      order: { ...workbook.order, [areaId]: [...itemsOf(workbook, areaId), item.id] },
    },
  };
}

/**
 * Saves the fields the user changed. Only the fields passed become the user's own text, so an
 * edited title does not freeze a detail that still follows the guide's language.
 */
/** The user's own title and/or detail; a blank title is refused. */
export function withText(item: Item, changes: { title?: string; detail?: string }): Item | { error: 'blank' } {
  const patch: Partial<Item> = {};
  if (changes.title !== undefined) {
    const checked = checkTitle(changes.title);
    if (!checked.ok) return { error: checked.reason };
    patch.title = checked.title;
  }
  if (changes.detail !== undefined) patch.detail = changes.detail.trim();
  return Object.keys(patch).length === 0 ? item : { ...item, ...patch };
}

export function editItem(
  workbook: Workbook,
  itemId: ItemId,
  changes: { title?: string; detail?: string },
): { workbook: Workbook } | { workbook: Workbook; error: 'blank' } {
  const item = own(workbook.items, itemId);
  if (!item) return { workbook };
  const next = withText(item, changes);
  return 'error' in next ? { workbook, error: next.error } : { workbook: replaceItem(workbook, next) };
}

/** Ticking means Done; unticking returns the item to To do. */
export function withTick(item: Item, done: boolean): Item {
  return (item.status === 'done') === done ? item : { ...item, status: done ? 'done' : 'todo' };
}

export function toggleItem(workbook: Workbook, itemId: ItemId, done: boolean): Workbook {
  return changeItem(workbook, itemId, (item) => withTick(item, done));
}

export type TrackingChanges = Partial<Pick<Item, 'status' | 'owner' | 'due' | 'priority'>>;

/**
 * Status, owner, due date and priority. An empty due date is none, one that is not a calendar day
 * is no change; the owner is kept as typed.
 */
export function withTracking(item: Item, changes: TrackingChanges): Item {
  const patch: TrackingChanges = { ...changes };
  if (patch.due !== undefined) patch.due = patch.due || null;
  if (patch.due && !isCalendarDay(patch.due)) delete patch.due;
  const changed = (Object.keys(patch) as (keyof TrackingChanges)[]).some((key) => item[key] !== patch[key]);
  return changed ? { ...item, ...patch } : item;
}

export function trackItem(workbook: Workbook, itemId: ItemId, changes: TrackingChanges): Workbook {
  return changeItem(workbook, itemId, (item) => withTracking(item, changes));
}

export function withNotes(item: Item, notes: string): Item {
  return item.notes === notes ? item : { ...item, notes };
}

export function setNotes(workbook: Workbook, itemId: ItemId, notes: string): Workbook {
  return changeItem(workbook, itemId, (item) => withNotes(item, notes));
}

/** What it takes to put a deleted item back where it was. */
export interface DeletedItem {
  item: Item;
  index: number;
}

export function deleteItem(workbook: Workbook, itemId: ItemId): { workbook: Workbook; deleted: DeletedItem | null } {
  const item = own(workbook.items, itemId);
  if (!item) return { workbook, deleted: null };
  const ids = itemsOf(workbook, item.areaId);
  const { [itemId]: _removed, ...items } = workbook.items;
  return {
    deleted: { item, index: ids.indexOf(itemId) },
    workbook: { ...workbook, items, order: { ...workbook.order, [item.areaId]: ids.filter((id) => id !== itemId) } },
  };
}

export function restoreItem(workbook: Workbook, { item, index }: DeletedItem): Workbook {
  if (Object.hasOwn(workbook.items, item.id)) return workbook;
  const ids = [...itemsOf(workbook, item.areaId)];
  ids.splice(Math.min(index, ids.length), 0, item.id);
  return {
    ...workbook,
    items: { ...workbook.items, [item.id]: item },
    order: { ...workbook.order, [item.areaId]: ids },
  };
}

/** Moves an item by `offset` places within its area; a move past either end does nothing. */
export function moveItem(workbook: Workbook, itemId: ItemId, offset: number): Workbook {
  const item = own(workbook.items, itemId);
  if (!item) return workbook;
  const from = itemsOf(workbook, item.areaId).indexOf(itemId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= itemsOf(workbook, item.areaId).length) return workbook;
  return moveItemTo(workbook, itemId, to);
}

/** Puts an item at `index` of its area's order, counted after taking it out (a drag and drop). */
export function moveItemTo(workbook: Workbook, itemId: ItemId, index: number): Workbook {
  const item = own(workbook.items, itemId);
  if (!item) return workbook;
  const ids = itemsOf(workbook, item.areaId);
  const from = ids.indexOf(itemId);
  const to = Math.max(0, Math.min(index, ids.length - 1));
  if (from < 0 || from === to) return workbook;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, itemId);
  return { ...workbook, order: { ...workbook.order, [item.areaId]: next } };
}

/** An area's items and order as they were, so a reset can be undone exactly. */
export interface AreaSnapshot {
  areaId: string;
  items: Item[];
}

export function snapshotArea(workbook: Workbook, areaId: string): AreaSnapshot {
  return { areaId, items: itemsOf(workbook, areaId).flatMap((id) => own(workbook.items, id) ?? []) };
}

/** Replaces an area's items with the given ones, in that order. */
export function replaceArea(workbook: Workbook, { areaId, items: replacement }: AreaSnapshot): Workbook {
  const items = { ...workbook.items };
  for (const id of itemsOf(workbook, areaId)) delete items[id];
  for (const item of replacement) items[item.id] = item;
  return { ...workbook, items, order: { ...workbook.order, [areaId]: replacement.map((item) => item.id) } };
}

/** Puts an area back to the guide's items, unticked and without notes. */
export function resetArea(
  workbook: Workbook,
  areaId: AreaId,
  template: TemplateShape,
  clock: Clock,
): { workbook: Workbook; previous: AreaSnapshot } {
  return {
    previous: snapshotArea(workbook, areaId),
    workbook: replaceArea(workbook, { areaId, items: seedArea(template, areaId, clock) }),
  };
}

/** The plan's name and the company or founders' name, as typed; blank means not given. */
export function setPlanDetails(workbook: Workbook, details: { name?: string; company?: string }): Workbook {
  const name = details.name === undefined ? workbook.name : details.name.trim() === '' ? null : details.name;
  const company = details.company === undefined ? workbook.company : details.company.trim() === '' ? null : details.company;
  return name === workbook.name && company === workbook.company ? workbook : { ...workbook, name, company };
}

/**
 * Two workbooks seeded separately give the same guide bullet different ids. Before merging an
 * imported plan, an incoming seeded item takes the id of the live local item seeded from the same
 * bullet, so a merge does not list every guide item twice.
 */
export function alignSeededItems(local: Workbook, incoming: Workbook): Workbook {
  const localByKey = new Map<string, ItemId>();
  for (const item of Object.values(local.items)) if (item.templateKey) localByKey.set(item.templateKey, item.id);
  const renamed = new Map<ItemId, ItemId>();
  for (const item of Object.values(incoming.items)) {
    const localId = item.templateKey ? localByKey.get(item.templateKey) : undefined;
    if (localId && localId !== item.id && !Object.hasOwn(incoming.items, localId)) renamed.set(item.id, localId);
  }
  if (renamed.size === 0) return incoming;
  const rename = (id: ItemId) => renamed.get(id) ?? id;
  const items: Record<ItemId, Item> = {};
  for (const item of Object.values(incoming.items)) items[rename(item.id)] = { ...item, id: rename(item.id) };
  const order: Record<string, ItemId[]> = {};
  for (const areaId of areaIdsOf(incoming)) order[areaId] = itemsOf(incoming, areaId).map(rename);
  return { ...incoming, items, order };
}

/** The items of `before` that `after` no longer has, with where each stood in its area. */
export function removedItems(before: Workbook, after: Workbook): DeletedItem[] {
  if (before.items === after.items) return [];
  const removed: DeletedItem[] = [];
  for (const id in before.items) {
    const item = before.items[id] as Item;
    if (!Object.hasOwn(after.items, id)) removed.push({ item, index: itemsOf(before, item.areaId).indexOf(id) });
  }
  return removed;
}
