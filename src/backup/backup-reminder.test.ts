import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const EXPORTED = 1_800_000_000_000;

describe('backupReminder', () => {
  it('says nothing for a plan nobody has changed, exported or not', () => {
    expect(backupReminder(0, null, EXPORTED)).toBeNull();
    expect(backupReminder(0, EXPORTED, EXPORTED + 30 * DAY)).toBeNull();
  });

  it('reminds at once when a changed plan was never exported', () => {
    expect(backupReminder(EXPORTED, null, EXPORTED)).toEqual({ kind: 'never' });
  });

  it('reminds when changes came after an export more than 14 days old, with its age in days', () => {
    const now = EXPORTED + 15 * DAY;
    expect(backupReminder(now, EXPORTED, now)).toEqual({ kind: 'stale', days: 15 });
    expect(backupReminder(EXPORTED + DAY, EXPORTED, now)).toEqual({ kind: 'stale', days: 15 });
  });

  it('says nothing within 14 days of an export, or when nothing changed since it', () => {
    expect(backupReminder(EXPORTED + 14 * DAY, EXPORTED, EXPORTED + 14 * DAY)).toBeNull();
    expect(backupReminder(EXPORTED - DAY, EXPORTED, EXPORTED + 40 * DAY)).toBeNull();
  });

  it('reminds when the last export is stamped later than now, as after a clock set wrong, rather than never again', () => {
    // Exported with the clock a year ahead; the clock is right again and the plan changes.
    expect(backupReminder(EXPORTED, EXPORTED + 365 * DAY, EXPORTED)).toEqual({ kind: 'never' });
    // A huge number under the key is as good as a stamp from the future.
    expect(backupReminder(EXPORTED, 8.64e15, EXPORTED)).toEqual({ kind: 'never' });
  });
});
