import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import type { Workbook } from './model';
import * as ops from './operations';
import { applyStep, combineSteps, diffWorkbook, type WorkbookStep } from './steps';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

const base = () => ops.createWorkbook(TEMPLATES.en, testClock(0));

function stepOf(before: Workbook, after: Workbook): WorkbookStep {
  const step = diffWorkbook(before, after);
  if (!step) throw new Error('expected a change');
  return step;
}

describe('a step applied to a plan changed since', () => {
  it('undo reverses only the step’s fields, redo replays them', () => {
    const start = base();
    const [x, y] = itemsOf(start, 'team') as [string, string];
    const ticked = ops.toggleItem(start, x, true);
    const step = stepOf(start, ticked);
    const elsewhere = ops.setNotes(ops.setNotes(ticked, y, 'other tab'), x, 'other tab too');
    const undone = applyStep(elsewhere, step, 'undo');
    expect(undone.items[x]).toMatchObject({ status: 'todo', notes: 'other tab too' });
    expect(undone.items[y]?.notes).toBe('other tab');
    expect(applyStep(undone, step, 'redo').items[x]).toMatchObject({ status: 'done', notes: 'other tab too' });
  });

  it('a field changed again since keeps the later value', () => {
    const start = base();
    const x = itemsOf(start, 'team')[0] as string;
    const step = stepOf(start, ops.setNotes(start, x, 'mine'));
    const later = ops.setNotes(ops.setNotes(start, x, 'mine'), x, 'theirs');
    expect(applyStep(later, step, 'undo')).toBe(later);
  });

  it('an undone deletion goes back in its place, items added since keep theirs', () => {
    const start = base();
    const [x, y] = itemsOf(start, 'legal') as [string, string];
    const step = stepOf(start, ops.deleteItem(start, x).workbook);
    const added = ops.addItem(ops.deleteItem(start, x).workbook, 'legal', { title: 'New' }, testClock(5, 'b'));
    if ('error' in added) throw new Error('expected an item');
    const undone = applyStep(added.workbook, step, 'undo');
    expect(itemsOf(undone, 'legal').slice(0, 2)).toEqual([x, y]);
    expect(itemsOf(undone, 'legal').at(-1)).toBe(added.itemId);
    expect(undone.items[x]).toEqual(start.items[x]);
  });

  it('an undone addition stays when another tab has worked on the item since', () => {
    const start = base();
    const added = ops.addItem(start, 'risk', { title: 'Mine' }, testClock(5, 'a'));
    if ('error' in added) throw new Error('expected an item');
    const step = stepOf(start, added.workbook);
    expect(applyStep(added.workbook, step, 'undo').items[added.itemId]).toBeUndefined();
    expect(applyStep(added.workbook, step, 'undo').order.risk).toEqual(itemsOf(start, 'risk'));
    const worked = ops.setNotes(added.workbook, added.itemId, 'their notes');
    expect(applyStep(worked, step, 'undo').items[added.itemId]?.notes).toBe('their notes');
  });

  it('two steps combined take nothing from an edit made between them elsewhere', () => {
    const start = base();
    const x = itemsOf(start, 'team')[0] as string;
    const first = ops.setNotes(start, x, 'a');
    const between = ops.toggleItem(first, x, true);
    const second = ops.setNotes(between, x, 'ab');
    const id = start.id;
    const step = combineSteps({ [id]: stepOf(start, first) }, { [id]: stepOf(between, second) })[id] as WorkbookStep;
    expect(applyStep(second, step, 'undo').items[x]).toMatchObject({ notes: '', status: 'done' });
  });

  it('plan details go back unless changed since', () => {
    const start = base();
    const named = ops.setPlanDetails(start, { name: 'Mine' });
    const step = stepOf(start, named);
    expect(applyStep(named, step, 'undo').name).toBeNull();
    const renamed = ops.setPlanDetails(named, { name: 'Theirs' });
    expect(applyStep(renamed, step, 'undo').name).toBe('Theirs');
  });
});
