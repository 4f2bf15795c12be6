// Whether to remind the user to export: the plan has changes no export holds, and the last export
// is more than two weeks old, or there was none.

const DAY_MS = 24 * 60 * 60 * 1000;
export const REMIND_AFTER_DAYS = 14;

export type BackupReminder = { kind: 'never' } | { kind: 'stale'; days: number } | null;

export function backupReminder(lastChange: number, lastExport: number | null, now: number): BackupReminder {
  // A plan as the guide seeded it holds nothing an export would save.
  if (lastChange === 0) return null;
  // An export stamped after now comes from a clock set wrong (or garbage under the key); trusted, it
  // would outdate every change until the clock caught up, and no reminder would come meanwhile.
  if (lastExport === null || lastExport > now) return { kind: 'never' };
  if (lastChange <= lastExport || now - lastExport <= REMIND_AFTER_DAYS * DAY_MS) return null;
  return { kind: 'stale', days: Math.floor((now - lastExport) / DAY_MS) };
}
