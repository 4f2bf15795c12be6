// A small value of this browser in a localStorage key of its own, beside the plan (a setting, the
// time of the last export), read by components as an external store; other tabs' changes count.
import { useSyncExternalStore } from 'react';
import type { KeyValueStore } from './storage';
import { workbookStorageBackend } from './use-workbook';

export function storedSetting(key: string, backend: KeyValueStore = workbookStorageBackend) {
  const listeners = new Set<() => void>();
  /** What this page wrote when storage refused it (full or switched off): the page still follows it. */
  let unsaved: { value: string | null } | null = null;

  const read = (): string | null => {
    if (unsaved) return unsaved.value;
    try {
      return backend.getItem(key);
    } catch {
      return null;
    }
  };
  /** null removes the key, leaving the default. */
  const write = (value: string | null) => {
    try {
      if (value === null) backend.removeItem(key);
      else backend.setItem(key, value);
      unsaved = null;
    } catch {
      unsaved = { value };
    }
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };
  return { read, write, useValue: () => useSyncExternalStore(subscribe, read) };
}
