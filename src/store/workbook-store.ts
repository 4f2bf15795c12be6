// The one zustand store: the persisted plan plus named actions that wrap the pure operations.
import { type TemporalState, temporal } from 'zundo';
import type { StoreApi } from 'zustand';
import { persist, type StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { importedWorkbook, mergeWorkbooks } from '../workbook/merge';
import { migrate, type RestoreResult, restoreState } from '../workbook/migrations';
import {
  type AreaId,
  type Clock,
  type Item,
  type ItemId,
  type Locale,
  own,
  type TemplateShape,
  type Workbook,
} from '../workbook/model';
import * as ops from '../workbook/operations';
import { type PersistedState, STATE_VERSION } from '../workbook/persisted-state';
import { recordChanges, stampItem } from '../workbook/stamps';
import { applyStep, combineSteps, type Direction, diffWorkbooks, type Step } from '../workbook/steps';
import { STORAGE_KEYS, type WorkbookStorage } from './storage';

export type ImportMode = 'replace' | 'merge';

export interface WorkbookActions {
  setLocale: (locale: Locale) => void;
  setPlanDetails: (details: { name?: string; company?: string }) => void;
  addItem: (areaId: AreaId, title: string) => { itemId: ItemId } | { error: 'blank' };
  editItem: (itemId: ItemId, changes: { title?: string; detail?: string }) => { error?: 'blank' };
  toggleItem: (itemId: ItemId, done: boolean) => void;
  setNotes: (itemId: ItemId, notes: string) => void;
  trackItem: (itemId: ItemId, changes: ops.TrackingChanges) => void;
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

/** What undo and redo track: the plan, not the language or anything else. */
type UndoableState = Pick<PersistedState, 'workbooks'>;

export interface WorkbookStoreOptions {
  /** The guide's items per area, for seeding; the text comes from the language shown. */
  templateShape: TemplateShape;
  initialLocale: Locale;
  storage: WorkbookStorage | undefined;
  clock?: Clock;
  /** The localStorage key; one named key holds the whole persisted state. */
  name?: string;
  /** Undo steps kept in memory; the history itself is never persisted. */
  historyLimit?: number;
}

export const STORAGE_KEY = STORAGE_KEYS.state;

export const systemClock: Clock = { newId: () => crypto.randomUUID(), now: () => Date.now() };

/** The workbook the screens show; there is one for now, the list leaves room for more. */
export function selectWorkbook(state: PersistedState): Workbook {
  return state.workbooks.find((w) => w.id === state.activeWorkbookId) ?? (state.workbooks[0] as Workbook);
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

/** Typing into notes makes one undo step per pause, not one per keystroke. */
const TYPING_PAUSE_MS = 1000;

export function createWorkbookStore({
  templateShape,
  initialLocale,
  storage,
  clock = systemClock,
  name = STORAGE_KEY,
  historyLimit = 100,
}: WorkbookStoreOptions) {
  const first = ops.createWorkbook(templateShape, clock);
  // Set by an action just before it changes the state, read by the history to group keystrokes.
  let undoGroupKey: string | null = null;
  let lastUndoGroup = { key: null as string | null, at: 0 };
  /**
   * What each history entry's step changed, keyed by the entry zundo keeps: undo and redo apply
   * that change, not the entry's copy of the plan, which lacks what other tabs did since.
   */
  const steps = new WeakMap<object, Step>();
  // Set once the history exists; the store's own variable is not yet assigned while it is created.
  let pastEntries: () => readonly object[] = () => [];
  /**
   * Stored data is never trusted as typed: it goes through the same migrations and restore as
   * imports, before the store sees it. Data that does not pass is set aside untouched, with the
   * reason, and the store keeps the fresh workbook.
   */
  const restoreSaved = (saved: StorageValue<unknown>): StorageValue<PersistedState> | null => {
    let restored: RestoreResult;
    try {
      restored = restoreState(migrate(saved.state, saved.version ?? 0));
    } catch (error) {
      storage?.setAsideUnreadable({ kind: 'wrong-shape', detail: String(error) });
      return null;
    }
    if (restored.ok) return { state: restored.state, version: STATE_VERSION };
    storage?.setAsideUnreadable({ kind: 'wrong-shape', detail: restored.problem, field: restored.field });
    return null;
  };
  /** The adapter, its reads migrated and restored. It returns at once, so the store holds the saved plan once created. */
  const restoringStorage = storage && {
    ...storage,
    getItem: (key: string) => {
      const saved = storage.getItem(key);
      return saved === null ? null : restoreSaved(saved);
    },
  };

  const store = createStore<WorkbookState>()(
    persist(
      temporal(
        (set, get, api) => {
          const replaceActive = (next: Workbook) => {
            const state = get();
            const current = selectWorkbook(state);
            set({ workbooks: state.workbooks.map((w) => (w === current ? next : w)) });
          };
          /** Applies a change to the active workbook, stamped; an unchanged workbook leaves the store alone. */
          const update = (change: (workbook: Workbook) => Workbook) => {
            const current = selectWorkbook(get());
            const next = change(current);
            if (next === current) return;
            replaceActive(recordChanges(current, next, clock.now()));
          };
          /**
           * A change to one item: stamped and put in place with a single copy of the items map, the
           * cost that matters on a tick or keystroke in a plan of thousands of items.
           */
          const updateItem = (itemId: ItemId, change: (item: Item) => Item) => {
            const current = selectWorkbook(get());
            const item = current.items[itemId];
            if (!item) return;
            const next = change(item);
            if (next === item) return;
            // A stale tombstone for a live item is rare; the full diff clears it along with the stamp.
            if (Object.hasOwn(current.deleted, itemId))
              replaceActive(recordChanges(current, ops.replaceItem(current, next), clock.now()));
            else replaceActive(ops.replaceItem(current, stampItem(item, next, clock.now())));
          };
          const temporalStore = () => (api as unknown as { temporal: StoreApi<TemporalState<UndoableState>> }).temporal;
          const history = () => temporalStore().getState();
          pastEntries = () => history().pastStates;
          /**
           * Undo and redo move the step's entry between the two stacks and apply only that step's
           * change to the plan as it is now, stamped, so the result is the newest edit everywhere and
           * what other tabs changed meanwhile stays.
           */
          const applyUndoStep = (direction: Direction): boolean => {
            const { pastStates, futureStates } = history();
            const entry = (direction === 'undo' ? pastStates : futureStates).at(-1);
            if (!entry) return false;
            temporalStore().setState(
              direction === 'undo'
                ? { pastStates: pastStates.slice(0, -1), futureStates: [...futureStates, entry] }
                : { pastStates: [...pastStates, entry], futureStates: futureStates.slice(0, -1) },
            );
            lastUndoGroup = { key: null, at: 0 };
            const step = steps.get(entry) ?? {};
            const state = get();
            const workbooks = state.workbooks.map((workbook) => {
              const change = own(step, workbook.id);
              return change ? recordChanges(workbook, applyStep(workbook, change, direction), clock.now()) : workbook;
            });
            // The entry has moved all the same, so the next undo reaches the step before this one.
            if (workbooks.every((workbook, index) => workbook === state.workbooks[index])) return false;
            history().pause();
            set({ workbooks });
            history().resume();
            return true;
          };

          return {
            workbooks: [first],
            activeWorkbookId: first.id,
            locale: initialLocale,

            setLocale: (locale) => set({ locale }),
            setPlanDetails: (details) => {
              undoGroupKey = `details:${Object.keys(details).join()}`;
              update((w) => ops.setPlanDetails(w, details));
              undoGroupKey = null;
            },
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
            setNotes: (itemId, notes) => {
              undoGroupKey = `notes:${itemId}`;
              updateItem(itemId, (item) => ops.withNotes(item, notes));
              undoGroupKey = null;
            },
            trackItem: (itemId, changes) => {
              undoGroupKey = changes.owner !== undefined ? `owner:${itemId}` : null;
              updateItem(itemId, (item) => ops.withTracking(item, changes));
              undoGroupKey = null;
            },
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
              const state = get();
              // Two tabs opened at once on a first visit each seed a workbook; an untouched one yields.
              if (!remote.workbooks.some((w) => w.id === state.activeWorkbookId) && state.workbooks.every(isPristine)) {
                history().pause();
                set({ workbooks: remote.workbooks, activeWorkbookId: remote.activeWorkbookId });
                history().resume();
                return [];
              }
              const workbooks = state.workbooks.map((local) => {
                const theirs = remote.workbooks.find((w) => w.id === local.id);
                return theirs ? mergeWorkbooks(local, theirs) : local;
              });
              const added = remote.workbooks.filter((w) => !state.workbooks.some((local) => local.id === w.id));
              if (added.length === 0 && workbooks.every((w, i) => w === state.workbooks[i])) return [];
              history().pause();
              set({ workbooks: [...workbooks, ...added] });
              history().resume();
              return ops.removedItems(selectWorkbook(state), selectWorkbook(get()));
            },
            undo: () => applyUndoStep('undo'),
            redo: () => applyUndoStep('redo'),
          };
        },
        {
          partialize: (state): UndoableState => ({ workbooks: state.workbooks }),
          equality: (past, current) => past.workbooks === current.workbooks,
          limit: historyLimit,
          // zundo calls this with (pastState, replace, currentState, delta), more than its type says.
          handleSet:
            (handleSet) =>
            (...args: unknown[]) => {
              const [past, , current] = args as [UndoableState, unknown, UndoableState];
              const change = diffWorkbooks(past.workbooks, current.workbooks);
              const now = clock.now();
              const last = pastEntries().at(-1);
              const sameBurst =
                last !== undefined &&
                undoGroupKey !== null &&
                undoGroupKey === lastUndoGroup.key &&
                now - lastUndoGroup.at < TYPING_PAUSE_MS;
              lastUndoGroup = { key: undoGroupKey, at: now };
              if (sameBurst) {
                steps.set(last, combineSteps(steps.get(last) ?? {}, change));
                return;
              }
              steps.set(past, change);
              (handleSet as (...forwarded: unknown[]) => void)(...args);
            },
        },
      ),
      {
        name,
        version: STATE_VERSION,
        // Every read is restored and current (see restoreSaved), so persist's own migrate and merge have nothing to do.
        storage: restoringStorage,
        partialize: ({ workbooks, activeWorkbookId, locale }) => ({ workbooks, activeWorkbookId, locale }),
      },
    ),
  );
  if (storage && !storage.foundState()) {
    // Save a first visit's fresh workbook at once, so a second tab opened now loads this one
    // instead of seeding its own with other ids.
    store.setState({});
    storage.flush();
  }
  return store;
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
