// A row moved past the edge of its group of the list (see row-groups.ts) is made anew by React, and
// the focus inside it would fall to the page. This puts it back on the same control of the new row:
// the Move down button pressed from the keyboard, say.
import { type FocusEvent, useLayoutEffect, useRef } from 'react';

interface FocusPlace {
  /** The list the focus was in, from its own focus event. */
  list: Element;
  element: Element;
  itemId: string;
  /** Finds the same control in a row made anew: by id where it has one, else by its name. */
  find: (row: Element) => HTMLElement | null;
}

/** Handlers for the list's focus and blur events. */
export function useFocusKeptInList() {
  const last = useRef<FocusPlace | null>(null);

  // Every render of the list: only a render can have made a row anew.
  useLayoutEffect(() => {
    const place = last.current;
    if (!place || place.element.isConnected || !place.list.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const row = place.list.querySelector(`[data-item-id="${CSS.escape(place.itemId)}"]`);
    if (!row) return;
    const target = place.find(row) ?? row.querySelector<HTMLElement>('input[type="checkbox"]');
    target?.focus({ preventScroll: true });
  });

  return {
    note: (event: FocusEvent) => {
      const element = event.target;
      const itemId = element.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
      if (!itemId) return;
      const { id } = element;
      const name = element.getAttribute('aria-label');
      const selector = id ? `#${CSS.escape(id)}` : name ? `[aria-label="${CSS.escape(name)}"]` : null;
      last.current = {
        list: event.currentTarget,
        element,
        itemId,
        find: (row) => (selector ? row.querySelector<HTMLElement>(selector) : null),
      };
    },
    /**
     * Focus that left the list for elsewhere (another control, a click on blank space) is not to be
     * put back later. Checked once the event is over: a control taken out of the page with its row
     * can lose the focus too, and that focus is the one to put back.
     */
    forget: (event: FocusEvent) => {
      const element = event.target;
      const list = event.currentTarget;
      queueMicrotask(() => {
        if (last.current?.element === element && element.isConnected && !list.contains(document.activeElement)) {
          last.current = null;
        }
      });
    },
  };
}
