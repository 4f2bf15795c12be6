// What the command palette offers for what is typed: commands, areas, and items by part of their
// title in either language. In the first download, beside the keys that open the palette; the
// palette's view and cmdk load on its first opening (CommandPalette.tsx), with the guide of the
// language not shown (KeyboardDialogs.tsx), so both guides are here whenever these entries are asked for.
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useMemo } from 'react';
import { exportPlan } from '../backup/export-plan';
import { LANGUAGE_NAMES } from '../i18n/messages';
import { allTemplates } from '../i18n/templates';
import { useMessages } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { resolveItemTitle } from '../workbook/guide';
import { isAreaOf, LOCALES, itemsOf } from '../workbook/model';
import { areaName, planAreas } from '../workbook/plan-areas';
import { itemsInOrder } from '../workbook/tracking';
import type { PaletteEntry } from './CommandPalette';
import { closeKeyboardDialog, openKeyboardDialog } from './keyboard-dialogs-state';
import { switchLanguage } from './switch-language';

/** Enough to choose from; a longer list is a sign to type more. */
const MAX_ITEMS = 30;

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

function matches(texts: readonly string[], words: readonly string[]): boolean {
  const haystack = fold(texts.join('\n'));
  return words.every((word) => haystack.includes(word));
}

export function usePaletteGroups(search: string) {
  const t = useMessages();
  const navigate = useNavigate();
  const locale = useWorkbook((s) => s.locale);
  const workbook = useWorkbook(selectWorkbook);
  const areaHere = useRouterState({ select: (s) => s.location.pathname.match(/^\/areas\/([^/]+)$/)?.[1] });
  const currentArea = areaHere && isAreaOf(workbook, areaHere) ? areaHere : undefined;

  return useMemo(() => {
    const words = fold(search).split(/\s+/).filter(Boolean);
    const guides = allTemplates();
    // A command that opens a screen or a field moves the focus on, rather than back where it was.
    const leave = () => closeKeyboardDialog({ restoreFocus: false });
    const goToArea = (areaId: string, itemId?: string) => {
      leave();
      // To the item, or the area's first, so the list's keys work at once (see AreaScreen).
      const item = itemId ?? itemsOf(selectWorkbook(workbookStore.getState()), areaId)[0];
      void navigate({ to: '/areas/$areaId', params: { areaId }, search: item ? { item } : {} }).then(() =>
        requestAnimationFrame(() => {
          // The area focuses an item the address newly asks for; the same address again (the item
          // already asked for) changes nothing there, and an empty area has no item: the focus would
          // stay on the page. Ids as in ItemRow.tsx and NewItemForm.tsx, which come with the area's screen.
          if (document.activeElement && document.activeElement !== document.body) return;
          document.getElementById(item ? `item-${item}` : `new-item-${areaId}`)?.focus();
        }),
      );
    };
    const other = LOCALES.find((option) => option !== locale) ?? locale;
    const commands: PaletteEntry[] = [
      {
        value: 'command:export',
        text: t.keys.exportPlan,
        run: () => {
          closeKeyboardDialog();
          exportPlan();
        },
      },
      {
        value: 'command:print',
        text: t.keys.printPlan,
        run: () => {
          leave();
          void navigate({ to: '/print' });
        },
      },
      {
        value: 'command:language',
        text: t.keys.switchLanguage(LANGUAGE_NAMES[other]),
        run: () => {
          closeKeyboardDialog();
          void switchLanguage(other);
        },
      },
      { value: 'command:shortcuts', text: t.keys.showShortcuts, run: () => openKeyboardDialog('sheet') },
    ];
    if (currentArea) {
      commands.unshift({
        value: 'command:new-item',
        text: t.keys.newItemHere,
        // The New item box's id (NewItemForm.tsx), not imported: that module comes with the area's screen.
        run: () => {
          leave();
          // Once the palette has gone: while it is open, the page behind it is inert and refuses the focus.
          requestAnimationFrame(() => document.getElementById(`new-item-${currentArea}`)?.focus());
        },
      });
    }

    const shownAreas = planAreas(workbook, t.areaNames, guides[locale]);
    const otherAreas = planAreas(workbook, t.areaNames, guides[other]);
    const areas = shownAreas
      .filter((area, index) => matches([area.name, area.title, otherAreas[index]?.title ?? ''], words))
      .map((area): PaletteEntry => ({ value: `area:${area.id}`, text: area.name, run: () => goToArea(area.id) }));

    const items: PaletteEntry[] = [];
    if (words.length > 0) {
      for (const item of itemsInOrder(workbook)) {
        if (
          !matches(
            LOCALES.map((option) => resolveItemTitle(item, guides[option])),
            words,
          )
        )
          continue;
        items.push({
          value: `item:${item.id}`,
          text: resolveItemTitle(item, guides[locale]),
          where: areaName(workbook, t.areaNames, item.areaId),
          run: () => goToArea(item.areaId, item.id),
        });
        if (items.length === MAX_ITEMS) break;
      }
    }
    return [
      { heading: t.keys.commands, entries: commands.filter((command) => matches([command.text], words)) },
      { heading: t.keys.areas, entries: areas },
      { heading: t.keys.items, entries: items },
    ].filter((group) => group.entries.length > 0);
  }, [search, workbook, locale, t, currentArea, navigate]);
}
