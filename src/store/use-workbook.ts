// The app's store instance wired to this browser: localStorage, other tabs, and page lifecycle.
import { useStore } from 'zustand';
import { detectLocale } from '../workbook/model';
import { TEMPLATE_SHAPE } from '../workbook/template-shape';
import { serializeState } from './serialize';
import { createWorkbookStorage, type KeyValueStore, unavailableStorage } from './storage';
import { useStorageFaults } from './storage-faults';
import { createWorkbookStore, type WorkbookState } from './workbook-store';

function browserStorage(): KeyValueStore {
  // Reading window.localStorage itself throws where storage is disabled (some privacy modes).
  try {
    return window.localStorage;
  } catch {
    return unavailableStorage();
  }
}

/** This browser's localStorage where it can be used: beside the plan it keeps when the plan was last exported. */
export const workbookStorageBackend = browserStorage();

export const workbookStorage = createWorkbookStorage(workbookStorageBackend, {
  onFaults: (faults) => useStorageFaults.setState({ faults }),
  serialize: serializeState,
});

export const workbookStore = createWorkbookStore({
  // A new workbook takes only the guide's shape, items per area, the same in either language.
  templateShape: TEMPLATE_SHAPE,
  initialLocale: detectLocale(navigator.languages ?? [navigator.language]),
  storage: workbookStorage,
  // A read-only link writes nothing until its plan is saved (the fragment mark, from src/workbook/plan-link.ts).
  saveFreshPlan: !window.location.hash.startsWith('#plan='),
});

// Writes wait for an idle moment; leaving or hiding the page must not lose the last keystrokes.
window.addEventListener('pagehide', () => workbookStorage.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') workbookStorage.flush();
  // Back from another tab or app, where storage may have been freed: a failed save need not wait for its timer.
  else workbookStorage.retryUnsaved();
});
window.addEventListener('focus', () => workbookStorage.retryUnsaved());

/** Reads one slice of the store; pick the smallest value a component shows. */
export function useWorkbook<T>(selector: (state: WorkbookState) => T): T {
  return useStore(workbookStore, selector);
}
