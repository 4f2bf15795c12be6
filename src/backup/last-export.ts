// When the plan was last exported, kept in its own localStorage key beside the plan, and the reminder
// it leads to for the Storage section and Export; other tabs' exports count too.
import { STORAGE_KEYS } from '../store/storage-keys';
import { storedSetting } from '../store/stored-setting';
import { useWorkbook } from '../store/use-workbook';
import { selectWorkbook, type WorkbookState } from '../store/workbook-store';
import type { Workbook } from '../workbook/model';
import { lastChangedAt } from '../workbook/stamps';
import { type BackupReminder, backupReminder } from './backup-reminder';

const lastExport = storedSetting(STORAGE_KEYS.lastExport);

export const recordExport = (at: number) => lastExport.write(String(at));

function exportedAt(text: string | null): number | null {
  const at = Number(text ?? Number.NaN);
  return Number.isFinite(at) && at > 0 ? at : null;
}

// lastChangedAt walks every item's stamps: worked out once per version of the plan, however many
// components ask, rather than by each of them on every change to the store.
let latest: { workbook: Workbook; at: number } | null = null;
function selectLastChange(state: WorkbookState): number {
  const workbook = selectWorkbook(state);
  if (latest?.workbook !== workbook) latest = { workbook, at: lastChangedAt(workbook) };
  return latest.at;
}

/** When the user last changed the shown plan; 0 for a plan as the guide seeded it. */
export const useLastChange = () => useWorkbook(selectLastChange);

/** What to remind the user of, read again whenever the plan changes or an export is made. */
export function useBackupReminder(): BackupReminder {
  return backupReminder(useLastChange(), exportedAt(lastExport.useValue()), Date.now());
}
