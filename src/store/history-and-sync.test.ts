import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedText } from '../workbook/migrations';
import { AREA_IDS, type AreaId, ITEM_FIELDS, type Workbook, itemsOf } from '../workbook/model';
import * as ops from '../workbook/operations';
import { TEMPLATES } from '../workbook/test-templates';
import { testClock } from '../workbook/testing';
import { STORAGE_KEYS } from './storage';
import { makeTestStore } from './testing';

describe('undo and redo', () => {
  it('undoes and redoes each change in turn', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const id = itemsOf(test.workbook(), 'team')[0] as string;
    s().toggleItem(id, true);
    s().deleteItem(itemsOf(test.workbook(), 'team')[1] as string);
    expect(itemsOf(test.workbook(), 'team')).toHaveLength(4);

    s().undo();
    expect(itemsOf(test.workbook(), 'team')).toHaveLength(5);
    s().undo();
    expect(test.workbook().items[id]?.status).toBe('todo');
    s().redo();
    expect(test.workbook().items[id]?.status).toBe('done');
    s().redo();
    expect(itemsOf(test.workbook(), 'team')).toHaveLength(4);
  });

  it('a run of keystrokes in one note is one step; a pause starts another', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const id = itemsOf(test.workbook(), 'team')[0] as string;
    for (const text of ['a', 'ab', 'abc']) {
      s().setNotes(id, text);
      test.clock.tick(100);
    }
    test.clock.tick(2000);
    s().setNotes(id, 'abc def');
    s().undo();
    expect(test.workbook().items[id]?.notes).toBe('abc');
    s().undo();
    expect(test.workbook().items[id]?.notes).toBe('');
  });

  it('the language is not part of the history', () => {
    const test = makeTestStore();
    test.store.getState().setLocale('zh');
    expect(test.store.history.getState().past).toHaveLength(0);
  });

  it('an undone deletion is newer than its tombstone, so a merge keeps the item', () => {
    const test = makeTestStore();
    const id = itemsOf(test.workbook(), 'legal')[0] as string;
    test.store.getState().deleteItem(id);
    const withTombstone = test.workbook();
    test.clock.tick(10);
    test.store.getState().undo();
    test.store.getState().receiveRemote({ workbooks: [withTombstone], activeWorkbookId: withTombstone.id, locale: 'en' });
    expect(itemsOf(test.workbook(), 'legal')).toContain(id);
  });
});

