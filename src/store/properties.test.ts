// Property tests: random sequences of edits keep the workbook's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeWorkbooks } from '../workbook/merge';
import { AREA_IDS, type AreaId, ITEM_FIELDS, STATUSES, type Workbook, itemsOf } from '../workbook/model';
import * as ops from '../workbook/operations';
import { areaProgress, overallProgress } from '../workbook/progress';
import { recordChanges } from '../workbook/stamps';
import { TEMPLATES } from '../workbook/test-templates';
import { testClock } from '../workbook/testing';
import { parseImport, toExportFile } from '../workbook/transfer';
import { makeTestStore } from './testing';
import { selectWorkbook } from './workbook-store';

const area = fc.constantFrom(...AREA_IDS);
const pick = fc.nat(50);
const text = fc.string({ maxLength: 12 });

const action = fc.oneof(
  fc.record({ kind: fc.constant('toggle' as const), area, pick, done: fc.boolean() }),
  fc.record({ kind: fc.constant('notes' as const), area, pick, text }),
  fc.record({ kind: fc.constant('edit' as const), area, pick, text }),
  fc.record({ kind: fc.constant('add' as const), area, text }),
  fc.record({ kind: fc.constant('delete' as const), area, pick }),
  fc.record({ kind: fc.constant('move' as const), area, pick, offset: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ kind: fc.constant('reset' as const), area }),
  fc.record({
    kind: fc.constant('track' as const),
    area,
    pick,
    status: fc.constantFrom(...STATUSES),
    owner: fc.constantFrom('', 'Li', 'Ana '),
    due: fc.constantFrom(null, '2026-11-27', '2026-12-01'),
  }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const itemAt = (workbook: Workbook, areaId: AreaId, index: number) => {
  const ids = itemsOf(workbook, areaId);
  return ids.length ? ids[index % ids.length] : undefined;
};

function apply(workbook: Workbook, a: Action, clock: ReturnType<typeof testClock>): Workbook {
  const id = 'pick' in a ? itemAt(workbook, a.area, a.pick) : undefined;
  switch (a.kind) {
    case 'toggle':
      return id ? ops.toggleItem(workbook, id, a.done) : workbook;
    case 'notes':
      return id ? ops.setNotes(workbook, id, a.text) : workbook;
    case 'edit':
      return id ? ops.editItem(workbook, id, { title: a.text }).workbook : workbook;
    case 'add':
      return ops.addItem(workbook, a.area, { title: a.text }, clock).workbook;
    case 'delete':
      return id ? ops.deleteItem(workbook, id).workbook : workbook;
    case 'move':
      return id ? ops.moveItem(workbook, id, a.offset) : workbook;
    case 'reset':
      return ops.resetArea(workbook, a.area, TEMPLATES.en, clock).workbook;
    case 'track':
      return id ? ops.trackItem(workbook, id, { status: a.status, owner: a.owner, due: a.due }) : workbook;
  }
}

/** The same action as a person takes it, through the store, so it becomes an undo step. */
function dispatch(store: ReturnType<typeof makeTestStore>['store'], a: Action) {
  const actions = store.getState();
  const id = 'pick' in a ? itemAt(selectWorkbook(actions), a.area, a.pick) : undefined;
  if (a.kind === 'add') actions.addItem(a.area, a.text);
  else if (a.kind === 'reset') actions.resetArea(a.area);
  else if (!id) return;
  else if (a.kind === 'toggle') actions.toggleItem(id, a.done);
  else if (a.kind === 'notes') actions.setNotes(id, a.text);
  else if (a.kind === 'edit') actions.editItem(id, { title: a.text });
  else if (a.kind === 'delete') actions.deleteItem(id);
  else if (a.kind === 'move') actions.moveItem(id, a.offset);
  else actions.trackItem(id, { status: a.status, owner: a.owner, due: a.due });
}

/** What a person sees: the order and each item's text and tick, not the bookkeeping stamps. */
function content(workbook: Workbook) {
  return AREA_IDS.map((areaId) =>
    itemsOf(workbook, areaId).map((id) => {
      const item = workbook.items[id];
      return [id, item?.areaId, item?.templateKey, ...ITEM_FIELDS.map((f) => item?.[f])];
    }),
  );
}

function expectInvariants(workbook: Workbook) {
  const placed = AREA_IDS.flatMap((areaId) => itemsOf(workbook, areaId));
  expect(new Set(placed).size).toBe(placed.length);
  expect(placed.slice().sort()).toEqual(Object.keys(workbook.items).sort());
  for (const areaId of AREA_IDS) {
    for (const id of itemsOf(workbook, areaId)) expect(workbook.items[id]?.areaId).toBe(areaId);
    const items = itemsOf(workbook, areaId).map((id) => workbook.items[id]);
    expect(areaProgress(workbook, areaId)).toMatchObject({
      done: items.filter((i) => i?.status === 'done').length,
      total: items.filter((i) => i?.status !== 'na').length,
    });
  }
  expect(overallProgress(workbook).total).toBe(placed.filter((id) => workbook.items[id]?.status !== 'na').length);
}

describe('random sequences of edits', () => {
  it('keep ids unique, every item placed once, and progress equal to the ticks', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const clock = testClock();
        let workbook = ops.createWorkbook(TEMPLATES.en, clock);
        for (const a of actions) {
          clock.tick(1);
          workbook = recordChanges(workbook, apply(workbook, a, clock), clock.now());
          expectInvariants(workbook);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('round-trip through export and import to an equal workbook', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const clock = testClock();
        let workbook = ops.createWorkbook(TEMPLATES.zh, clock);
        for (const a of actions) workbook = recordChanges(workbook, apply(workbook, a, clock), clock.now());
        const result = parseImport(JSON.stringify(toExportFile(workbook, new Date(0))));
        expect(result.ok && result.workbook).toEqual(workbook);
      }),
      { numRuns: 100 },
    );
  });

  it('can all be undone, back to the starting plan', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const test = makeTestStore();
        const start = content(test.workbook());
        for (const a of actions) {
          test.clock.tick(1500);
          dispatch(test.store, a);
        }
        while (test.store.history.getState().past.length) test.store.getState().undo();
        expect(content(test.workbook())).toEqual(start);
      }),
      { numRuns: 60 },
    );
  });

  it('made concurrently in two tabs, merge keeping every edit to distinct items', () => {
    const edit = fc.record({ pick: fc.nat(42), done: fc.boolean(), text });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), fc.array(edit, { maxLength: 15 }), (editsA, editsB) => {
        const start = ops.createWorkbook(TEMPLATES.en, testClock(0));
        const ids = Object.keys(start.items).sort();
        // Tab A edits the first half of the items, tab B the second half, interleaved in time.
        const half = Math.floor(ids.length / 2);
        const run = (edits: typeof editsA, pool: string[], offset: number) => {
          let workbook = start;
          const expected = new Map<string, { status: string; notes: string }>();
          edits.forEach((e, i) => {
            const id = pool[e.pick % pool.length] as string;
            const next = ops.setNotes(ops.toggleItem(workbook, id, e.done), id, e.text);
            workbook = recordChanges(workbook, next, 10 + i * 2 + offset);
            expected.set(id, { status: e.done ? 'done' : 'todo', notes: e.text });
          });
          return { workbook, expected };
        };
        const a = run(editsA, ids.slice(0, half), 0);
        const b = run(editsB, ids.slice(half), 1);
        for (const merged of [mergeWorkbooks(a.workbook, b.workbook), mergeWorkbooks(b.workbook, a.workbook)]) {
          for (const [id, value] of [...a.expected, ...b.expected]) expect(merged.items[id]).toMatchObject(value);
          expectInvariants(merged);
        }
      }),
      { numRuns: 150 },
    );
  });
});
