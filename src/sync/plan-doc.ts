// A plan as a Yjs document, and the way between it and the store's Workbook. Pure: yjs and the domain only.
//
// Shape: `items` maps each item id to a Y.Map of that item's fields, so two people changing different
// fields of one item both keep their change; `plan` holds the plan's details. An item's place in its
// area is a fractional-index string of its own (`order`), so a move writes one field and two people
// moving items at once never duplicate one. A deleted item keeps its map with a `deleted` time: an edit
// made elsewhere at the same moment stays inside it, and comes back with it if the deletion is undone.
import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { diffWorkbook } from '../workbook/steps';
import { isSavableTitle } from '../workbook/operations';
import {
  ITEM_FIELDS,
  type Item,
  type ItemField,
  type ItemId,
  isBuiltInName,
  isCalendarDay,
  isTemplateKey,
  own,
  PRIORITIES,
  type Priority,
  sameFieldValue,
  NO_CRITERIA,
  type ItemCriteria,
  STATUSES,
  type Status,
  type Workbook,
  itemsOf,
  areaIdsOf,
  isAreaOf,
  MAX_PLAN_AREAS,
  planAreaIds,
  type PlanGuide,
} from '../workbook/model';

/** The document's two top-level maps. */
export function planMaps(doc: Y.Doc) {
  return { items: doc.getMap<Y.Map<unknown>>('items'), plan: doc.getMap<unknown>('plan') };
}

const stampKey = (field: ItemField) => `at:${field}`;
const orderStampKey = (areaId: string) => `orderChangedAt:${areaId}`;

/** Criteria as the document holds them (a plain object); anything malformed in them is left out. */
function readCriteria(value: unknown): ItemCriteria {
  if (typeof value !== 'object' || value === null) return NO_CRITERIA;
  const { met, own: mine } = value as { met?: unknown; own?: unknown };
  return {
    met: Array.isArray(met) ? met.filter((id): id is string => typeof id === 'string') : [],
    own: Array.isArray(mine)
      ? mine.filter(
          (entry): entry is ItemCriteria['own'][number] =>
            typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.text === 'string',
        )
      : [],
  };
}

/**
 * Each field as read from the document, where anyone with the edit link may have written anything:
 * a value of the wrong kind reads as the field's empty value, never as something the screens cannot show.
 */
const READ_FIELD: { [F in ItemField]: (value: unknown) => Item[F] } = {
  title: (value) => (typeof value === 'string' ? value : null),
  detail: (value) => (typeof value === 'string' ? value : null),
  status: (value) => ((STATUSES as readonly unknown[]).includes(value) ? (value as Status) : 'todo'),
  notes: (value) => (typeof value === 'string' ? value : ''),
  owner: (value) => (typeof value === 'string' ? value : ''),
  due: (value) => (typeof value === 'string' && isCalendarDay(value) ? value : null),
  priority: (value) => ((PRIORITIES as readonly unknown[]).includes(value) ? (value as Priority) : null),
  criteria: readCriteria,
};

const time = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

function sameStamps(a: Item['changedAt'], b: Item['changedAt']): boolean {
  return ITEM_FIELDS.every((field) => a[field] === b[field]);
}

/** The item a map holds, or null for a deleted or unreadable one. `previous` is returned when nothing differs. */
function readItem(id: ItemId, map: Y.Map<unknown>, previous: Item | undefined, plan: Pick<Workbook, 'guide'>): Item | null {
  const areaId = map.get('areaId');
  if (!isAreaOf(plan, areaId) || map.has('deleted')) return null;
  const rawKey = map.get('templateKey');
  const templateKey = typeof rawKey === 'string' && isTemplateKey(rawKey) ? rawKey : null;
  const changedAt: Item['changedAt'] = {};
  for (const field of ITEM_FIELDS) {
    const at = time(map.get(stampKey(field)));
    if (at !== undefined) changedAt[field] = at;
  }
  const item = {
    id,
    areaId,
    templateKey,
    title: READ_FIELD.title(map.get('title')),
    detail: READ_FIELD.detail(map.get('detail')),
    status: READ_FIELD.status(map.get('status')),
    notes: READ_FIELD.notes(map.get('notes')),
    owner: READ_FIELD.owner(map.get('owner')),
    due: READ_FIELD.due(map.get('due')),
    priority: READ_FIELD.priority(map.get('priority')),
    criteria: READ_FIELD.criteria(map.get('criteria')),
    updatedAt: time(map.get('updatedAt')) ?? 0,
    changedAt,
  } satisfies Item;
  if (
    previous &&
    previous.areaId === item.areaId &&
    previous.templateKey === item.templateKey &&
    previous.updatedAt === item.updatedAt &&
    ITEM_FIELDS.every((field) => sameFieldValue(previous[field], item[field])) &&
    sameStamps(previous.changedAt, item.changedAt)
  ) {
    return previous;
  }
  return item;
}

