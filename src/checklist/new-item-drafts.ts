// What is typed in an area's "New item" box and not yet added, kept outside the form: the form goes
// when its area is left (for another area, the dashboard or search), and what was typed must still
// be there when the area opens again. Per workbook too, so a title meant for one plan never turns up
// in another's box.
import { readTabSession, writeTabSession } from './tab-session';

const SESSION_KEY = 'ai-startup-workbook.new-item-drafts';
const drafts = new Map(readTabSession<string, string>(SESSION_KEY));
const keyOf = (workbookId: string, areaId: string) => `${workbookId}/${areaId}`;

export const newItemDrafts = {
  of: (workbookId: string, areaId: string): string => drafts.get(keyOf(workbookId, areaId)) ?? '',
  keep: (workbookId: string, areaId: string, title: string) => {
    if (title) drafts.set(keyOf(workbookId, areaId), title);
    else drafts.delete(keyOf(workbookId, areaId));
    writeTabSession(SESSION_KEY, drafts);
  },
};
