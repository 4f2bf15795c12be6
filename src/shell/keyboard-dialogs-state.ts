// Which keyboard dialog is open, the shortcut sheet or the command palette, shared by the header's
// button and the root's dialogs and keys; and where the focus goes back to when it closes.
import { create } from 'zustand';

export type KeyboardDialog = 'sheet' | 'palette' | null;

export const useKeyboardDialogs = create<{ open: KeyboardDialog }>()(() => ({ open: null }));

/** What had the focus before the first of these dialogs opened (the sheet can lead on to the palette). */
let returnFocusTo: HTMLElement | null = null;

export function openKeyboardDialog(open: 'sheet' | 'palette') {
  if (useKeyboardDialogs.getState().open === null) {
    returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
  returnFocusTo = null;
  if (!restoreFocus) return;
  requestAnimationFrame(() => {
    if (element?.isConnected) element.focus();
  });
}
