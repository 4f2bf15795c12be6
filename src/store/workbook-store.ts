// The one zustand store: the plan and named actions that wrap the pure operations; saved on change, undoable.
import { createStore } from 'zustand/vanilla';
import { importedWorkbook, mergeSavedState } from '../workbook/merge';
import type { AreaId, Clock, Item, ItemId, Locale, TemplateShape, Workbook } from '../workbook/model';
import * as ops from '../workbook/operations';
import type { PersistedState } from '../workbook/persisted-state';
import { recordChanges, stampItem } from '../workbook/stamps';
import { applyStepNow, type Direction, diffWorkbook, itemStep, type Step } from '../workbook/steps';
import type { WorkbookStorage } from './storage';
import { createUndoHistory } from './undo-history';

export type ImportMode = 'replace' | 'merge';

export interface WorkbookActions {
  setLocale: (locale: Locale) => void;
  setPlanDetails: (details: { name?: string; company?: string }) => void;
  addItem: (areaId: AreaId, title: string) => { itemId: ItemId } | { error: 'blank' };
  editItem: (itemId: ItemId, changes: { title?: string; detail?: string }) => { error?: 'blank' };
  toggleItem: (itemId: ItemId, done: boolean) => void;
  setNotes: (itemId: ItemId, notes: string) => void;
  trackItem: (itemId: ItemId, changes: ops.TrackingChanges) => void;
  /** A change to an item's criteria (withCriterionMet, addOwnCriterion in workbook/criteria.ts), made by the screen that shows them. */
  changeCriteria: (itemId: ItemId, change: (item: Item) => Item) => void;
  moveItem: (itemId: ItemId, offset: number) => void;
  moveItemTo: (itemId: ItemId, index: number) => void;
  deleteItem: (itemId: ItemId) => ops.DeletedItem | null;
  restoreItem: (deleted: ops.DeletedItem) => void;
  resetArea: (areaId: AreaId) => ops.AreaSnapshot;
  restoreArea: (snapshot: ops.AreaSnapshot) => void;
  importWorkbook: (incoming: Workbook, mode: ImportMode) => void;
  /**
   * Takes in a state another tab saved, merging it with this tab's; not an undoable step. Returns the
   * shown workbook's items the merge took away, as this tab had them, so they can be put back.
   */
  receiveRemote: (remote: PersistedState) => ops.DeletedItem[];
  /**
   * Each returns whether the plan changed: a step whose fields another tab has changed since is left
   * as that tab made it, so the step can end up changing nothing, which the user must be told.
   */
  undo: () => boolean;
  redo: () => boolean;
}

export type WorkbookState = PersistedState & WorkbookActions;

export interface WorkbookStoreOptions {
  /** The guide's items per area, for seeding; the text comes from the language shown. */
  templateShape: TemplateShape;
  initialLocale: Locale;
  storage: WorkbookStorage | undefined;
  clock?: Clock;
  /** Undo steps kept in memory; the history itself is never persisted. */
  historyLimit?: number;
}

export const systemClock: Clock = { newId: () => crypto.randomUUID(), now: () => Date.now() };

/** The workbook the screens show; there is one for now, the list leaves room for more. */
export function selectWorkbook(state: PersistedState): Workbook {
  return state.workbooks.find((w) => w.id === state.activeWorkbookId) ?? (state.workbooks[0] as Workbook);
}

function freshState(workbook: Workbook, locale: Locale): PersistedState {
  return { workbooks: [workbook], activeWorkbookId: workbook.id, locale };
}

