// Whether the plan an import would make can be saved in this browser, measured before anything changes.
import { serializeState } from '../store/serialize';
import { STORAGE_KEYS } from '../store/storage-keys';
import type { KeyValueStore } from '../store/storage';
import { importedWorkbook } from '../workbook/merge';
import type { Workbook } from '../workbook/model';
import { type PersistedState, STATE_VERSION } from '../workbook/persisted-state';
import { recordChanges } from '../workbook/stamps';

const SCRATCH_KEY = `${STORAGE_KEYS.state}.room-check`;

/**
 * The text the store would save after the import (stamped as the store stamps it), for whichever
 * of Replace and Merge gives the longer one: the preview offers both.
 */
export function importedStateText(state: PersistedState, current: Workbook, incoming: Workbook, now: number): string {
  let longest = '';
  for (const mode of ['replace', 'merge'] as const) {
    const next = recordChanges(current, importedWorkbook(current, incoming, mode), now);
    const workbooks = state.workbooks.map((w) => (w === current ? next : w));
    const text = serializeState({ state: { ...state, workbooks }, version: STATE_VERSION });
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

/**
 * Whether `text` could replace what is saved now. navigator.storage.estimate() does not count
 * localStorage's own quota, so the room is measured: the growth over the saved text is written to a
 * scratch key, of the same characters (the browser may store some scripts more compactly than others),
 * and removed at once. A browser without storage saves nothing anyway, so it is not refused here.
 */
export function roomToSave(backend: KeyValueStore | undefined, text: string): boolean {
  if (!backend) return true;
  let saved: string | null;
  try {
    saved = backend.getItem(STORAGE_KEYS.state);
  } catch {
    return true;
  }
  const growth = text.length - (saved?.length ?? 0);
  if (growth <= 0) return true;
  try {
    backend.setItem(SCRATCH_KEY, text.slice(0, growth));
    return true;
  } catch (error) {
    // Storage switched off refuses every write, however small; that is not a lack of room.
    return error instanceof DOMException && error.name === 'SecurityError';
  } finally {
    try {
      backend.removeItem(SCRATCH_KEY);
    } catch {
      // Storage that cannot remove could not have written either.
    }
  }
}
