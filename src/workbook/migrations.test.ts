import { describe, expect, it } from 'vitest';
import savedV1 from './fixtures/state-v1.json';
import { migrate, type PersistedState, readSavedText, restoreState, STATE_VERSION, StateVersionError } from './migrations';
import { AREA_IDS } from './model';

const v1Workbook = savedV1.state.workbooks[0]!;

function restoredFromV1(): PersistedState {
  const result = restoreState(migrate(savedV1.state, savedV1.version));
  if (!result.ok) throw new Error(result.problem);
  return result.state;
}

describe('migrate', () => {
  it('is at version 2', () => {
    expect(STATE_VERSION).toBe(2);
  });

  it('1 → 2 adds change times and tombstones and keeps every tick, note, own item and order', () => {
    const state = restoredFromV1();
    const workbook = state.workbooks[0]!;
    expect(workbook.order).toEqual(v1Workbook.order);
    expect(workbook.deleted).toEqual({});
    expect(workbook.nameChangedAt).toBe(0);
    expect(Object.values(workbook.orderChangedAt)).toEqual(AREA_IDS.map(() => 0));
    for (const [id, item] of Object.entries(v1Workbook.items)) {
      expect(workbook.items[id]).toEqual({ ...item, changedAt: {} });
    }
    const items = Object.values(workbook.items);
    expect(items.some((i) => i.done)).toBe(true);
    expect(items.some((i) => i.notes.includes('\n'))).toBe(true);
    expect(items.some((i) => i.templateKey === null)).toBe(true);
    expect(state.locale).toBe('zh');
  });

  it('passes current data through unchanged', () => {
    const current = restoredFromV1();
    expect(migrate(current, STATE_VERSION)).toEqual(current);
  });

  it.each([STATE_VERSION + 1, 0, -1, 1.5])('refuses data version %s', (version) => {
    expect(() => migrate(savedV1.state, version)).toThrow(StateVersionError);
  });
});

describe('restoreState', () => {
  it('names the field at fault', () => {
    const broken = structuredClone(restoredFromV1()) as unknown as { workbooks: { items: Record<string, { done: unknown }> }[] };
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
    const state = structuredClone(restoredFromV1());
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
    const result = restoreState({ ...restoredFromV1(), activeWorkbookId: 'gone' });
    expect(result.ok && result.state.activeWorkbookId).toBe(v1Workbook.id);
  });
});

describe('readSavedText', () => {
  it('reads what the first release saved', () => {
    const result = readSavedText(JSON.stringify(savedV1));
    expect(result.ok && result.state.workbooks[0]!.order).toEqual(v1Workbook.order);
  });

  it.each(['{', '"x"', '{"state":{}}', JSON.stringify({ state: savedV1.state, version: 99 })])('refuses %s', (text) => {
    expect(readSavedText(text).ok).toBe(false);
  });
});
