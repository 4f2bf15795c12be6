import { describe, expect, it } from 'vitest';
import savedV1 from './fixtures/state-v1.json';
import savedV2 from './fixtures/state-v2.json';
import savedV3 from './fixtures/state-v3.json';
import savedV4 from './fixtures/state-v4-before-criteria.json';
import savedV5 from './fixtures/state-v5.json';
import { migrate, readSavedText, restoreState, StateVersionError } from './migrations';
import { type PersistedState, STATE_VERSION } from './persisted-state';
import { AREA_IDS, itemsOf } from './model';

const v1Workbook = savedV1.state.workbooks[0]!;
const v2Workbook = savedV2.state.workbooks[0]!;
const v3Workbook = savedV3.state.workbooks[0]!;
const v4Workbook = savedV4.state.workbooks[0]!;
const v5Workbook = savedV5.state.workbooks[0]!;
const NO_CRITERIA = { met: [], own: [] };
/** Each item of a saved workbook as version 5 reads it: with criteria, none met. */
const withCriteria = <T extends object>(items: Record<string, T>) =>
  Object.fromEntries(Object.entries(items).map(([id, item]) => [id, { ...item, criteria: NO_CRITERIA }]));

function restored(saved: { state: unknown; version: number }): PersistedState {
  const result = restoreState(migrate(saved.state, saved.version));
  if (!result.ok) throw new Error(result.problem);
  return result.state;
}

describe('migrate', () => {
  it('is at version 6', () => {
    expect(STATE_VERSION).toBe(6);
  });

  it('5 → 6 gives every plan the built-in guide, and keeps criteria met and own criteria', () => {
    const workbook = restored(savedV5).workbooks[0]!;
    expect(workbook).toEqual({ ...v5Workbook, guide: null });
    expect(Object.values(workbook.items).some((i) => i.criteria.own[0]?.text === 'Term sheet signed')).toBe(true);
    expect(Object.values(workbook.items).some((i) => i.criteria.met.includes('team/0/c1'))).toBe(true);
  });

  it('refuses a plan whose order or items name an area its guide does not have', () => {
    const state = restored(savedV5);
    const workbook = state.workbooks[0]!;
    const guide = { title: 'Mine', introduction: '', areas: [{ id: 's1', title: 'One', question: 'Why?' }] };
    for (const broken of [
      { ...workbook, guide },
      { ...workbook, order: { ...workbook.order, s1: [] } },
      { ...workbook, guide: { ...guide, areas: [{ id: 'team', title: 'One', question: 'Why?' }] } },
    ]) {
      const result = restoreState({ ...state, workbooks: [broken] });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.field?.expectation).toEqual({ kind: 'area' });
    }
    const blankTitle = { ...guide, areas: [{ id: 's1', title: '\u200b ', question: 'Why?' }] };
    const result = restoreState({
      ...state,
      workbooks: [{ ...workbook, guide: blankTitle, order: { s1: [] }, orderChangedAt: { s1: 0 }, items: {} }],
    });
    expect(result.ok || result.field?.expectation).toEqual({ kind: 'title' });
  });

  it('4 → 5 gives every item criteria with none met, guide items and own items alike, and keeps the rest', () => {
    const workbook = restored(savedV4).workbooks[0]!;
    expect(workbook).toEqual({ ...v4Workbook, guide: null, items: withCriteria(v4Workbook.items) });
    expect(Object.values(workbook.items).some((i) => i.templateKey === null)).toBe(true);
    expect(workbook.company).toBe('Lumen AI');
  });

  it('refuses criteria of the wrong shape, naming the field', () => {
    const state = restored(savedV4);
    const [id, item] = Object.entries(state.workbooks[0]!.items)[0]!;
    for (const criteria of [
      { met: 'all', own: [] },
      { met: [], own: [{ id: 'own/1', text: '' }] },
      { met: [''], own: [] },
      null,
    ]) {
      const broken = { ...state, workbooks: [{ ...state.workbooks[0]!, items: { [id]: { ...item, criteria } } }] };
      const result = restoreState(broken);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.field?.path).toContain(`items.${id}.criteria`);
    }
  });

  it('3 → 4 adds an empty company name and keeps everything tracked', () => {
    const workbook = restored(savedV3).workbooks[0]!;
    expect(workbook).toEqual({
      ...v3Workbook,
      guide: null,
      items: withCriteria(v3Workbook.items),
      company: null,
      companyChangedAt: 0,
    });
    expect(Object.values(workbook.items).some((i) => i.owner === 'Li Wei' && i.due === '2026-12-15')).toBe(true);
  });

  it('carries a plan saved by the first release (v1) over without losing a tick, note, own item or order', () => {
    const state = restored(savedV1);
    const workbook = state.workbooks[0]!;
    expect(workbook.order).toEqual(v1Workbook.order);
    expect(workbook.deleted).toEqual({});
    expect(workbook.nameChangedAt).toBe(0);
    expect(workbook.company).toBeNull();
    expect(Object.values(workbook.orderChangedAt)).toEqual(AREA_IDS.map(() => 0));
    for (const [id, { done, ...item }] of Object.entries(v1Workbook.items)) {
      expect(workbook.items[id]).toEqual({
        ...item,
        status: done ? 'done' : 'todo',
        owner: '',
        due: null,
        priority: null,
        criteria: NO_CRITERIA,
        changedAt: {},
      });
    }
    const items = Object.values(workbook.items);
    expect(items.filter((i) => i.status === 'done')).toHaveLength(Object.values(v1Workbook.items).filter((i) => i.done).length);
    expect(items.some((i) => i.notes.includes('\n'))).toBe(true);
    expect(items.some((i) => i.templateKey === null)).toBe(true);
    expect(state.locale).toBe('zh');
  });

  it('2 → 3 turns done into a status and keeps its change time and the tombstones', () => {
    const workbook = restored(savedV2).workbooks[0]!;
    expect(workbook.deleted).toEqual(v2Workbook.deleted);
    expect(workbook.orderChangedAt).toEqual(v2Workbook.orderChangedAt);
    for (const [id, { done, changedAt, ...item }] of Object.entries(v2Workbook.items)) {
      const { done: doneAt, ...otherTimes } = changedAt as Record<string, number>;
      expect(workbook.items[id]).toEqual({
        ...item,
        status: done ? 'done' : 'todo',
        owner: '',
        due: null,
        priority: null,
        criteria: NO_CRITERIA,
        changedAt: doneAt === undefined ? otherTimes : { ...otherTimes, status: doneAt },
      });
    }
    expect(Object.values(workbook.items).some((i) => i.changedAt.status !== undefined)).toBe(true);
  });

  it('passes current data through unchanged', () => {
    const current = restored(savedV3);
    expect(migrate(current, STATE_VERSION)).toEqual(current);
  });

  it.each([STATE_VERSION + 1, 0, -1, 1.5])('refuses data version %s', (version) => {
    expect(() => migrate(savedV1.state, version)).toThrow(StateVersionError);
  });
});

