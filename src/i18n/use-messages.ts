// Hooks that read the chosen language's messages, template and item text from the store.
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import type { Template } from '../workbook/model';
import { TEMPLATES } from '../workbook/templates';
import { MESSAGES, type Messages } from './messages';

export function useMessages(): Messages {
  return MESSAGES[useWorkbook((s) => s.locale)];
}

export function useTemplate(): Template {
  return TEMPLATES[useWorkbook((s) => s.locale)];
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => selectWorkbook(s).name?.trim() || TEMPLATES[s.locale].title);
}
