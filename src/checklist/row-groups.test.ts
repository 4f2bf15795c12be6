import { describe, expect, it } from 'vitest';
import { type RowGroup, regroupRows } from './row-groups';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `r${from + i}`);
const shape = (groups: RowGroup<string>[]) => groups.map((group) => `${group.key}:${group.ids.join(',')}`);

describe('regroupRows', () => {
  it('puts a list shown for the first time in groups of the given size', () => {
    expect(regroupRows([], ids(7), 3).map((group) => group.ids)).toEqual([['r0', 'r1', 'r2'], ['r3', 'r4', 'r5'], ['r6']]);
  });

  it('fills the last group before starting new ones as more rows are shown', () => {
    const first = regroupRows([], ids(2), 3);
    expect(shape(regroupRows(first, ids(5), 3))).toEqual(['0:r0,r1,r2', '1:r3,r4']);
  });

  it('keeps every other row in its group when a row is deleted or filtered out', () => {
    const before = regroupRows([], ids(9), 3);
    const after = regroupRows(before, ['r0', 'r2', 'r3', 'r4', 'r6', 'r7', 'r8'], 3);
    expect(shape(after)).toEqual(['0:r0,r2', '1:r3,r4', '2:r6,r7,r8']);
  });

  it('drops a group whose rows are all gone, and keeps the others', () => {
    const before = regroupRows([], ids(6), 3);
    expect(shape(regroupRows(before, ['r0', 'r1', 'r2'], 3))).toEqual(['0:r0,r1,r2']);
    expect(shape(regroupRows(before, ['r3', 'r4', 'r5'], 3))).toEqual(['1:r3,r4,r5']);
  });

  it('puts a row brought back in the middle into a group of its own rather than shifting others', () => {
    const before = regroupRows([], ['r0', 'r1', 'r2', 'r4', 'r5', 'r6'], 3);
    expect(shape(regroupRows(before, ids(7), 3))).toEqual(['0:r0,r1,r2', '2:r3', '1:r4,r5,r6']);
  });

  it('moves only the row moved past the edge of its group', () => {
    const before = regroupRows([], ids(6), 3);
    // r2, the last of the first group, moved down one place.
    expect(shape(regroupRows(before, ['r0', 'r1', 'r3', 'r2', 'r4', 'r5'], 3))).toEqual(['0:r0,r1', '1:r3,r2,r4,r5']);
  });

  it('gives new groups keys no other group has', () => {
    const before = regroupRows([], ids(6), 3);
    const keys = regroupRows(before, ['r9', ...ids(6), 'r10', 'r11', 'r12', 'r13'], 3).map((group) => group.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
