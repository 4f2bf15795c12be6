// The dashboard's Storage section: whether this browser will keep the plan, how much room it takes,
// and a reminder to export when changes have gone unexported for too long.
import { useEffect, useId, useRef, useState } from 'react';
import { formatSize } from '../i18n/format-size';
import { useMessages } from '../i18n/use-messages';
import { STORAGE_KEYS } from '../store/storage-keys';
import { useWorkbook, workbookStorageBackend } from '../store/use-workbook';
import type { Messages } from '../i18n/messages.en';
import type { BackupReminder } from './backup-reminder';
import { useBackupReminder, useLastChange } from './last-export';
import { refreshStorageKept, useStorageKept } from './storage-kept';

interface Sizes {
  plan: number | null;
  site: { used: number; quota: number } | null;
}

/**
 * The plan's own size is its saved text's: navigator.storage.estimate() leaves localStorage out in
 * Chromium, and counts the offline copy of the app, so the estimate is shown as the site's total.
 */
async function measure(): Promise<Sizes> {
  let plan: number | null = null;
  try {
    const saved = workbookStorageBackend.getItem(STORAGE_KEYS.state);
    plan = saved === null ? null : new Blob([saved]).size;
  } catch {
    // Storage switched off holds no plan to measure; its alert says so.
  }
  let site: Sizes['site'] = null;
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.usage !== undefined && estimate.quota) site = { used: estimate.usage, quota: estimate.quota };
  } catch {
    // No estimate: the line is left out rather than guessed.
  }
  return { plan, site };
}

export function StorageSection() {
  const t = useMessages();
  const locale = useWorkbook((s) => s.locale);
  const headingId = useId();
  const kept = useStorageKept((s) => s.kept);
  const reminder = useBackupReminder();
  const lastChange = useLastChange();
  const [sizes, setSizes] = useState<Sizes>({ plan: null, site: null });
  const measured = useRef(false);

  useEffect(() => void refreshStorageKept(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again after each change to the plan.
  useEffect(() => {
    let live = true;
    // A change is saved within a few seconds; measuring at once would show the size before it.
    const timer = window.setTimeout(() => void measure().then((next) => live && setSizes(next)), measured.current ? 3000 : 0);
    measured.current = true;
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [lastChange]);

  return (
    <section aria-labelledby={headingId} className="storage">
      <h2 id={headingId}>{t.keeping.heading}</h2>
      {kept === true && (
        <p>
          <strong className="storage__kept">{t.keeping.kept}</strong> {t.keeping.keptDetail}
        </p>
      )}
      {kept === false && <p className="storage__at-risk">{t.keeping.mayClear}</p>}
      {reminder && <p className="storage__reminder">{reminderText(t, reminder)}</p>}
      {sizes.plan !== null && <p>{t.keeping.planSize(formatSize(sizes.plan, locale))}</p>}
      {sizes.site && (
        <p className="storage__site">
          {t.keeping.siteSize(formatSize(sizes.site.used, locale), formatSize(sizes.site.quota, locale))}
        </p>
      )}
    </section>
  );
}

export function reminderText(t: Messages, reminder: NonNullable<BackupReminder>): string {
  return reminder.kind === 'never' ? t.backup.neverExported : t.backup.exportedDaysAgo(reminder.days);
}
