// The one zustand store: the persisted plan plus named actions that wrap the pure operations.
import { createJSONStorage, persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { STATE_VERSION, migrate, restoreState, type PersistedState } from '../workbook/migrations';
import type { AreaId, Clock, ItemId, Locale, Template, Workbook } from '../workbook/model';
import * as ops from '../workbook/operations';

export interface WorkbookActions {
  setLocale: (locale: Locale) => void;
  renameWorkbook: (name: string) => void;
  addItem: (areaId: AreaId, title: string) => { itemId: ItemId } | { error: 'blank' };
  editItem: (itemId: ItemId, changes: { title?: string; detail?: string }) => { error?: 'blank' };
  toggleItem: (itemId: ItemId, done: boolean) => void;
  setNotes: (itemId: ItemId, notes: string) => void;
  moveItem: (itemId: ItemId, offset: number) => void;
  deleteItem: (itemId: ItemId) => ops.DeletedItem | null;
  restoreItem: (deleted: ops.DeletedItem) => void;
  resetArea: (areaId: AreaId) => ops.AreaSnapshot;
  restoreArea: (snapshot: ops.AreaSnapshot) => void;
}

export type WorkbookState = PersistedState & WorkbookActions;

export interface WorkbookStoreOptions {
  templates: Record<Locale, Template>;
  initialLocale: Locale;
  storage: StateStorage | undefined;
  clock?: Clock;
  /** localStorage key; one named key holds the whole persisted state. */
  name?: string;
}

export const STORAGE_KEY = 'ai-startup-workbook';

export const systemClock: Clock = { newId: () => crypto.randomUUID(), now: () => Date.now() };

/** The workbook the screens show; there is one for now, the list leaves room for more. */
export function selectWorkbook(state: PersistedState): Workbook {
  return state.workbooks.find((w) => w.id === state.activeWorkbookId) ?? (state.workbooks[0] as Workbook);
}

export function createWorkbookStore({
  templates,
  initialLocale,
  storage,
  clock = systemClock,
  name = STORAGE_KEY,
}: WorkbookStoreOptions) {
  const first = ops.createWorkbook(templates[initialLocale], clock);
  const jsonStorage: PersistStorage<PersistedState> | undefined = storage
    ? createJSONStorage<PersistedState>(() => storage)
    : undefined;

  return createStore<WorkbookState>()(
    persist(
      (set, get) => {
        /** Applies a change to the active workbook; an unchanged workbook leaves the store alone. */
        const update = (change: (workbook: Workbook) => Workbook) => {
          const state = get();
          const current = selectWorkbook(state);
          const next = change(current);
          if (next === current) return;
          set({ workbooks: state.workbooks.map((w) => (w === current ? next : w)) });
        };
        const template = () => templates[get().locale];

        return {
          workbooks: [first],
          activeWorkbookId: first.id,
          locale: initialLocale,

          setLocale: (locale) => set({ locale }),
          renameWorkbook: (newName) => update((w) => ops.renameWorkbook(w, newName)),
          addItem: (areaId, title) => {
            const result = ops.addItem(selectWorkbook(get()), areaId, { title }, clock);
            if ('error' in result) return { error: result.error };
            update(() => result.workbook);
            return { itemId: result.itemId };
          },
          editItem: (itemId, changes) => {
            const result = ops.editItem(selectWorkbook(get()), itemId, changes, clock);
            if ('error' in result) return { error: result.error };
            update(() => result.workbook);
            return {};
          },
          toggleItem: (itemId, done) => update((w) => ops.toggleItem(w, itemId, done, clock)),
          setNotes: (itemId, notes) => update((w) => ops.setNotes(w, itemId, notes, clock)),
          moveItem: (itemId, offset) => update((w) => ops.moveItem(w, itemId, offset)),
          deleteItem: (itemId) => {
            const result = ops.deleteItem(selectWorkbook(get()), itemId);
            update(() => result.workbook);
            return result.deleted;
          },
          restoreItem: (deleted) => update((w) => ops.restoreItem(w, deleted)),
          resetArea: (areaId) => {
            const result = ops.resetArea(selectWorkbook(get()), areaId, template(), clock);
            update(() => result.workbook);
            return result.previous;
          },
          restoreArea: (snapshot) => update((w) => ops.replaceArea(w, snapshot)),
        };
      },
      {
        name,
        version: STATE_VERSION,
        storage: jsonStorage,
        partialize: ({ workbooks, activeWorkbookId, locale }) => ({ workbooks, activeWorkbookId, locale }),
        migrate: (persisted, version) => migrate(persisted, version) as PersistedState,
        // Stored data is never trusted as typed: it goes through the same restore as imports, and
        // data that does not pass leaves the fresh workbook in place instead of half-merging.
        merge: (persisted, current) => {
          const restored = restoreState(persisted);
          return restored.ok ? { ...current, ...restored.state } : current;
        },
      },
    ),
  );
}

export type WorkbookStore = ReturnType<typeof createWorkbookStore>;
