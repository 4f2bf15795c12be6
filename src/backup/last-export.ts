// When the plan was last exported, kept in its own localStorage key beside the plan, and the reminder
// it leads to for the Storage section and Export; other tabs' exports count too.
import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '../store/storage-keys';
import { useWorkbook, workbookStorageBackend } from '../store/use-workbook';
import { selectWorkbook } from '../store/workbook-store';
import { lastChangedAt } from '../workbook/stamps';
import { type BackupReminder, backupReminder } from './backup-reminder';

const listeners = new Set<() => void>();

function read(): number | null {
  try {
    const at = Number(workbookStorageBackend.getItem(STORAGE_KEYS.lastExport) ?? Number.NaN);
    return Number.isFinite(at) && at > 0 ? at : null;
  } catch {
    // Storage switched off: no export is remembered, so the reminder errs on the side of asking.
    return null;
  }
}

export function recordExport(at: number) {
  try {
    workbookStorageBackend.setItem(STORAGE_KEYS.lastExport, String(at));
  } catch {
    // Full or switched-off storage: the plan's own alerts say so; the reminder simply stays.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.lastExport) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** What to remind the user of, read again whenever the plan changes or an export is made. */
export function useBackupReminder(): BackupReminder {
  const lastChange = useWorkbook((s) => lastChangedAt(selectWorkbook(s)));
  const lastExport = useSyncExternalStore(subscribe, read);
  return backupReminder(lastChange, lastExport, Date.now());
}
