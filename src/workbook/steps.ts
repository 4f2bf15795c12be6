// What one undoable step changed, so undo and redo can reverse or replay only that change on a plan
// that other tabs have changed since. Putting back a whole earlier copy would erase their work.
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
import { recordChanges } from './stamps';

/** An item as the step found it and as it left it; null where it did not exist (added or deleted). */
export interface ItemChange {
  before: Item | null;
  after: Item | null;
}

interface Change<T> {
  before: T;
  after: T;
}

export interface WorkbookStep {
  items: Record<ItemId, ItemChange>;
  order: Partial<Record<string, Change<readonly ItemId[]>>>;
  name?: Change<string | null>;
  company?: Change<string | null>;
}

/** A step's changes to each workbook it touched, by workbook id. */
export type Step = Record<string, WorkbookStep>;

export type Direction = 'undo' | 'redo';

function sameIds(a: readonly ItemId[], b: readonly ItemId[]): boolean {
  return a === b || (a.length === b.length && a.every((id, index) => id === b[index]));
}

/** The same item as far as a person can tell: stamps aside. */
function sameContent(a: Item, b: Item): boolean {
  return a === b || (a.areaId === b.areaId && ITEM_FIELDS.every((field) => sameFieldValue(a[field], b[field])));
}

/** What changed from `before` to `after`, stamps aside; null when nothing a person sees did. */
export function diffWorkbook(before: Workbook, after: Workbook): WorkbookStep | null {
  if (before === after) return null;
  const step: WorkbookStep = { items: {}, order: {} };
  let changed = false;
  if (before.items !== after.items) {
    // Every change keeps the items it did not touch, so one pass of reference checks finds the rest.
    for (const id in after.items) {
      const was = own(before.items, id) ?? null;
      const is = after.items[id] as Item;
      if (was === is || (was && sameContent(was, is))) continue;
      step.items[id] = { before: was, after: is };
      changed = true;
    }
    for (const id in before.items) {
      if (Object.hasOwn(after.items, id)) continue;
      step.items[id] = { before: before.items[id] as Item, after: null };
      changed = true;
    }
  }
  for (const areaId of areaIdsOf(after)) {
    if (sameIds(itemsOf(before, areaId), itemsOf(after, areaId))) continue;
    step.order[areaId] = { before: itemsOf(before, areaId), after: itemsOf(after, areaId) };
    changed = true;
  }
  if (before.name !== after.name) {
    step.name = { before: before.name, after: after.name };
    changed = true;
  }
  if (before.company !== after.company) {
    step.company = { before: before.company, after: after.company };
    changed = true;
  }
  return changed ? step : null;
}

/**
 * An item after two changes in a row. Only the fields the later change made are taken from it, so
 * an edit from another tab between the two does not become part of this tab's step.
 */
function laterItem(first: ItemChange, next: ItemChange): Item | null {
  if (!next.after || !first.after || !next.before) return next.after;
  const item = { ...first.after };
  for (const field of ITEM_FIELDS) {
    if (!sameFieldValue(next.before[field], next.after[field]))
      (item as unknown as Record<ItemField, unknown>)[field] = next.after[field];
  }
  return item;
}

/** One step made of two in a row (the keystrokes of one pause in typing). */
export function combineSteps(first: Step, next: Step): Step {
  const step: Step = { ...first };
  for (const id in next) {
    const a = own(first, id);
    const b = next[id] as WorkbookStep;
    if (!a) {
      step[id] = b;
      continue;
    }
    const items = { ...a.items };
    for (const itemId in b.items) {
      const earlier = own(a.items, itemId);
      const later = b.items[itemId] as ItemChange;
      items[itemId] = earlier ? { before: earlier.before, after: laterItem(earlier, later) } : later;
    }
    const order = { ...a.order };
    for (const areaId of Object.keys(b.order)) {
      const later = own(b.order, areaId);
      if (later) order[areaId] = { before: own(a.order, areaId)?.before ?? later.before, after: later.after };
    }
    step[id] = {
      items,
      order,
      name: b.name ? { before: a.name?.before ?? b.name.before, after: b.name.after } : a.name,
      company: b.company ? { before: a.company?.before ?? b.company.before, after: b.company.after } : a.company,
    };
  }
  return step;
}

