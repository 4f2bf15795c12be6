import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import * as ops from './operations';
import { lastChangedAt, recordChanges } from './stamps';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

const T = 1_800_000_000_000;
const fresh = () => ops.createWorkbook(TEMPLATES.en, testClock());

describe('recordChanges', () => {
  it('stamps only the fields that changed', () => {
    const before = fresh();
    const id = itemsOf(before, 'team')[0] as string;
    const after = recordChanges(before, ops.setNotes(ops.toggleItem(before, id, true), id, 'n'), T);
    expect(after.items[id]?.changedAt).toEqual({ status: T, notes: T });
    expect(after.items[id]?.updatedAt).toBe(T);
    const other = itemsOf(before, 'team')[1] as string;
    expect(after.items[other]).toBe(before.items[other]);
  });

  it('tombstones a deleted item, and an item that comes back outlives its tombstone', () => {
    const before = fresh();
    const id = itemsOf(before, 'legal')[2] as string;
    const { workbook: without, deleted } = ops.deleteItem(before, id);
    const afterDelete = recordChanges(before, without, T);
    expect(afterDelete.deleted[id]).toBe(T);
    const back = recordChanges(afterDelete, ops.restoreItem(afterDelete, deleted!), T + 5);
    expect(back.deleted[id]).toBeUndefined();
    expect(back.items[id]?.updatedAt).toBe(T + 5);
  });

  it('dates a changed order, not an unchanged one', () => {
    const before = fresh();
    const after = recordChanges(before, ops.moveItem(before, itemsOf(before, 'risk')[0] as string, 1), T);
    expect(after.orderChangedAt.risk).toBe(T);
    expect(after.orderChangedAt.team).toBe(0);
  });

  it('returns the same workbook when nothing changed', () => {
    const before = fresh();
    expect(recordChanges(before, before, T)).toBe(before);
    expect(recordChanges(before, { ...before }, T)).toEqual(before);
  });
});

describe('lastChangedAt', () => {
  it('is 0 for a plan as the guide seeded it, and the newest stamp after changes', () => {
    const before = fresh();
    expect(lastChangedAt(before)).toBe(0);
    const id = itemsOf(before, 'team')[0] as string;
    const ticked = recordChanges(before, ops.toggleItem(before, id, true), T);
    expect(lastChangedAt(ticked)).toBe(T);
    const renamed = recordChanges(ticked, { ...ticked, name: 'Plan B' }, T + 9);
    expect(lastChangedAt(renamed)).toBe(T + 9);
  });

  it('counts a deletion and a reordering as changes', () => {
    const before = fresh();
    const deleted = recordChanges(before, ops.deleteItem(before, itemsOf(before, 'legal')[0] as string).workbook, T + 1);
    expect(lastChangedAt(deleted)).toBe(T + 1);
    const moved = recordChanges(before, ops.moveItem(before, itemsOf(before, 'team')[0] as string, 1), T + 2);
    expect(lastChangedAt(moved)).toBe(T + 2);
  });
});
