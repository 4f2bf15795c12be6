// Hooks that read the chosen language's messages, template and item text from the store.
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { planName } from '../workbook/guide';
import type { Template } from '../workbook/model';
import { areaName, planAreas, type ShownArea } from '../workbook/plan-areas';
import { useMemo } from 'react';
import { type Messages, messagesFor } from './messages';
import { templateFor } from './templates';

/** The shown language's messages, for event handlers and other code outside a component's render. */
export function shownMessages(): Messages {
  return messagesFor(workbookStore.getState().locale);
}

/** The shown language's guide, outside a render. */
export function shownTemplate(): Template {
  return templateFor(workbookStore.getState().locale);
}

export function useMessages(): Messages {
  return messagesFor(useWorkbook((s) => s.locale));
}

/** The guide, with its titles and item details, in the shown language. */
export function useTemplate(): Template {
  return templateFor(useWorkbook((s) => s.locale));
}

/** The workbook's name: the user's, or the guide's title in the current language. */
export function useWorkbookName(): string {
  return useWorkbook((s) => planName(selectWorkbook(s), templateFor(s.locale)));
}

/** The shown plan's areas, in order, with their names in the shown language (an imported guide's are its own). */
export function usePlanAreas(): ShownArea[] {
  const guide = useWorkbook((s) => selectWorkbook(s).guide);
  const locale = useWorkbook((s) => s.locale);
  return useMemo(() => planAreas({ guide }, messagesFor(locale).areaNames, templateFor(locale)), [guide, locale]);
}

/** Names an area of the shown plan, for lists of items from several areas. */
export function useAreaName(): (areaId: string) => string {
  const guide = useWorkbook((s) => selectWorkbook(s).guide);
  const names = useMessages().areaNames;
  return (areaId) => areaName({ guide }, names, areaId);
}