describe('two tabs', () => {
  /** Two stores on one storage, each told of the other's writes as the browser's storage event would. */
  function twoTabs() {
    const clock = testClock();
    const a = makeTestStore({ clock });
    a.store.setState({}); // the first visit writes its fresh workbook
    a.flushWrites();
    const b = makeTestStore({ clock, backend: a.backend });
    /** What the browser does: after one tab writes, the other hears of the new text. */
    const deliver = (from: typeof a, to: typeof a) => {
      from.flushWrites();
      const remote = readSavedText(a.backend.data.get(STORAGE_KEYS.state) ?? '');
      if (remote.ok) to.store.getState().receiveRemote(remote.state);
    };
    return { a, b, clock, deliver };
  }

  it('edits to different items in both tabs both survive', () => {
    const { a, b, clock, deliver } = twoTabs();
    const [x, y] = itemsOf(a.workbook(), 'risk') as [string, string];
    a.store.getState().setNotes(x, 'from tab A');
    clock.tick(5);
    b.store.getState().toggleItem(y, true);
    deliver(a, b);
    deliver(b, a);
    for (const tab of [a, b]) {
      expect(tab.workbook().items[x]?.notes).toBe('from tab A');
      expect(tab.workbook().items[y]?.status).toBe('done');
    }
  });

  it('undo reverses only this tab’s own change, keeping what another tab did since', () => {
    const { a, b, clock, deliver } = twoTabs();
    const [x, y, z] = itemsOf(a.workbook(), 'marketing') as [string, string, string];
    a.store.getState().toggleItem(x, true);
    deliver(a, b);
    clock.tick(5);
    b.store.getState().setNotes(y, 'from tab B');
    clock.tick(5);
    b.store.getState().toggleItem(z, true);
    deliver(b, a);
    clock.tick(5);
    a.store.getState().undo();
    deliver(a, b);
    for (const tab of [a, b]) {
      expect(tab.workbook().items[x]?.status).toBe('todo');
      expect(tab.workbook().items[y]?.notes).toBe('from tab B');
      expect(tab.workbook().items[z]?.status).toBe('done');
    }
    clock.tick(5);
    a.store.getState().redo();
    deliver(a, b);
    for (const tab of [a, b]) {
      expect(tab.workbook().items[x]?.status).toBe('done');
      expect(tab.workbook().items[y]?.notes).toBe('from tab B');
      expect(tab.workbook().items[z]?.status).toBe('done');
    }
  });

  it('an undo or redo that another tab’s change since leaves with nothing to do says it changed nothing', () => {
    const { a, b, clock, deliver } = twoTabs();
    const added = a.store.getState().addItem('team', 'Hostile new');
    if (!('itemId' in added)) throw new Error('not added');
    deliver(a, b);
    clock.tick(5);
    b.store.getState().setNotes(added.itemId, 'written in tab B');
    deliver(b, a);
    clock.tick(5);
    const before = a.workbook();
    expect(a.store.getState().undo()).toBe(false);
    expect(a.workbook()).toBe(before);
    expect(a.store.getState().redo()).toBe(false);

    a.store.getState().toggleItem(added.itemId, true);
    expect(a.store.getState().undo()).toBe(true);
    expect(a.store.getState().redo()).toBe(true);
  });

  it('undo leaves a field another tab changed after this tab’s step', () => {
    const { a, b, clock, deliver } = twoTabs();
    const x = itemsOf(a.workbook(), 'funding')[0] as string;
    a.store.getState().setNotes(x, 'mine');
    deliver(a, b);
    clock.tick(2000);
    b.store.getState().setNotes(x, 'mine, and theirs');
    deliver(b, a);
    clock.tick(5);
    a.store.getState().undo();
    expect(a.workbook().items[x]?.notes).toBe('mine, and theirs');
  });

  it('undoing a deletion brings the item back among items another tab added since', () => {
    const { a, b, clock, deliver } = twoTabs();
    const [x, y] = itemsOf(a.workbook(), 'legal') as [string, string];
    a.store.getState().deleteItem(x);
    deliver(a, b);
    clock.tick(5);
    const added = b.store.getState().addItem('legal', 'Trademark search');
    if ('error' in added) throw new Error('expected an item');
    deliver(b, a);
    clock.tick(5);
    a.store.getState().undo();
    expect(itemsOf(a.workbook(), 'legal')[0]).toBe(x);
    expect(itemsOf(a.workbook(), 'legal')[1]).toBe(y);
    expect(itemsOf(a.workbook(), 'legal')).toContain(added.itemId);
  });

  it('an item another tab deleted is handed back as this tab had it, with notes the other tab never saw', () => {
    const { a, b, clock, deliver } = twoTabs();
    const [x, y] = itemsOf(a.workbook(), 'legal') as [string, string];
    a.store.getState().setNotes(y, 'typed just now');
    clock.tick(5);
    b.store.getState().deleteItem(y);
    b.flushWrites();
    const remote = readSavedText(b.backend.data.get(STORAGE_KEYS.state) ?? '');
    if (!remote.ok) throw new Error(remote.problem);
    const deleted = a.store.getState().receiveRemote(remote.state);
    expect(a.workbook().items[y]).toBeUndefined();
    expect(deleted).toEqual([{ item: expect.objectContaining({ id: y, notes: 'typed just now' }), index: 1 }]);
    clock.tick(5);
    for (const item of deleted) a.store.getState().restoreItem(item);
    deliver(a, b);
    for (const tab of [a, b]) {
      expect(itemsOf(tab.workbook(), 'legal').slice(0, 2)).toEqual([x, y]);
      expect(tab.workbook().items[y]?.notes).toBe('typed just now');
    }
  });

  it('undoing every step of one tab, edits interleaved with another tab’s, leaves all of the other tab’s', () => {
    /** Each area's items in order, with what a person sees of them. */
    const content = (workbook: Workbook, areas: AreaId[]) =>
      areas.map((areaId) => itemsOf(workbook, areaId).map((id) => [id, ...ITEM_FIELDS.map((f) => workbook.items[id]?.[f])]));
    const mine: AreaId[] = ['team', 'funding'];
    const theirs = AREA_IDS.filter((areaId) => !mine.includes(areaId));
    const edit = fc.record({
      kind: fc.constantFrom('tick', 'notes', 'delete', 'move', 'add'),
      area: fc.nat(7),
      pick: fc.nat(9),
      text: fc.string({ maxLength: 6 }),
    });
    type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
    const make = (tab: ReturnType<typeof twoTabs>['a'], areas: AreaId[], e: Edit) => {
      const areaId = areas[e.area % areas.length] as AreaId;
      const ids = itemsOf(tab.workbook(), areaId);
      const id = ids[e.pick % Math.max(ids.length, 1)];
      const s = tab.store.getState();
      if (e.kind === 'add') s.addItem(areaId, `${e.text}x`);
      else if (!id) return;
      else if (e.kind === 'tick') s.toggleItem(id, tab.workbook().items[id]?.status !== 'done');
      else if (e.kind === 'notes') s.setNotes(id, e.text);
      else if (e.kind === 'delete') s.deleteItem(id);
      else s.moveItem(id, e.pick % 2 ? 1 : -1);
    };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.array(edit, { maxLength: 12 }), (editsA, editsB) => {
        const { a, b, clock, deliver } = twoTabs();
        const start = content(a.workbook(), mine);
        for (let i = 0; i < Math.max(editsA.length, editsB.length); i += 1) {
          const [ea, eb] = [editsA[i], editsB[i]];
          if (ea) make(a, mine, ea);
          clock.tick(1500);
          deliver(a, b);
          if (eb) make(b, theirs, eb);
          clock.tick(1500);
          deliver(b, a);
        }
        const theirWork = content(b.workbook(), theirs);
        while (a.store.history.getState().past.length) {
          a.store.getState().undo();
          clock.tick(10);
        }
        deliver(a, b);
        for (const tab of [a, b]) {
          expect(content(tab.workbook(), mine)).toEqual(start);
          expect(content(tab.workbook(), theirs)).toEqual(theirWork);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a change from another tab is not an undo step here', () => {
    const { a, b, deliver } = twoTabs();
    b.store.getState().toggleItem(itemsOf(b.workbook(), 'risk')[0] as string, true);
    deliver(b, a);
    expect(a.store.history.getState().past).toHaveLength(0);
  });
});

describe('import', () => {
  it('replace takes the file’s plan and can be undone', () => {
    const test = makeTestStore();
    const before = test.workbook();
    const incoming = ops.toggleItem(before, itemsOf(before, 'team')[0] as string, true);
    test.store.getState().importWorkbook(incoming, 'replace');
    expect(test.workbook().items[itemsOf(before, 'team')[0] as string]?.status).toBe('done');
    test.store.getState().undo();
    expect(test.workbook().items[itemsOf(before, 'team')[0] as string]?.status).toBe('todo');
  });

  it('merge adds the file’s own items without doubling the guide’s', () => {
    const test = makeTestStore();
    const other = ops.createWorkbook(TEMPLATES.en, testClock(5, 'file'));
    const added = ops.addItem(other, 'talent', { title: 'Equity pool' }, testClock(6, 'file2'));
    if ('error' in added) throw new Error('expected an item');
    test.store.getState().importWorkbook(added.workbook, 'merge');
    expect(Object.keys(test.workbook().items)).toHaveLength(44);
    expect(test.workbook().items[added.itemId]?.title).toBe('Equity pool');
  });
});

describe('first visit', () => {
  it('saves the fresh workbook at once, so a second tab opened next shares it', () => {
    const first = makeTestStore();
    expect(first.saved().state.workbooks[0].id).toBe(first.workbook().id);
    const second = makeTestStore({ backend: first.backend, clock: testClock(9, 'second') });
    expect(second.workbook().id).toBe(first.workbook().id);
  });

  it('an untouched workbook yields to another tab’s plan seeded at the same time', () => {
    const a = makeTestStore();
    const b = makeTestStore({ clock: testClock(9, 'b') });
    a.store.getState().toggleItem(itemsOf(a.workbook(), 'team')[0] as string, true);
    a.flushWrites();
    const remote = readSavedText(a.backend.data.get(STORAGE_KEYS.state) ?? '');
    if (!remote.ok) throw new Error(remote.problem);
    b.store.getState().receiveRemote(remote.state);
    expect(b.workbook().id).toBe(a.workbook().id);
    expect(b.workbook().items[itemsOf(a.workbook(), 'team')[0] as string]?.status).toBe('done');
  });
});