/**
 * The imported guide the document's plan was made from, as anyone with the edit link may have written it:
 * anything but a well-formed one reads as the built-in guide. `previous` is returned when it is the same.
 */
function readGuide(value: unknown, previous: PlanGuide | null): PlanGuide | null {
  if (typeof value !== 'object' || value === null) return null;
  const { title, introduction, areas } = value as Partial<Record<keyof PlanGuide, unknown>>;
  if (typeof title !== 'string' || typeof introduction !== 'string' || !Array.isArray(areas)) return null;
  if (areas.length === 0 || areas.length > MAX_PLAN_AREAS) return null;
  const ids = planAreaIds(areas.length);
  const wellFormed = areas.every(
    (area, index) =>
      typeof area === 'object' &&
      area !== null &&
      area.id === ids[index] &&
      typeof area.title === 'string' &&
      isSavableTitle(area.title) &&
      typeof area.question === 'string',
  );
  if (!wellFormed) return null;
  const guide: PlanGuide = {
    title,
    introduction,
    areas: areas.map(({ id, title: areaTitle, question }) => ({ id, title: areaTitle, question })),
  };
  return previous && JSON.stringify(previous) === JSON.stringify(guide) ? previous : guide;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

const byKeyThenId = (a: [string, ItemId], b: [string, ItemId]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/**
 * The document as the store's Workbook. `base` is the store's copy of this plan: its id is kept, and its
 * items, order lists and tombstones are reused wherever the document holds the same, so the screens
 * re-render only what changed (and `base` itself comes back when nothing did). `only`, the ids that
 * changed since `base` was read (`changedItemIds` of the document's events), skips reading the rest.
 */
export function workbookFromDoc(doc: Y.Doc, base: Workbook, only?: ReadonlySet<ItemId>): Workbook {
  const { items: itemMaps, plan } = planMaps(doc);
  const items: Record<ItemId, Item> = {};
  const deleted: Record<ItemId, number> = {};
  const guide = readGuide(plan.get('guide'), base.guide);
  const areaIds = areaIdsOf({ guide });
  const placed = Object.fromEntries(areaIds.map((areaId) => [areaId, [] as [string, ItemId][]]));
  let itemsChanged = false;
  let count = 0;
  for (const [id, map] of itemMaps) {
    if (!id || isBuiltInName(id) || !(map instanceof Y.Map)) continue;
    if (only && !only.has(id)) {
      // Unchanged since `base`: only its order key is read, to sort the area.
      const kept = own(base.items, id);
      const area = kept && own(placed, kept.areaId);
      if (kept && area) {
        items[id] = kept;
        count += 1;
        const key = map.get('order');
        area.push([typeof key === 'string' ? key : '', id]);
        continue;
      }
      const gone = own(base.deleted, id);
      if (gone !== undefined) {
        deleted[id] = gone;
        continue;
      }
    }
    const deletedAt = map.get('deleted');
    if (deletedAt !== undefined) {
      deleted[id] = time(deletedAt) ?? 0;
      continue;
    }
    const previous = own(base.items, id);
    const item = readItem(id, map, previous, { guide });
    const area = item && own(placed, item.areaId);
    if (!item || !area) continue;
    if (item !== previous) itemsChanged = true;
    items[id] = item;
    count += 1;
    const key = map.get('order');
    area.push([typeof key === 'string' ? key : '', id]);
  }
  if (!itemsChanged && count !== Object.keys(base.items).length) itemsChanged = true;

  const order: Workbook['order'] = {};
  const orderChangedAt: Workbook['orderChangedAt'] = {};
  let orderChanged = guide !== base.guide;
  for (const areaId of areaIds) {
    const ids = (own(placed, areaId) ?? []).sort(byKeyThenId).map(([, id]) => id);
    order[areaId] = sameList(ids, itemsOf(base, areaId)) ? itemsOf(base, areaId) : ids;
    orderChangedAt[areaId] = time(plan.get(orderStampKey(areaId))) ?? 0;
    if (order[areaId] !== itemsOf(base, areaId) || orderChangedAt[areaId] !== own(base.orderChangedAt, areaId))
      orderChanged = true;
  }

  const deletedIds = Object.keys(deleted);
  const sameDeleted =
    deletedIds.length === Object.keys(base.deleted).length && deletedIds.every((id) => own(base.deleted, id) === deleted[id]);
  const name = plan.get('name');
  const company = plan.get('company');
  const workbook: Workbook = {
    id: base.id,
    name: typeof name === 'string' ? name : null,
    createdAt: time(plan.get('createdAt')) ?? base.createdAt,
    guide,
    items: itemsChanged ? items : base.items,
    order: orderChanged ? order : base.order,
    orderChangedAt: orderChanged ? orderChangedAt : base.orderChangedAt,
    nameChangedAt: time(plan.get('nameChangedAt')) ?? 0,
    company: typeof company === 'string' ? company : null,
    companyChangedAt: time(plan.get('companyChangedAt')) ?? 0,
    deleted: sameDeleted ? base.deleted : deleted,
  };
  const same =
    !itemsChanged &&
    !orderChanged &&
    sameDeleted &&
    workbook.name === base.name &&
    workbook.createdAt === base.createdAt &&
    workbook.nameChangedAt === base.nameChangedAt &&
    workbook.company === base.company &&
    workbook.companyChangedAt === base.companyChangedAt;
  return same ? base : workbook;
}

/**
 * The ids of the items that a batch of `observeDeep` events on the `items` map touched: the items added
 * or removed, and those whose fields changed.
 */
export function changedItemIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): Set<ItemId> {
  const ids = new Set<ItemId>();
  for (const event of events) {
    const [id] = event.path;
    if (typeof id === 'string') ids.add(id);
    else for (const key of event.keys.keys()) ids.add(key);
  }
  return ids;
}

/** Writes `after`'s value and stamp of each field that `changed` names. */
function writeFields(map: Y.Map<unknown>, after: Item, changed: (field: ItemField) => boolean) {
  if (map.get('areaId') !== after.areaId) map.set('areaId', after.areaId);
  if (map.get('templateKey') !== after.templateKey) map.set('templateKey', after.templateKey);
  for (const field of ITEM_FIELDS) {
    if (!changed(field)) continue;
    map.set(field, after[field]);
    const at = after.changedAt[field];
    if (at !== undefined) map.set(stampKey(field), at);
  }
  map.set('updatedAt', after.updatedAt);
}

/**
 * New order keys for the items of `ids` (an area's new order) whose keys are missing or out of place.
 * The longest run already in order keeps its keys, so a move rewrites the moved item's key alone.
 */
function placeInOrder(itemMaps: Y.Map<Y.Map<unknown>>, ids: readonly ItemId[]) {
  const keys = ids.map((id) => {
    const key = itemMaps.get(id)?.get('order');
    return typeof key === 'string' && key !== '' ? key : null;
  });
  const keep = longestIncreasing(ids, keys);
  let index = 0;
  while (index < ids.length) {
    if (keep[index]) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < ids.length && !keep[end]) end += 1;
    // Two items given the same key at once (both inserted at one spot) leave no key strictly between
    // them; the right one then takes a new key too.
    const left = index > 0 ? (keys[index - 1] as string) : null;
    while (end < ids.length && left !== null && (keys[end] as string) <= left) {
      keep[end] = false;
      end += 1;
      while (end < ids.length && !keep[end]) end += 1;
    }
    const right = end < ids.length ? (keys[end] as string) : null;
    let fresh: string[];
    try {
      fresh = generateNKeysBetween(left, right, end - index);
    } catch {
      // A key someone wrote by hand that the library cannot read: place the whole area afresh.
      fresh = generateNKeysBetween(null, null, ids.length);
      index = 0;
      end = ids.length;
    }
    for (let i = index; i < end; i += 1) {
      keys[i] = fresh[i - index] as string;
      itemMaps.get(ids[i] as ItemId)?.set('order', keys[i]);
    }
    index = end;
  }
}

