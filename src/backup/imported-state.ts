// The text an import would have the store save, so its room can be measured before anything changes.
import { serializeState } from '../store/serialize';
import { canMerge, importedWorkbook } from '../workbook/merge';
import type { Workbook } from '../workbook/model';
import { type PersistedState, STATE_VERSION } from '../workbook/persisted-state';
import { recordChanges } from '../workbook/stamps';

/**
 * The text the store would save after the import (stamped as the store stamps it), for whichever
 * of Replace and Merge gives the longer one: the preview offers both.
 */
export function importedStateText(state: PersistedState, current: Workbook, incoming: Workbook, now: number): string {
  // A file of another guide is only ever added as a plan of its own (see importedWorkbook).
  if (!canMerge(current, incoming)) return addedPlanStateText(state, incoming);
  let longest = '';
  for (const mode of ['replace', 'merge'] as const) {
    const next = recordChanges(current, importedWorkbook(current, incoming, mode), now);
    const workbooks = state.workbooks.map((w) => (w === current ? next : w));
    const text = serializeState({ state: { ...state, workbooks }, version: STATE_VERSION });
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

/** The text the store would save with `added` beside the other plans, as a Markdown import adds it. */
export function addedPlanStateText(state: PersistedState, added: Workbook): string {
  return serializeState({ state: { ...state, workbooks: [...state.workbooks, added] }, version: STATE_VERSION });
}