describe('restoreState', () => {
  it('names the field at fault', () => {
    const broken = structuredClone(restored(savedV1)) as unknown as {
      workbooks: { items: Record<string, { status: unknown }> }[];
    };
    const [firstId] = Object.keys(broken.workbooks[0]!.items);
    broken.workbooks[0]!.items[firstId!]!.status = 'finished';
    const result = restoreState(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`workbooks.0.items.${firstId}.status`);
  });

  it('refuses a due date that is not a calendar day', () => {
    const state = structuredClone(restored(savedV1));
    const item = Object.values(state.workbooks[0]!.items)[0]!;
    (item as { due: string | null }).due = '28/11/2026';
    expect(restoreState(state).ok).toBe(false);
  });

  it.each([null, 'text', 42, [], {}, { workbooks: [] }])('refuses %j', (data) => {
    expect(restoreState(data).ok).toBe(false);
  });

  it('keeps items whose place was lost and drops only dangling ids', () => {
    const state = structuredClone(restored(savedV1));
    const workbook = state.workbooks[0]!;
    const team = workbook.order.team as string[];
    const lost = team.shift()!;
    team.push('no-such-item');
    const result = restoreState(state);
    if (!result.ok) throw new Error(result.problem);
    const order = result.state.workbooks[0]!.order.team;
    expect(order).toContain(lost);
    expect(order).not.toContain('no-such-item');
  });

  it('falls back to the first workbook when the active id is unknown', () => {
    const result = restoreState({ ...restored(savedV1), activeWorkbookId: 'gone' });
    expect(result.ok && result.state.activeWorkbookId).toBe(v1Workbook.id);
  });
});

describe('readSavedText', () => {
  it('reads what earlier releases saved', () => {
    for (const saved of [savedV1, savedV2, savedV3, savedV4]) {
      const result = readSavedText(JSON.stringify(saved));
      expect(result.ok && result.state.workbooks[0]!.order).toEqual(saved.state.workbooks[0]!.order);
    }
  });

  it('refuses saved data, at start-up or from another tab, whose item id is a built-in name', () => {
    const state = structuredClone(restored(savedV3)) as unknown as PersistedState;
    const workbook = state.workbooks[0]!;
    const id = itemsOf(workbook, 'team')[0]!;
    const name: string = 'hasOwnProperty';
    workbook.items[name] = { ...workbook.items[id]!, id: name };
    delete workbook.items[id];
    (workbook.order.team as string[])[0] = name;
    const result = readSavedText(JSON.stringify({ state, version: STATE_VERSION }));
    expect(result).toMatchObject({ ok: false, field: { path: 'workbooks.0.items.hasOwnProperty' } });
  });

  it('reads saved data whose title an older version let through, though an import would refuse it', () => {
    const state = structuredClone(restored(savedV3)) as unknown as PersistedState;
    const workbook = state.workbooks[0]!;
    const id = itemsOf(workbook, 'team')[0]!;
    workbook.items[id] = { ...workbook.items[id]!, title: '\u200B' };
    const result = readSavedText(JSON.stringify({ state, version: STATE_VERSION }));
    expect(result.ok).toBe(true);
  });

  it.each(['{', '"x"', '{"state":{}}', JSON.stringify({ state: savedV1.state, version: 99 })])('refuses %s', (text) => {
    expect(readSavedText(text).ok).toBe(false);
  });
});