/** Which positions form the longest run whose (key, id) pairs already increase: those keep their keys. */
function longestIncreasing(ids: readonly ItemId[], keys: readonly (string | null)[]): boolean[] {
  const tails: number[] = [];
  const previous = new Array<number>(ids.length).fill(-1);
  const less = (a: number, b: number) =>
    byKeyThenId([keys[a] as string, ids[a] as string], [keys[b] as string, ids[b] as string]) < 0;
  ids.forEach((_, index) => {
    if (keys[index] === null) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (less(tails[middle] as number, index)) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = index;
  });
  const keep = new Array<boolean>(ids.length).fill(false);
  for (let at = tails.length ? (tails[tails.length - 1] as number) : -1; at >= 0; at = previous[at] as number) keep[at] = true;
  return keep;
}

/**
 * Writes what changed from `before` to `after` (the store's plan before and after one action) into the
 * document, in one transaction with `origin`, so a Y.UndoManager tracking that origin undoes exactly
 * this action. Only the fields the action changed are written: what others changed meanwhile stays.
 */
export function applyWorkbookChange(doc: Y.Doc, before: Workbook, after: Workbook, origin: unknown) {
  const step = diffWorkbook(before, after);
  if (!step) return;
  const { items: itemMaps, plan } = planMaps(doc);
  doc.transact(() => {
    for (const id in step.items) {
      const change = step.items[id];
      if (!change) continue;
      const map = itemMaps.get(id);
      const { before: was, after: is } = change;
      if (is) {
        if (!map) {
          const fresh = new Y.Map<unknown>();
          itemMaps.set(id, fresh);
          writeFields(fresh, is, () => true);
        } else if (was) {
          writeFields(map, is, (field) => was[field] !== is[field]);
        } else {
          // An item brought back: its map is the one deleted, holding whatever others wrote into it
          // meanwhile, which this copy predates (bringing back stamps every field, so stamps cannot tell).
          // Only a map that kept no fields (a tombstone alone) takes this copy's.
          map.delete('deleted');
          const empty = !map.has('areaId');
          writeFields(map, is, () => empty);
        }
      } else if (map && !map.has('deleted')) {
        map.set('deleted', own(after.deleted, id) ?? change.before?.updatedAt ?? 0);
      }
    }
    for (const areaId of areaIdsOf(after)) {
      if (!own(step.order, areaId)) continue;
      placeInOrder(itemMaps, itemsOf(after, areaId));
      plan.set(orderStampKey(areaId), own(after.orderChangedAt, areaId) ?? 0);
    }
    if (step.name) {
      plan.set('name', after.name);
      plan.set('nameChangedAt', after.nameChangedAt);
    }
    if (step.company) {
      plan.set('company', after.company);
      plan.set('companyChangedAt', after.companyChangedAt);
    }
  }, origin);
}

