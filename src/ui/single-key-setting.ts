// Whether single-key shortcuts (j, k, x, e, n, ?, /) are on: a setting of this browser in its own
// localStorage key, which the shortcut sheet turns off for people whom stray keys would trip (WCAG 2.1.4).
import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '../store/storage-keys';
import { workbookStorageBackend } from '../store/use-workbook';
import { isTextEntry } from './is-text-entry';

const listeners = new Set<() => void>();
/** The setting for this page when storage refused it (full or switched off). */
let unsaved: boolean | null = null;

export function singleKeyShortcutsOn(): boolean {
  if (unsaved !== null) return unsaved;
  try {
    return workbookStorageBackend.getItem(STORAGE_KEYS.singleKeyShortcuts) !== 'off';
  } catch {
    // Storage switched off: the default, on, as on a first visit.
    return true;
  }
}

export function setSingleKeyShortcuts(on: boolean) {
  try {
    if (on) workbookStorageBackend.removeItem(STORAGE_KEYS.singleKeyShortcuts);
    else workbookStorageBackend.setItem(STORAGE_KEYS.singleKeyShortcuts, 'off');
    unsaved = null;
  } catch {
    unsaved = on;
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.singleKeyShortcuts) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(subscribe, singleKeyShortcutsOn);
}

/**
 * Whether a key press may be a shortcut rather than typing: not in a text field, and not part of an
 * input method's composition (pinyin, say; keyCode 229 where a browser leaves isComposing unset).
 */
export function isShortcutKey(event: KeyboardEvent): boolean {
  return !(event.isComposing || event.keyCode === 229) && !isTextEntry(event.target);
}

/** A single-key shortcut (a letter or "?"): only with the setting on and no Ctrl, Cmd or Alt held. */
export function isSingleKeyShortcut(event: KeyboardEvent): boolean {
  return !(event.ctrlKey || event.metaKey || event.altKey) && isShortcutKey(event) && singleKeyShortcutsOn();
}
