// Brings changes saved by another tab into this one, merged item by item, without a reload.
import type * as migrations from '../workbook/migrations';
import type { DeletedItem } from '../workbook/operations';
import { newerVersionOf } from './storage';
import type { WorkbookStore } from './workbook-store';

export interface TabSyncHandlers {
  /** Another tab saved in a format only a newer version of the app reads. */
  onNewerSave?: (version: number) => void;
  /** Told of the items another tab's change took away here, as this tab had them. */
  onDeletedElsewhere?: (deleted: DeletedItem[]) => void;
}

/**
 * The browser fires `storage` in every other tab of this origin when one tab writes. The new text
 * is merged into this tab's state; this tab's own unsaved edits survive because the merge keeps the
 * newer edit of every field, and the merged result is written back for the others. A save this
 * version cannot read because a newer version wrote it (a tab opened during a deploy) is reported to
 * `handlers.onNewerSave`, so this tab stops writing its older format over it.
 */
export function syncWithOtherTabs(
  store: WorkbookStore,
  key: string,
  loadChecks: () => Promise<Pick<typeof migrations, 'readSavedText'>>,
  target: Window = window,
  handlers: TabSyncHandlers = {},
): () => void {
  // One promise for every change, so changes that arrive while the checks download (on a first
  // visit) are still taken in the order they came. A failed download is tried again by the next
  // change, which carries the whole state. Nothing is merged before this tab has read its own saved
  // plan: merged into the fresh workbook it holds until then, and saved, it would hide that plan.
  let checks: ReturnType<typeof loadChecks> | undefined;
  // Parsed again only when the text could not be read, which is rare.
  const stopIfNewer = (text: string) => {
    const version = newerVersionOf(text);
    if (version !== undefined) handlers.onNewerSave?.(version);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    const text = event.newValue;
    checks ??= loadChecks();
    Promise.all([checks, store.hydrated]).then(
      ([{ readSavedText }]) => {
        const remote = readSavedText(text);
        if (!remote.ok) {
          stopIfNewer(text);
          return;
        }
        const deleted = store.getState().receiveRemote(remote.state);
        if (deleted.length > 0) handlers.onDeletedElsewhere?.(deleted);
      },
      () => {
        checks = undefined;
        stopIfNewer(text);
      },
    );
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
