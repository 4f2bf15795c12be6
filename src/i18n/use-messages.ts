// Hooks that read the chosen language's messages, template and item text from the store.
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import type { Template } from '../workbook/model';
import { type Catalogue, catalogue } from './catalogue';
import type { Messages } from './messages';

/** The shown language's words, for event handlers and other code outside a component's render. */
export function shownCatalogue(): Catalogue {
  return catalogue(workbookStore.getState().locale);
}

export function useMessages(): Messages {
  return catalogue(useWorkbook((s) => s.locale)).messages;
}

export function useTemplate(): Template {
  return catalogue(useWorkbook((s) => s.locale)).template;
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => planName(selectWorkbook(s), catalogue(s.locale).template));
}
