// Brings changes saved by another tab into this one, merged item by item, without a reload.
import { readSavedText } from '../workbook/migrations';
import type { WorkbookStore } from './workbook-store';

/**
 * The browser fires `storage` in every other tab of this origin when one tab writes. The new text
 * is merged into this tab's state; this tab's own unsaved edits survive because the merge keeps the
 * newer edit of every field, and the merged result is written back for the others.
 */
export function syncWithOtherTabs(store: WorkbookStore, key: string, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    const remote = readSavedText(event.newValue);
    if (remote.ok) store.getState().receiveRemote(remote.state);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