/**
 * `target` as the area's order, without items gone since and with items added since (by another tab)
 * placed after the item they follow now.
 */
function placeOrder(target: readonly ItemId[], current: readonly ItemId[], items: Workbook['items'], areaId: string) {
  const order = target.filter((id) => own(items, id)?.areaId === areaId);
  const placed = new Set(order);
  current.forEach((id, index) => {
    if (placed.has(id) || own(items, id)?.areaId !== areaId) return;
    let after = index - 1;
    while (after >= 0 && !placed.has(current[after] as ItemId)) after -= 1;
    order.splice(after < 0 ? 0 : order.indexOf(current[after] as ItemId) + 1, 0, id);
    placed.add(id);
  });
  return order;
}

/**
 * Reverses (undo) or replays (redo) a step on the workbook as it is now. A field is put back only
 * while it still holds what the step left there: one that another tab changed since keeps that
 * change, and so does an item another tab edited after this tab added it. Unstamped, like every
 * operation; the caller stamps the result.
 */
export function applyStep(current: Workbook, step: WorkbookStep, direction: Direction): Workbook {
  const [from, to] = direction === 'undo' ? (['after', 'before'] as const) : (['before', 'after'] as const);
  let items: Workbook['items'] | null = null;
  const removed = new Set<ItemId>();
  for (const id in step.items) {
    const change = step.items[id] as ItemChange;
    const expected = change[from];
    const target = change[to];
    const now = own(items ?? current.items, id);
    if (!target) {
      if (!now || !expected || !sameContent(now, expected)) continue;
      items ??= { ...current.items };
      delete items[id];
      removed.add(id);
    } else if (!expected) {
      if (now) continue;
      items ??= { ...current.items };
      items[id] = target;
    } else if (now) {
      let next = now;
      for (const field of ITEM_FIELDS) {
        if (sameFieldValue(expected[field], target[field]) || !sameFieldValue(now[field], expected[field])) continue;
        if (next === now) next = { ...now };
        (next as unknown as Record<ItemField, unknown>)[field] = target[field];
      }
      if (next === now) continue;
      items ??= { ...current.items };
      items[id] = next;
    }
  }

  const finalItems = items ?? current.items;
  let order: Record<string, readonly ItemId[]> | null = null;
  for (const areaId of areaIdsOf(current)) {
    const change = step.order[areaId];
    const now = itemsOf(current, areaId);
    const next = change
      ? placeOrder(change[to], now, finalItems, areaId)
      : removed.size
        ? now.filter((id) => !removed.has(id))
        : now;
    if (sameIds(next, now)) continue;
    order ??= { ...current.order };
    order[areaId] = next;
  }

  const name = step.name && current.name === step.name[from] ? step.name[to] : current.name;
  const company = step.company && current.company === step.company[from] ? step.company[to] : current.company;
  if (!items && !order && name === current.name && company === current.company) return current;
  return { ...current, items: finalItems, order: order ?? current.order, name, company };
}

/** The step of a change to one item of one workbook, found without walking the other items; null when nothing a person sees changed. */
export function itemStep(workbookId: string, before: Item, after: Item): Step | null {
  if (sameContent(before, after)) return null;
  return { [workbookId]: { items: { [after.id]: { before, after } }, order: {} } };
}

/**
 * Reverses or replays a step on the workbooks as they are now, stamped with `now`, so that the result
 * counts as the newest edit in every merge and what other tabs changed meanwhile stays.
 */
export function applyStepNow(workbooks: readonly Workbook[], step: Step, direction: Direction, now: number): Workbook[] {
  return workbooks.map((workbook) => {
    const change = own(step, workbook.id);
    return change ? recordChanges(workbook, applyStep(workbook, change, direction), now) : workbook;
  });
}
