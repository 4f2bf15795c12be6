// The one zustand store: the plan and named actions that wrap the pure operations; saved on change, undoable.
import { createStore } from 'zustand/vanilla';
import { importedWorkbook, mergeSavedState } from '../workbook/merge';
import { type Clock, isAreaId, type Item, type ItemId, type Locale, type TemplateShape, type Workbook } from '../workbook/model';
import * as ops from '../workbook/operations';
import type { PersistedState } from '../workbook/persisted-state';
import { lastChangedAt, recordChanges, stampItem } from '../workbook/stamps';
import { applyStepNow, type Direction, diffWorkbook, itemStep, type Step } from '../workbook/steps';
import type { WorkbookStorage } from './storage';
import { createUndoHistory, type UndoHistory, type UndoStacks } from './undo-history';

export type ImportMode = 'replace' | 'merge';

export interface WorkbookActions {
  setLocale: (locale: Locale) => void;
  setPlanDetails: (details: { name?: string; company?: string }) => void;
  addItem: (areaId: string, title: string) => { itemId: ItemId } | { error: 'blank' };
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
  resetArea: (areaId: string) => ops.AreaSnapshot;
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
  /** A new plan, shown at once: the guide's items, none, or a copy of the plan shown, named `name`. */
  createPlan: (from: 'guide' | 'blank' | 'copy', name: string) => string;
  openPlan: (workbookId: string) => void;
  /** Deletes a plan; the last one is replaced by a fresh plan from the guide. Returns what Undo puts back. */
  deletePlan: (workbookId: string) => DeletedPlan | null;
  restorePlan: (deleted: DeletedPlan) => void;
  /** Shows a plan from a read-only link instead of the user's own, without saving anything. */
  showReadOnlyCopy: (workbook: Workbook) => void;
  /** Adds the plan shown from a link to this browser's plans, under new ids, and shows it. */
  saveReadOnlyCopy: (name: string) => void;
  closeReadOnlyCopy: () => void;
  /**
   * Puts a workbook in place of the one with its id (or adds it), as a shared plan's document or a link
   * just opened has it, or as a Markdown export is read back (a new plan); not an undoable step. `open`
   * makes it the shown workbook.
   */
  putWorkbook: (workbook: Workbook, open?: boolean) => void;
}

/** A deleted plan as it was, and where it was in the list, for Undo. */
export interface DeletedPlan {
  workbook: Workbook;
  index: number;
  wasShown: boolean;
  /** The fresh plan that took the place of a deleted only plan, which Undo takes away again while unchanged. */
  standInId?: string;
}

export type WorkbookState = PersistedState &
  WorkbookActions & {
    /** A plan opened from a read-only link: shown instead of the user's, never saved, not changed by any action. */
    readOnlyCopy: Workbook | null;
  };

export interface WorkbookStoreOptions {
  /** The guide's items per area, for seeding; the text comes from the language shown. */
  templateShape: TemplateShape;
  initialLocale: Locale;
  storage: WorkbookStorage | undefined;
  clock?: Clock;
  /** Undo steps kept in memory; the history itself is never persisted. */
  historyLimit?: number;
  /**
   * Whether a first visit's fresh plan is saved at once (so a second tab opened now shares it). Not
   * when the visit opens a read-only link, which writes nothing until the user saves a copy.
   */
  saveFreshPlan?: boolean;
}

export const systemClock: Clock = { newId: () => crypto.randomUUID(), now: () => Date.now() };

