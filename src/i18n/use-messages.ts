// Hooks that read the chosen language's messages, template and item text from the store.
import { useShallow } from 'zustand/react/shallow';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { resolveItemText } from '../workbook/guide';
import type { ItemId, Template } from '../workbook/model';
import { TEMPLATES } from '../workbook/templates';
import { MESSAGES, type Messages } from './messages';

export function useMessages(): Messages {
  return MESSAGES[useWorkbook((s) => s.locale)];
}

export function useTemplate(): Template {
  return TEMPLATES[useWorkbook((s) => s.locale)];
}

/**
 * An item's title and detail as the user sees them: their own text where they typed it, otherwise
 * the guide's bullet in the current language.
 */
export function useItemText(itemId: ItemId): { title: string; detail: string } {
  return useWorkbook(
    useShallow((s) => {
      const item = selectWorkbook(s).items[itemId];
      return item ? resolveItemText(item, TEMPLATES[s.locale]) : { title: '', detail: '' };
    }),
  );
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => selectWorkbook(s).name?.trim() || TEMPLATES[s.locale].title);
}
