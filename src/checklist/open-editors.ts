// Which items have their editor open, and what is typed in it, kept outside the rows: a row can be
// made anew while its editor is open (moved past the edge of its group of the list, see
// row-groups.ts; its area left and opened again), and what was typed must still be there.
import type { ItemId } from '../workbook/model';

export interface EditorDraft {
  title?: string;
  detail?: string;
}

const drafts = new Map<ItemId, EditorDraft>();

export const openEditors = {
  isOpen: (itemId: ItemId) => drafts.has(itemId),
  open: (itemId: ItemId) => void drafts.set(itemId, {}),
  draftOf: (itemId: ItemId): EditorDraft => drafts.get(itemId) ?? {},
  keep: (itemId: ItemId, draft: EditorDraft) => {
    const kept = drafts.get(itemId);
    if (kept) drafts.set(itemId, { ...kept, ...draft });
  },
  close: (itemId: ItemId) => void drafts.delete(itemId),
};
