// Which keyboard dialog is open, the shortcut sheet or the command palette, shared by the header's
// button and the root's dialogs and keys; and where the focus goes back to when it closes.
import { create } from 'zustand';

export type KeyboardDialog = 'sheet' | 'palette' | null;

export const useKeyboardDialogs = create<{ open: KeyboardDialog }>()(() => ({ open: null }));

/** What had the focus before the first of these dialogs opened (the sheet can lead on to the palette). */
let returnFocusTo: HTMLElement | null = null;
/**
 * Where that element stood, for when it is gone by the time the dialog closes: a row's owner or due
 * field turns back into its chip when the dialog takes the focus, and the chip takes its place.
 */
let returnPlace: { parent: Element; index: number } | null = null;

export function openKeyboardDialog(open: 'sheet' | 'palette') {
  if (useKeyboardDialogs.getState().open === null) {
    returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const parent = returnFocusTo?.parentElement;
    returnPlace = parent && returnFocusTo ? { parent, index: [...parent.children].indexOf(returnFocusTo) } : null;
  }
  useKeyboardDialogs.setState({ open });
}

/**
 * The dialogs leave the page as they close, so the browser's own return of the focus has nothing to
 * go on: it goes back here, unless what was chosen moved it on (a command that opens a screen).
 */
export function closeKeyboardDialog({ restoreFocus = true } = {}) {
  useKeyboardDialogs.setState({ open: null });
  const element = returnFocusTo;
  const place = returnPlace;
  returnFocusTo = null;
  returnPlace = null;
  if (!restoreFocus) return;
  requestAnimationFrame(() => {
    if (element?.isConnected) element.focus();
    else if (place?.parent.isConnected) (place.parent.children[place.index] as HTMLElement | undefined)?.focus?.();
  });
}