export function createWorkbookStore({
  templateShape,
  initialLocale,
  storage,
  clock = systemClock,
  historyLimit = 100,
}: WorkbookStoreOptions) {
  const saved = storage?.read() ?? null;
  const initial = saved ?? freshState(ops.createWorkbook(templateShape, clock), initialLocale);
  const history = createUndoHistory({ limit: historyLimit, now: clock.now });

  const store = createStore<WorkbookState>()((set, get) => {
    /**
     * Puts a changed workbook in place of the shown one and records the change as an undo step;
     * `group` joins it to the step before while the same thing is being typed into.
     */
    const commit = (next: Workbook, step: Step | null, group: string | null = null) => {
      const state = get();
      const current = selectWorkbook(state);
      set({ workbooks: state.workbooks.map((w) => (w === current ? next : w)) });
      if (step) history.record(step, group);
    };
    /** Applies a change to the shown workbook, stamped; an unchanged workbook leaves the store alone. */
    const update = (change: (workbook: Workbook) => Workbook, group: string | null = null) => {
      const current = selectWorkbook(get());
      const next = change(current);
      if (next === current) return;
      const step = diffWorkbook(current, next);
      commit(recordChanges(current, next, clock.now()), step && { [current.id]: step }, group);
    };
    /**
     * A change to one item: stamped and put in place with a single copy of the items map, the cost
     * that matters on a tick or keystroke in a plan of thousands of items.
     */
    const updateItem = (itemId: ItemId, change: (item: Item) => Item, group: string | null = null) => {
      const current = selectWorkbook(get());
      const item = current.items[itemId];
      if (!item) return;
      const next = change(item);
      if (next === item) return;
      const step = itemStep(current.id, item, next);
      // A stale tombstone for a live item is rare; the full stamping clears it along with the stamp.
      if (Object.hasOwn(current.deleted, itemId))
        commit(recordChanges(current, ops.replaceItem(current, next), clock.now()), step, group);
      else commit(ops.replaceItem(current, stampItem(item, next, clock.now())), step, group);
    };
    const applyUndoStep = (direction: Direction): boolean => {
      const step = history.take(direction);
      if (!step) return false;
      const { workbooks } = get();
      const next = applyStepNow(workbooks, step, direction, clock.now());
      // The step has moved all the same, so the next undo reaches the step before this one.
      if (next.every((workbook, index) => workbook === workbooks[index])) return false;
      set({ workbooks: next });
      return true;
    };

    return {
      ...initial,

      setLocale: (locale) => set({ locale }),
      setPlanDetails: (details) => update((w) => ops.setPlanDetails(w, details), `details:${Object.keys(details).join()}`),
      addItem: (areaId, title) => {
        const result = ops.addItem(selectWorkbook(get()), areaId, { title }, clock);
        if ('error' in result) return { error: result.error };
        update(() => result.workbook);
        return { itemId: result.itemId };
      },
      editItem: (itemId, changes) => {
        const item = selectWorkbook(get()).items[itemId];
        const next = item ? ops.withText(item, changes) : undefined;
        if (next && 'error' in next) return { error: next.error };
        if (next) updateItem(itemId, () => next);
        return {};
      },
      toggleItem: (itemId, done) => updateItem(itemId, (item) => ops.withTick(item, done)),
      setNotes: (itemId, notes) => updateItem(itemId, (item) => ops.withNotes(item, notes), `notes:${itemId}`),
      trackItem: (itemId, changes) =>
        updateItem(itemId, (item) => ops.withTracking(item, changes), changes.owner !== undefined ? `owner:${itemId}` : null),
      changeCriteria: (itemId, change) => updateItem(itemId, change),
      moveItem: (itemId, offset) => update((w) => ops.moveItem(w, itemId, offset)),
      moveItemTo: (itemId, index) => update((w) => ops.moveItemTo(w, itemId, index)),
      deleteItem: (itemId) => {
        const result = ops.deleteItem(selectWorkbook(get()), itemId);
        update(() => result.workbook);
        return result.deleted;
      },
      restoreItem: (deleted) => update((w) => ops.restoreItem(w, deleted)),
      resetArea: (areaId) => {
        const result = ops.resetArea(selectWorkbook(get()), areaId, templateShape, clock);
        update(() => result.workbook);
        return result.previous;
      },
      restoreArea: (snapshot) => update((w) => ops.replaceArea(w, snapshot)),
      importWorkbook: (incoming, mode) => update((current) => importedWorkbook(current, incoming, mode)),
      receiveRemote: (remote) => {
        const before = get();
        const merged = mergeSavedState(before, remote);
        if (!merged) return [];
        set(merged);
        return ops.removedItems(selectWorkbook(before), selectWorkbook(get()));
      },
      undo: () => applyUndoStep('undo'),
      redo: () => applyUndoStep('redo'),
    };
  });

  if (storage) {
    store.subscribe(({ workbooks, activeWorkbookId, locale }, previous) => {
      if (workbooks !== previous.workbooks || activeWorkbookId !== previous.activeWorkbookId || locale !== previous.locale)
        storage.write({ workbooks, activeWorkbookId, locale });
    });
    if (!saved) {
      // Save a first visit's fresh workbook at once, so a second tab opened now loads this one
      // instead of seeding its own with other ids.
      storage.write(initial);
      storage.flush();
    }
  }
  return Object.assign(store, { history: history.stacks });
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