/** The workbook the screens show; there is one for now, the list leaves room for more. */
export function selectWorkbook(state: PersistedState & { readOnlyCopy?: Workbook | null }): Workbook {
  if (state.readOnlyCopy) return state.readOnlyCopy;
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
  saveFreshPlan = true,
}: WorkbookStoreOptions) {
  const saved = storage?.read() ?? null;
  const initial = saved ?? freshState(ops.createWorkbook(templateShape, clock), initialLocale);
  // Each plan has its own undo history: Undo in one plan never changes another.
  const histories = new Map<string, UndoHistory>();
  const historyOf = (workbookId: string) => {
    let found = histories.get(workbookId);
    if (!found) {
      found = createUndoHistory({ limit: historyLimit, now: clock.now });
      const own = found;
      own.stacks.subscribe((stacks) => {
        if (selectWorkbook(store.getState()).id === workbookId) shownHistory.setState(stacks);
      });
      histories.set(workbookId, found);
    }
    return found;
  };
  /** The Undo and Redo stacks of the plan shown, for the buttons. */
  const shownHistory = createStore<UndoStacks>()(() => ({ past: [], future: [] }));

  const store = createStore<WorkbookState>()((set, get) => {
    /**
     * Puts a changed workbook in place of the shown one and records the change as an undo step;
     * `group` joins it to the step before while the same thing is being typed into.
     */
    const commit = (next: Workbook, step: Step | null, group: string | null = null) => {
      const state = get();
      // A read-only copy is not changed, whatever asks (a keyboard shortcut, a stale screen).
      if (state.readOnlyCopy) return;
      const current = selectWorkbook(state);
      set({ workbooks: state.workbooks.map((w) => (w === current ? next : w)) });
      if (step) historyOf(current.id).record(step, group);
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
      if (get().readOnlyCopy) return false;
      const step = historyOf(selectWorkbook(get()).id).take(direction);
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
      readOnlyCopy: null,

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
        const workbook = selectWorkbook(get());
        // Only the built-in guide's areas have guide items to go back to (AreaScreen offers no reset otherwise).
        if (workbook.guide || !isAreaId(areaId)) return ops.snapshotArea(workbook, areaId);
        const result = ops.resetArea(workbook, areaId, templateShape, clock);
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
        const [was, is] = [selectWorkbook(before), selectWorkbook(get())];
        // The plan shown was deleted there: that is not items taken away from this one.
        return was.id === is.id ? ops.removedItems(was, is) : [];
      },
      undo: () => applyUndoStep('undo'),
      redo: () => applyUndoStep('redo'),
      createPlan: (from, name) => {
        const state = get();
        const base =
          from === 'copy'
            ? ops.copyWorkbook(selectWorkbook(state), name, clock)
            : ops.setPlanDetails(from === 'guide' ? ops.createWorkbook(templateShape, clock) : ops.blankWorkbook(clock), {
                name,
              });
        const workbook = base.name === null || from === 'copy' ? base : { ...base, nameChangedAt: clock.now() };
        set({ workbooks: [...state.workbooks, workbook], activeWorkbookId: workbook.id });
        return workbook.id;
      },
      openPlan: (workbookId) => {
        if (get().workbooks.some((w) => w.id === workbookId)) set({ activeWorkbookId: workbookId, readOnlyCopy: null });
      },
      deletePlan: (workbookId) => {
        const { workbooks, activeWorkbookId, deletedWorkbooks } = get();
        const index = workbooks.findIndex((w) => w.id === workbookId);
        const workbook = workbooks[index];
        if (!workbook) return null;
        const rest = workbooks.filter((w) => w.id !== workbookId);
        const remaining = rest.length > 0 ? rest : [ops.createWorkbook(templateShape, clock)];
        const wasShown = activeWorkbookId === workbookId;
        set({
          workbooks: remaining,
          activeWorkbookId: wasShown ? (remaining[Math.min(index, remaining.length - 1)] as Workbook).id : activeWorkbookId,
          deletedWorkbooks: { ...deletedWorkbooks, [workbookId]: clock.now() },
        });
        histories.delete(workbookId);
        return { workbook, index, wasShown, ...(rest.length === 0 && { standInId: (remaining[0] as Workbook).id }) };
      },
      showReadOnlyCopy: (workbook) => set({ readOnlyCopy: workbook }),
      closeReadOnlyCopy: () => set({ readOnlyCopy: null }),
      saveReadOnlyCopy: (name) => {
        const { readOnlyCopy, workbooks } = get();
        if (!readOnlyCopy) return;
        const copy = ops.copyWorkbook(readOnlyCopy, name, clock);
        // A browser that only ever opened the link keeps the copy alone, not beside an unused plan it never saved.
        const onlyUnsavedFresh = !saved && !saveFreshPlan && workbooks.length === 1 && workbooks[0] === initial.workbooks[0];
        set({ workbooks: onlyUnsavedFresh ? [copy] : [...workbooks, copy], activeWorkbookId: copy.id, readOnlyCopy: null });
      },
      restorePlan: ({ workbook, index, wasShown, standInId }) => {
        const { workbooks, activeWorkbookId, deletedWorkbooks = {} } = get();
        if (workbooks.some((w) => w.id === workbook.id)) return;
        const { [workbook.id]: _, ...stillDeleted } = deletedWorkbooks;
        // Stamped as changed now, so other tabs, which keep the deletion, take the plan back too.
        const restored = { ...workbook, nameChangedAt: clock.now() };
        // The fresh plan that stood in for the only plan goes again unless it was used meanwhile: Undo
        // should leave the plans as they were. Remembered as deleted, so other tabs drop it too.
        const standIn = workbooks.find((w) => w.id === standInId);
        const dropStandIn = standIn !== undefined && lastChangedAt(standIn) === 0;
        const next = dropStandIn ? workbooks.filter((w) => w !== standIn) : [...workbooks];
        next.splice(Math.min(index, next.length), 0, restored);
        set({
          workbooks: next,
          activeWorkbookId: wasShown || dropStandIn ? workbook.id : activeWorkbookId,
          deletedWorkbooks: dropStandIn ? { ...stillDeleted, [standIn.id]: clock.now() } : stillDeleted,
        });
      },
      putWorkbook: (workbook, open = false) => {
        const { workbooks, activeWorkbookId, deletedWorkbooks = {} } = get();
        const { [workbook.id]: deletedAt, ...stillDeleted } = deletedWorkbooks;
        // A shared plan deleted here and opened again from its link is back: stamped as changed now, as
        // restorePlan does, so other tabs, which keep the deletion, take it back too.
        const put =
          deletedAt === undefined ? workbook : { ...workbook, nameChangedAt: Math.max(workbook.nameChangedAt, clock.now()) };
        const known = workbooks.some((w) => w.id === workbook.id);
        set({
          ...(deletedAt !== undefined && { deletedWorkbooks: stillDeleted }),
          workbooks: known ? workbooks.map((w) => (w.id === workbook.id ? put : w)) : [...workbooks, put],
          activeWorkbookId: open ? workbook.id : activeWorkbookId,
          // A shared plan opened from its link takes the place of a read-only copy being looked at.
          ...(open && { readOnlyCopy: null }),
        });
      },
    };
  });

  if (storage) {
    // A browser that has only opened a read-only link has saved nothing: a language switch while looking
    // at the copy must not write the unused fresh plan behind it (saving the copy writes the language too).
    let nothingSaved = !saved && !saveFreshPlan;
    store.subscribe(({ workbooks, activeWorkbookId, locale, deletedWorkbooks, readOnlyCopy }, previous) => {
      if (nothingSaved && readOnlyCopy && workbooks === initial.workbooks && deletedWorkbooks === previous.deletedWorkbooks)
        return;
      if (
        workbooks !== previous.workbooks ||
        activeWorkbookId !== previous.activeWorkbookId ||
        locale !== previous.locale ||
        deletedWorkbooks !== previous.deletedWorkbooks
      ) {
        nothingSaved = false;
        storage.write({ workbooks, activeWorkbookId, locale, ...(deletedWorkbooks && { deletedWorkbooks }) });
      }
    });
    if (!saved && saveFreshPlan) {
      // Save a first visit's fresh workbook at once, so a second tab opened now loads this one
      // instead of seeding its own with other ids.
      storage.write(initial);
      storage.flush();
    }
  }
  // Another plan shown: its own stacks are the buttons'. A read-only copy has none: the plan behind it
  // cannot be undone from there, and a step offered would end in a message blaming another tab.
  const noSteps: UndoStacks = { past: [], future: [] };
  store.subscribe((state, previous) => {
    if (state.activeWorkbookId !== previous.activeWorkbookId || state.readOnlyCopy !== previous.readOnlyCopy)
      shownHistory.setState(state.readOnlyCopy ? noSteps : historyOf(selectWorkbook(state).id).stacks.getState());
  });
  return Object.assign(store, { history: shownHistory });
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
