import { describe, expect, it } from 'vitest';
import { itemsOf } from '../workbook/model';
import { STATE_VERSION } from '../workbook/persisted-state';
import { addOwnCriterion, withCriterionMet } from '../workbook/criteria';
import { makeTestStore } from './testing';
import { STORAGE_KEYS } from './storage-keys';

const STORAGE_KEY = STORAGE_KEYS.state;

function makeStore(initial: Record<string, string> = {}, initialLocale: 'zh' | 'en' = 'en') {
  const test = makeTestStore({ stored: initial, locale: initialLocale });
  // Most tests look at what was saved after each change, so let writes through at once.
  const saved = () => {
    test.flushWrites();
    return test.saved();
  };
  return { ...test, saved, storage: test.backend };
}

describe('workbook store actions', () => {
  it('ticks a criterion without ticking the item, saves it, adds an own criterion, and undoes each', () => {
    const { store, saved, workbook } = makeStore();
    const s = () => store.getState();
    const first = itemsOf(workbook(), 'team')[0] as string;
    s().changeCriteria(first, (item) => withCriterionMet(item, 'team/0/c1', true));
    expect(workbook().items[first]).toMatchObject({ status: 'todo', criteria: { met: ['team/0/c1'], own: [] } });
    expect(JSON.stringify(saved())).toContain('team/0/c1');
    const added = s().addItem('team', 'Hire a CTO');
    if (!('itemId' in added)) throw new Error('expected an item');
    s().changeCriteria(added.itemId, (item) => addOwnCriterion(item, '  Two references called  ', { newId: () => 'c1' }));
    expect(workbook().items[added.itemId]?.criteria.own).toMatchObject([{ text: 'Two references called' }]);
    s().changeCriteria(added.itemId, (item) => addOwnCriterion(item, '   ', { newId: () => 'c2' }));
    expect(workbook().items[added.itemId]?.criteria.own).toHaveLength(1);
    expect(s().undo()).toBe(true);
    expect(workbook().items[added.itemId]?.criteria.own).toHaveLength(0);
    s().undo();
    s().undo();
    expect(workbook().items[first]?.criteria.met).toEqual([]);
  });

  it('starts with one workbook of 43 items in the browser’s language', () => {
    const { store, workbook } = makeStore({}, 'zh');
    expect(store.getState().locale).toBe('zh');
    expect(store.getState().workbooks).toHaveLength(1);
    expect(Object.keys(workbook().items)).toHaveLength(43);
  });

  it('ticks, adds, edits, notes, moves and deletes, saving each change', () => {
    const { store, saved, workbook } = makeStore();
    const s = () => store.getState();
    const first = itemsOf(workbook(), 'team')[0] as string;

    s().toggleItem(first, true);
    expect(workbook().items[first]?.status).toBe('done');

    const added = s().addItem('team', 'Hire a CTO');
    if (!('itemId' in added)) throw new Error('expected an item');
    expect(itemsOf(workbook(), 'team').at(-1)).toBe(added.itemId);
    expect(s().addItem('team', '   ')).toEqual({ error: 'blank' });

    expect(s().editItem(added.itemId, { title: 'Hire a CTO by March' })).toEqual({});
    expect(s().editItem(added.itemId, { title: '' })).toEqual({ error: 'blank' });
    expect(workbook().items[added.itemId]?.title).toBe('Hire a CTO by March');

    s().setNotes(first, 'Met two candidates');
    s().moveItem(added.itemId, -1);
    expect(itemsOf(workbook(), 'team').at(-2)).toBe(added.itemId);

    const deleted = s().deleteItem(first);
    expect(workbook().items[first]).toBeUndefined();
    s().restoreItem(deleted!);
    expect(itemsOf(workbook(), 'team')[0]).toBe(first);
    expect(workbook().items[first]).toMatchObject({ status: 'done', notes: 'Met two candidates' });

    expect(saved().state.workbooks[0]).toEqual(workbook());
    expect(saved().version).toBe(STATE_VERSION);
  });

  it('resets an area and restores it', () => {
    const { store, workbook } = makeStore();
    const before = workbook();
    store.getState().toggleItem(itemsOf(before, 'legal')[0] as string, true);
    const ticked = workbook();
    const previous = store.getState().resetArea('legal');
    expect(itemsOf(workbook(), 'legal').every((id) => workbook().items[id]?.status === 'todo')).toBe(true);
    store.getState().restoreArea(previous);
    expect(workbook().order).toEqual(ticked.order);
    expect(workbook().items[itemsOf(before, 'legal')[0] as string]?.status).toBe('done');
  });

  it('remembers the language', () => {
    const { store, saved } = makeStore();
    store.getState().setLocale('zh');
    expect(saved().state.locale).toBe('zh');
  });

  it('does not store UI-only state or actions', () => {
    const { store, saved } = makeStore();
    store.getState().setLocale('en');
    expect(Object.keys(saved().state).sort()).toEqual(['activeWorkbookId', 'locale', 'workbooks']);
  });

  it('a no-op change does not write', () => {
    const { store, storage, saved, flushWrites, workbook } = makeStore();
    const id = itemsOf(workbook(), 'team')[0] as string;
    store.getState().toggleItem(id, true);
    const written = saved() && storage.data.get(STORAGE_KEY);
    storage.data.set(STORAGE_KEY, 'sentinel');
    store.getState().toggleItem(id, true);
    store.getState().moveItem(id, -1);
    flushWrites();
    expect(storage.data.get(STORAGE_KEY)).toBe('sentinel');
    expect(written).toContain('"status":"done"');
  });
});

describe('persisted version and migrate', () => {
  it('a saved plan comes back on the next visit', () => {
    const first = makeStore();
    const id = itemsOf(first.workbook(), 'risk')[1] as string;
    first.store.getState().toggleItem(id, true);
    first.store.getState().setNotes(id, 'Insurance quote due');
    first.flushWrites();

    const second = makeStore(Object.fromEntries(first.storage.data), 'zh');
    expect(second.workbook()).toEqual(first.workbook());
    expect(second.store.getState().locale).toBe('en');
  });

  it('stored data that fails validation leaves a usable workbook', () => {
    const { workbook } = makeStore({ [STORAGE_KEY]: JSON.stringify({ state: { workbooks: 'nope' }, version: 1 }) });
    expect(Object.keys(workbook().items)).toHaveLength(43);
  });

  it('stored data from a newer app version is not loaded as if it were current', () => {
    const newer = { state: { workbooks: [], activeWorkbookId: 'x', locale: 'en', futureField: 1 }, version: STATE_VERSION + 1 };
    const { workbook } = makeStore({ [STORAGE_KEY]: JSON.stringify(newer) });
    expect(Object.keys(workbook().items)).toHaveLength(43);
  });
});
