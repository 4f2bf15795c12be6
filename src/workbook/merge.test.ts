import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import { mergeWorkbooks } from './merge';
import type { Workbook } from './model';
import { withCriterionMet } from './criteria';
import * as ops from './operations';
import { recordChanges } from './stamps';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

/** Applies a change the way the store does, stamped at `at`. */
const change = (workbook: Workbook, at: number, fn: (w: Workbook) => Workbook) => recordChanges(workbook, fn(workbook), at);

const base = () => ops.createWorkbook(TEMPLATES.en, testClock(0));

describe('mergeWorkbooks', () => {
  it('keeps edits to different items from both sides', () => {
    const start = base();
    const [a, b] = itemsOf(start, 'team') as [string, string];
    const tabA = change(start, 10, (w) => ops.toggleItem(w, a, true));
    const tabB = change(start, 11, (w) => ops.setNotes(w, b, 'from B'));
    const merged = mergeWorkbooks(tabA, tabB);
    expect(merged.items[a]?.status).toBe('done');
    expect(merged.items[b]?.notes).toBe('from B');
    expect(mergeWorkbooks(tabB, tabA).items).toEqual(merged.items);
  });

  it('keeps edits to different fields of one item', () => {
    const start = base();
    const id = itemsOf(start, 'funding')[0] as string;
    const tabA = change(start, 10, (w) => ops.toggleItem(w, id, true));
    const tabB = change(start, 11, (w) => ops.setNotes(w, id, 'B notes'));
    expect(mergeWorkbooks(tabA, tabB).items[id]).toMatchObject({ status: 'done', notes: 'B notes' });
  });

  it("keeps a criterion ticked in one tab beside the other tab's notes, and the later ticks when both tick", () => {
    const start = base();
    const id = itemsOf(start, 'funding')[0] as string;
    const tick = (criterion: string) => (w: Workbook) => ops.replaceItem(w, withCriterionMet(w.items[id]!, criterion, true));
    const tabA = change(start, 10, tick('funding/0/c1'));
    const tabB = change(start, 11, (w) => ops.setNotes(w, id, 'B notes'));
    expect(mergeWorkbooks(tabA, tabB).items[id]).toMatchObject({ criteria: { met: ['funding/0/c1'] }, notes: 'B notes' });
    const later = change(tabA, 20, tick('funding/0/c2'));
    // The same criteria read back from storage are a new object: not a change, whichever side merges.
    const copied = JSON.parse(JSON.stringify(later)) as Workbook;
    expect(mergeWorkbooks(later, copied)).toBe(later);
    expect(mergeWorkbooks(tabA, later).items[id]?.criteria.met).toEqual(['funding/0/c1', 'funding/0/c2']);
  });

  it('the later edit of one field wins, whichever side merges', () => {
    const start = base();
    const id = itemsOf(start, 'funding')[0] as string;
    const early = change(start, 10, (w) => ops.setNotes(w, id, 'early'));
    const late = change(start, 20, (w) => ops.setNotes(w, id, 'late'));
    expect(mergeWorkbooks(early, late).items[id]?.notes).toBe('late');
    expect(mergeWorkbooks(late, early).items[id]?.notes).toBe('late');
  });

  it('a deletion wins over older edits and loses to newer ones', () => {
    const start = base();
    const id = itemsOf(start, 'legal')[1] as string;
    const deleted = change(start, 20, (w) => ops.deleteItem(w, id).workbook);
    const editedBefore = change(start, 10, (w) => ops.setNotes(w, id, 'old'));
    const editedAfter = change(start, 30, (w) => ops.setNotes(w, id, 'new'));
    expect(mergeWorkbooks(editedBefore, deleted).items[id]).toBeUndefined();
    expect(mergeWorkbooks(deleted, editedBefore).order.legal).not.toContain(id);
    expect(mergeWorkbooks(deleted, editedAfter).items[id]?.notes).toBe('new');
  });

  it('keeps items added on either side, in the newer arrangement', () => {
    const start = base();
    const clock = testClock(100, 'b');
    const addedA = ops.addItem(start, 'talent', { title: 'A' }, testClock(100, 'a'));
    const addedB = ops.addItem(start, 'talent', { title: 'B' }, clock);
    if ('error' in addedA || 'error' in addedB) throw new Error('expected items');
    const tabA = recordChanges(start, addedA.workbook, 10);
    const tabB = recordChanges(start, addedB.workbook, 20);
    const merged = mergeWorkbooks(tabA, tabB);
    expect(itemsOf(merged, 'talent').slice(-2)).toEqual([addedB.itemId, addedA.itemId]);
    expect(mergeWorkbooks(tabB, tabA).order.talent).toEqual(itemsOf(merged, 'talent'));
  });

  it('returns the local copy itself when the other brings nothing new', () => {
    const start = base();
    const local = change(start, 10, (w) => ops.toggleItem(w, itemsOf(w, 'team')[0] as string, true));
    expect(mergeWorkbooks(local, start)).toBe(local);
    expect(mergeWorkbooks(local, local)).toBe(local);
  });

  it('takes in items whose ids are names every object inherits, without throwing', () => {
    const start = base();
    const remote = ops.addItem(start, 'risk', { title: 'Odd id' }, { newId: () => 'valueOf', now: () => 5 });
    if ('error' in remote) throw new Error('expected an item');
    const theirs = { ...recordChanges(start, remote.workbook, 5), deleted: { toString: 3 } };
    const merged = mergeWorkbooks(start, theirs);
    expect(Object.hasOwn(merged.items, 'valueOf')).toBe(true);
    expect(itemsOf(merged, 'risk')).toContain('valueOf');
    expect(merged.deleted).toEqual({ toString: 3 });
    expect(mergeWorkbooks(theirs, start).items).toEqual(merged.items);
  });
});
