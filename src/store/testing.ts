// Test helpers: an in-memory localStorage that can be told to fail, and a store built on it.
import { TEMPLATE_SHAPE } from '../workbook/template-shape';
import { testClock } from '../workbook/testing';
import { serializeState } from './serialize';
import { createWorkbookStorage, type KeyValueStore, type StorageFault } from './storage';
import { STORAGE_KEYS } from './storage-keys';
import { createWorkbookStore, selectWorkbook } from './workbook-store';

/** `quota`: characters over all keys and values, as browsers count localStorage's. */
export function memoryBackend(initial: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
  const data = new Map(Object.entries(initial));
  const usedBesides = (key: string) => [...data].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
  const backend: KeyValueStore & { data: Map<string, string>; full: boolean } = {
    data,
    full: false,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (backend.full || (Number.isFinite(quota) && usedBesides(key) + key.length + value.length > quota)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
  return backend;
}

interface TestStoreOptions {
  /** What localStorage holds before the app starts. */
  stored?: Record<string, string>;
  locale?: 'zh' | 'en';
  clock?: ReturnType<typeof testClock>;
  /** Another test store's backend, to play a second tab of the same browser. */
  backend?: ReturnType<typeof memoryBackend>;
  /** Runs before the store reads storage, e.g. to make the quota full from the start. */
  prepare?: (backend: ReturnType<typeof memoryBackend>) => void;
  /** False as when the page opens a read-only link. */
  saveFreshPlan?: boolean;
}

/** A store on in-memory storage. Writes wait in a queue until `flushWrites()`, as idle callbacks would. */
export function makeTestStore({
  stored = {},
  locale = 'en',
  clock = testClock(),
  backend = memoryBackend(stored),
  prepare,
  saveFreshPlan = true,
}: TestStoreOptions = {}) {
  prepare?.(backend);
  const queue: (() => void)[] = [];
  let faults: StorageFault[] = [];
  const storage = createWorkbookStorage(backend, {
    onFaults: (next) => {
      faults = next;
    },
    schedule: (write) => queue.push(write),
    serialize: serializeState,
    now: clock.now,
  });
  const store = createWorkbookStore({
    templateShape: TEMPLATE_SHAPE,
    initialLocale: locale,
    storage,
    clock,
    saveFreshPlan,
  });
  return {
    store,
    backend,
    storage,
    clock,
    faults: () => faults,
    flushWrites: () => {
      while (queue.length) queue.shift()?.();
    },
    saved: () => JSON.parse(backend.data.get(STORAGE_KEYS.state) ?? 'null'),
    workbook: () => selectWorkbook(store.getState()),
  };
}
