// Keeps <html lang> in step with the chosen language, so screen readers and fonts pick the right one.
import type { WorkbookStore } from '../store/workbook-store';
import { LANGUAGE_TAGS } from './messages';

export function syncDocumentLanguage(store: WorkbookStore) {
  const apply = () => {
    document.documentElement.lang = LANGUAGE_TAGS[store.getState().locale];
  };
  apply();
  return store.subscribe((state, previous) => {
    if (state.locale !== previous.locale) apply();
  });
}
