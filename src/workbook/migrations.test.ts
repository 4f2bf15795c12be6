import { describe, expect, it } from 'vitest';
import savedV1 from './fixtures/state-v1.json';
import { migrate, restoreState, STATE_VERSION, StateVersionError } from './migrations';

describe('migrate', () => {
  it('is at version 1, the first release', () => {
    expect(STATE_VERSION).toBe(1);
  });

  it('passes current data through unchanged', () => {
    expect(migrate(savedV1.state, 1)).toEqual(savedV1.state);
  });

  it.each([STATE_VERSION + 1, 0, -1, 1.5])('refuses data version %s', (version) => {
    expect(() => migrate(savedV1.state, version)).toThrow(StateVersionError);
  });
});

describe('restoreState', () => {
  it('restores a plan saved by the first release, ticks, notes, own items and order intact', () => {
    const result = restoreState(migrate(savedV1.state, savedV1.version));
    if (!result.ok) throw new Error(result.problem);
    expect(result.state).toEqual(savedV1.state);
    const workbook = result.state.workbooks[0]!;
    const items = Object.values(workbook.items);
    expect(items.some((i) => i.done)).toBe(true);
    expect(items.some((i) => i.notes.includes('\n'))).toBe(true);
    expect(items.some((i) => i.templateKey === null)).toBe(true);
  });

  it('names the field at fault', () => {
    const broken = structuredClone(savedV1.state) as unknown as { workbooks: { items: Record<string, { done: unknown }> }[] };
    const [firstId] = Object.keys(broken.workbooks[0]!.items);
    broken.workbooks[0]!.items[firstId!]!.done = 'yes';
    const result = restoreState(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`workbooks.0.items.${firstId}.done`);
  });

  it.each([null, 'text', 42, [], {}, { workbooks: [] }])('refuses %j', (data) => {
    expect(restoreState(data).ok).toBe(false);
  });

  it('keeps items whose place was lost and drops only dangling ids', () => {
    const state = structuredClone(savedV1.state);
    const workbook = state.workbooks[0]!;
    const lost = workbook.order.team.shift()!;
    workbook.order.team.push('no-such-item');
    const result = restoreState(state);
    if (!result.ok) throw new Error(result.problem);
    const order = result.state.workbooks[0]!.order.team;
    expect(order).toContain(lost);
    expect(order).not.toContain('no-such-item');
  });

  it('falls back to the first workbook when the active id is unknown', () => {
    const result = restoreState({ ...savedV1.state, activeWorkbookId: 'gone' });
    expect(result.ok && result.state.activeWorkbookId).toBe(savedV1.state.workbooks[0]!.id);
  });
});
