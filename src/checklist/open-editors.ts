// Which items have their editor open, and what is typed in it, kept outside the rows: leaving an
// area takes its rows down, and what was typed must still be there when it is opened again.
import type { ItemId } from '../workbook/model';
import { readTabSession, writeTabSession } from './tab-session';

/** What the user typed into each field; a field not typed into is absent. */
export interface EditorDraft {
  title?: string;
  detail?: string;
}

/** The title and detail shown when the editor opened. */
export interface EditorOpening {
  title: string;
  detail: string;
}

const SESSION_KEY = 'ai-startup-workbook.open-editors';
const editors = new Map(readTabSession<ItemId, { opening: EditorOpening; draft: EditorDraft }>(SESSION_KEY));
const kept = () => writeTabSession(SESSION_KEY, editors);

export const openEditors = {
  isOpen: (itemId: ItemId) => editors.has(itemId),
  open: (itemId: ItemId, opening: EditorOpening) => {
    editors.set(itemId, { opening, draft: {} });
    kept();
  },
  draftOf: (itemId: ItemId): EditorDraft => editors.get(itemId)?.draft ?? {},
  openingOf: (itemId: ItemId): EditorOpening | undefined => editors.get(itemId)?.opening,
  keep: (itemId: ItemId, draft: EditorDraft) => {
    const editor = editors.get(itemId);
    if (!editor) return;
    editors.set(itemId, { ...editor, draft: { ...editor.draft, ...draft } });
    kept();
  },
  close: (itemId: ItemId) => {
    editors.delete(itemId);
    kept();
  },
};

/**
 * What a save writes: the fields the user changed in this editor, compared with what they were when
 * it opened. A field left alone is not written even if the text shown has changed since (another
 * tab renamed the item, or the language switched the guide's words): writing it back would undo
 * that rename, or make the guide's words in one language the user's own text.
 */
export function editorChanges(opening: EditorOpening, draft: EditorDraft): EditorDraft {
  return {
    ...(draft.title !== undefined && draft.title !== opening.title && { title: draft.title }),
    ...(draft.detail !== undefined && draft.detail !== opening.detail && { detail: draft.detail }),
  };
}