/** 32-bit FNV-1a: the seed's client id, the same wherever the same plan is seeded. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The origin of a seed's transaction; an UndoManager never tracks it, so no one can undo the plan away. */
export const SEED_ORIGIN = Symbol('seed');

/**
 * Puts a whole plan into a new shared document: the one its creator shares (its guide items, edits and
 * all). Does nothing to a document that already holds a plan, and returns whether it wrote.
 *
 * Only the creator seeds, when the document name is new and no one else has the link; someone opening a
 * link never seeds, and waits for the plan instead. Even so the seed is idempotent: it is written by a
 * client id derived from its own content, so the same plan seeded twice at once (the creator's two
 * tabs) makes byte-identical updates that Yjs merges into one, never two copies of any item.
 */
export function seedPlanDoc(doc: Y.Doc, workbook: Workbook, origin: unknown = SEED_ORIGIN): boolean {
  const existing = planMaps(doc);
  if (existing.items.size > 0 || existing.plan.size > 0) return false;
  const seedDoc = new Y.Doc();
  const entries: [ItemId, Record<string, unknown>][] = [];
  for (const areaId of areaIdsOf(workbook)) {
    const ids = itemsOf(workbook, areaId).filter((id) => own(workbook.items, id)?.areaId === areaId);
    const keys = generateNKeysBetween(null, null, ids.length);
    ids.forEach((id, index) => {
      const item = workbook.items[id] as Item;
      const fields: Record<string, unknown> = { areaId, templateKey: item.templateKey, order: keys[index] };
      for (const field of ITEM_FIELDS) {
        fields[field] = item[field];
        const at = item.changedAt[field];
        if (at !== undefined) fields[stampKey(field)] = at;
      }
      fields.updatedAt = item.updatedAt;
      entries.push([id, fields]);
    });
  }
  for (const id in workbook.deleted) if (!own(workbook.items, id)) entries.push([id, { deleted: workbook.deleted[id] }]);
  const details: Record<string, unknown> = {
    createdAt: workbook.createdAt,
    name: workbook.name,
    nameChangedAt: workbook.nameChangedAt,
    company: workbook.company,
    companyChangedAt: workbook.companyChangedAt,
    // Never changed once written: a plan keeps the guide it was made from.
    guide: workbook.guide,
  };
  for (const areaId of areaIdsOf(workbook)) details[orderStampKey(areaId)] = own(workbook.orderChangedAt, areaId) ?? 0;

  seedDoc.clientID = fnv1a(JSON.stringify([entries, details]));
  const seed = planMaps(seedDoc);
  seedDoc.transact(() => {
    for (const [id, fields] of entries) {
      const map = new Y.Map<unknown>();
      seed.items.set(id, map);
      for (const key in fields) map.set(key, fields[key]);
    }
    for (const key in details) seed.plan.set(key, details[key]);
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seedDoc), origin);
  seedDoc.destroy();
  return true;
}

/**
 * Undo and redo of this person's own changes: those written with `origin`. A teammate's change, even to
 * the same item, is never undone, and undoing a field a teammate has changed since leaves their value.
 */
export function planUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  const { items, plan } = planMaps(doc);
  return new Y.UndoManager([items, plan], { trackedOrigins: new Set([origin]) });
}
