// The checklist's keyboard model: the list is one Tab stop (roving tabindex) and keys move between
// and within its rows; shared by the list (AreaScreen) and each row (ItemRow).

/**
 * Which of a row's controls Tab reaches: none (another row holds the list's stop), its tick box
 * alone ("row"), or the tick box and every control of the row, once the focus went into them
 * ("controls"), so Tab and Shift+Tab go through that row's chips, notes and buttons as before.
 */
export type RowStop = 'none' | 'row' | 'controls';

const CONTROLS = 'input, button, select, textarea, a[href]';

export function rowOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof Element ? element.closest<HTMLElement>('[role="listitem"][data-item-id]') : null;
}

export function rowControls(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => !control.hasAttribute('disabled'));
}

/** Where the focus goes in a row: its tick box, or the title field when the row is being edited. */
export function rowFocusTarget(row: Element | null): HTMLElement | null {
  if (!row) return null;
  return row.querySelector<HTMLElement>('input[type="checkbox"]') ?? rowControls(row)[0] ?? null;
}
