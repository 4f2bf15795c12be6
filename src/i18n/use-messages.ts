// Hooks that read the chosen language's messages, template and item text from the store.
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import type { Template } from '../workbook/model';
import { catalogue } from './catalogue';
import type { Messages } from './messages';

export function useMessages(): Messages {
  return catalogue(useWorkbook((s) => s.locale)).messages;
}

export function useTemplate(): Template {
  return catalogue(useWorkbook((s) => s.locale)).template;
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => selectWorkbook(s).name?.trim() || catalogue(s.locale).template.title);
}
