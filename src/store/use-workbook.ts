// The app's store instance, persisted to localStorage, and the hook components read it through.
import { useStore } from 'zustand';
import { detectLocale } from '../i18n/messages';
import { TEMPLATES } from '../workbook/templates';
import { createWorkbookStore, type WorkbookState } from './workbook-store';

function browserStorage(): Storage | undefined {
  // Reading window.localStorage itself throws where storage is disabled (some privacy modes).
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const workbookStore = createWorkbookStore({
  templates: TEMPLATES,
  initialLocale: detectLocale(navigator.languages ?? [navigator.language]),
  storage: browserStorage(),
});

/** Reads one slice of the store; pick the smallest value a component shows. */
export function useWorkbook<T>(selector: (state: WorkbookState) => T): T {
  return useStore(workbookStore, selector);
}
