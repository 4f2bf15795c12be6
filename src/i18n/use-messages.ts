// Hooks that read the chosen language's messages, template and item text from the store.
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import type { Template, TemplateTitles } from '../workbook/model';
import { catalogue, type StartCatalogue, screenCatalogueReady, startCatalogue } from './catalogue';
import type { Messages, StartMessages } from './messages';

/** The shown language's start words, for event handlers and other code outside a component's render. */
export function shownCatalogue(): StartCatalogue {
  return startCatalogue(workbookStore.getState().locale);
}

/** Every message in the shown language, outside a render; only once the screens' part is loaded. */
export function shownMessages(): Messages {
  return catalogue(workbookStore.getState().locale).messages;
}

/** A route loader for the screens past the dashboard: their words in the shown language. */
export function loadShownScreenCatalogue() {
  return screenCatalogueReady(workbookStore.getState().locale);
}

/** The words of the shell and the dashboard, there from start-up on. */
export function useStartMessages(): StartMessages {
  return startCatalogue(useWorkbook((s) => s.locale)).messages;
}

/** The guide's titles, there from start-up on. */
export function useTemplateTitles(): TemplateTitles {
  return startCatalogue(useWorkbook((s) => s.locale)).template;
}

/** Every message; only for screens whose route (or on-demand loader) loaded the screens' part. */
export function useMessages(): Messages {
  return catalogue(useWorkbook((s) => s.locale)).messages;
}

/** The guide with item details; only for screens whose route loaded the screens' part. */
export function useTemplate(): Template {
  return catalogue(useWorkbook((s) => s.locale)).template;
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => planName(selectWorkbook(s), startCatalogue(s.locale).template));
}
