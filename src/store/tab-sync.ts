// Brings changes saved by another tab into this one, merged item by item, without a reload.
import { readSavedText } from '../workbook/migrations';
import type { DeletedItem } from '../workbook/operations';
import { type DeletedPlan, selectWorkbook, type WorkbookStore } from './workbook-store';

export interface TabSyncHandlers {
  /** Another tab saved in a format only a newer version of the app reads. */
  onNewerSave?: (version: number) => void;
  /** Told of the items another tab's change took away here, as this tab had them. */
  onDeletedElsewhere?: (deleted: DeletedItem[]) => void;
  /** Told when another tab deleted the plan shown here, as this tab had it, for Undo. */
  onPlanDeletedElsewhere?: (deleted: DeletedPlan) => void;
  /**
   * Whether this tab merges a workbook some other way (a shared plan bound to its Yjs document): another
   * tab's copy of it is then left out, so one plan has one merge mechanism.
   */
  mergesItself?: (workbookId: string) => boolean;
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
  target: Window = window,
  handlers: TabSyncHandlers = {},
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    const remote = readSavedText(event.newValue);
    if (remote.ok) {
      const { mergesItself } = handlers;
      const local = store.getState().workbooks;
      const state = mergesItself
        ? {
            ...remote.state,
            workbooks: remote.state.workbooks.map((w) =>
              mergesItself(w.id) ? (local.find((mine) => mine.id === w.id) ?? w) : w,
            ),
          }
        : remote.state;
      const before = store.getState();
      const shown = before.readOnlyCopy ? null : selectWorkbook(before);
      const deleted = store.getState().receiveRemote(state);
      if (deleted.length > 0) handlers.onDeletedElsewhere?.(deleted);
      // The plan on screen gone without a word would look like this tab's typing vanishing into another plan.
      const { workbooks } = store.getState();
      if (shown && !workbooks.some((w) => w.id === shown.id))
        handlers.onPlanDeletedElsewhere?.({ workbook: shown, index: before.workbooks.indexOf(shown), wasShown: true });
    } else if ('newerVersion' in remote) {
      handlers.onNewerSave?.(remote.newerVersion);
    }
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
