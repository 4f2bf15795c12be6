import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AREA_IDS, ITEM_FIELDS, type Item, type ItemField, type ItemId, type Workbook, itemsOf } from '../workbook/model';
import { withCriterionMet } from '../workbook/criteria';
import * as ops from '../workbook/operations';
import { recordChanges } from '../workbook/stamps';
import { TEMPLATES } from '../workbook/test-templates';
import { SIX_SECTIONS, testClock } from '../workbook/testing';
import { readGuideMarkdown } from '../workbook/guide-import';
import { areaIdsOf } from '../workbook/model';
import { applyWorkbookChange, changedItemIds, planMaps, planUndoManager, seedPlanDoc, workbookFromDoc } from './plan-doc';

/** A value for every field a person edits, none of them a new item's: a new field without one is a type error. */
const EDITED: { [F in ItemField]: Item[F] } = {
  title: 'Hire a CTO',
  detail: 'Someone who has shipped a model',
  status: 'doing',
  notes: 'Ask Ana for names',
  owner: 'Wei',
  due: '2027-01-15',
  priority: 'high',
  criteria: { met: ['team/1/c2', 'own/x1'], own: [{ id: 'own/x1', text: 'Two references checked' }] },
};

function newPlan(prefix = 'id') {
  const clock = testClock(1_700_000_000_000, prefix);
  return { clock, workbook: ops.createWorkbook(TEMPLATES.en, clock) };
}

/** One person's browser: the store's copy of the plan and the shared document, changed as the store will. */
class Peer {
  doc = new Y.Doc();
  origin = Symbol('local');
  undo = planUndoManager(this.doc, this.origin);
  workbook: Workbook;
  now = 1_800_000_000_000;

  constructor(base: Workbook) {
    this.workbook = base;
  }

  act(change: (workbook: Workbook) => Workbook) {
    this.now += 1000;
    const after = recordChanges(this.workbook, change(this.workbook), this.now);
    applyWorkbookChange(this.doc, this.workbook, after, this.origin);
    this.workbook = after;
    // Each action is its own undo step, as a person's actions a second apart are.
    this.undo.stopCapturing();
  }

  read() {
    this.workbook = workbookFromDoc(this.doc, this.workbook);
    return this.workbook;
  }
}

/** Brings two documents up to date with each other, as the server does once both are online. */
function exchange(...docs: Y.Doc[]) {
  for (const from of docs) {
    for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
  }
}

/** Two people in one freshly shared plan: A created it, B opened the link. */
function twoPeople() {
  const { workbook } = newPlan();
  const a = new Peer(workbook);
  seedPlanDoc(a.doc, workbook);
  const b = new Peer({ ...newPlan('other').workbook, id: 'b-local' });
  exchange(a.doc, b.doc);
  b.read();
  return { a, b, first: itemsOf(workbook, 'team')[0] as ItemId, second: itemsOf(workbook, 'team')[1] as ItemId };
}

describe('the plan as a Yjs document', () => {
  it('round-trips every field of the model: items, order, tombstones, plan details', () => {
    const { clock, workbook: seeded } = newPlan();
    let workbook = seeded;
    const edited = itemsOf(workbook, 'team')[1] as ItemId;
    workbook = recordChanges(workbook, ops.replaceItem(workbook, { ...(workbook.items[edited] as Item), ...EDITED }), 2e12);
    const added = ops.addItem(workbook, 'legal', { title: 'Register the trademark', detail: 'In both markets' }, clock);
    if ('error' in added) throw new Error('expected an item');
    workbook = recordChanges(workbook, added.workbook, 2e12 + 1);
    workbook = recordChanges(workbook, ops.moveItemTo(workbook, edited, 3), 2e12 + 2);
    workbook = recordChanges(workbook, ops.deleteItem(workbook, itemsOf(workbook, 'funding')[0] as ItemId).workbook, 2e12 + 3);
    workbook = recordChanges(workbook, ops.setPlanDetails(workbook, { name: 'Seed round', company: 'Lumen AI' }), 2e12 + 4);
    for (const field of ITEM_FIELDS) expect(workbook.items[edited]?.[field]).toBe(EDITED[field]);

    const doc = new Y.Doc();
    expect(seedPlanDoc(doc, workbook)).toBe(true);
    // Read by a browser that had never seen the plan: only the local id comes from its own copy.
    const elsewhere = { ...newPlan('elsewhere').workbook, id: workbook.id };
    expect(workbookFromDoc(doc, elsewhere)).toEqual(workbook);
  });

  it('reads an unchanged document as the very same workbook, and reuses every item a change left alone', () => {
    const { a, b, first, second } = twoPeople();
    expect(workbookFromDoc(b.doc, b.workbook)).toBe(b.workbook);
    const before = b.workbook;
    a.act((w) => ops.setNotes(w, first, 'Call the lawyer'));
    exchange(a.doc, b.doc);
    const after = b.read();
    expect(after.items[first]?.notes).toBe('Call the lawyer');
    expect(after.items[second]).toBe(before.items[second]);
    expect(after.order).toBe(before.order);
  });

  it('keeps both changes when two people change different fields of one item at once', () => {
    const { a, b, first } = twoPeople();
    a.act((w) => ops.toggleItem(w, first, true));
    b.act((w) => ops.setNotes(w, first, 'Budget agreed'));
    exchange(a.doc, b.doc);
    for (const peer of [a, b]) expect(peer.read().items[first]).toMatchObject({ status: 'done', notes: 'Budget agreed' });
  });

  it('gives the same field one value everywhere when two people change it at once, and the later edit wins after that', () => {
    const { a, b, first } = twoPeople();
    a.act((w) => ops.trackItem(w, first, { owner: 'Ana' }));
    b.act((w) => ops.trackItem(w, first, { owner: 'Wei' }));
    exchange(a.doc, b.doc);
    const owner = a.read().items[first]?.owner;
    expect(['Ana', 'Wei']).toContain(owner);
    expect(b.read().items[first]?.owner).toBe(owner);
    a.act((w) => ops.trackItem(w, first, { owner: 'Li' }));
    exchange(a.doc, b.doc);
    expect(b.read().items[first]?.owner).toBe('Li');
  });

  it('moves an item by writing its own order key and nothing else', () => {
    const { a, b, first } = twoPeople();
    const written: string[] = [];
    planMaps(a.doc).items.observeDeep((events) => {
      for (const event of events) for (const key of event.keys.keys()) written.push(`${String(event.path.at(-1))}.${key}`);
    });
    a.act((w) => ops.moveItemTo(w, first, 3));
    expect(written).toEqual([`${first}.order`]);
    exchange(a.doc, b.doc);
    expect(itemsOf(b.read(), 'team')).toEqual(itemsOf(a.workbook, 'team'));
    expect(itemsOf(b.workbook, 'team')[3]).toBe(first);
  });

  it('lists each item once in one order everywhere after two people move and add items at once', () => {
    const { a, b, first, second } = twoPeople();
    a.act((w) => ops.moveItemTo(w, first, 4));
    b.act((w) => ops.moveItemTo(w, first, 2));
    b.act((w) => ops.moveItemTo(w, second, 4));
    // Both add an item at the end: their new items get the same order key, and stay apart by id.
    a.act((w) => {
      const r = ops.addItem(w, 'team', { title: 'From A' }, testClock(0, 'a-new'));
      return r.workbook;
    });
    b.act((w) => ops.addItem(w, 'team', { title: 'From B' }, testClock(0, 'b-new')).workbook);
    exchange(a.doc, b.doc);
    const order = itemsOf(a.read(), 'team');
    expect(itemsOf(b.read(), 'team')).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    expect(order).toHaveLength(7);
    // A move between the two items that share a key still lands where it was dropped.
    const last = order.at(-1) as ItemId;
    a.act((w) => ops.moveItemTo(w, last, 5));
    exchange(a.doc, b.doc);
    expect(itemsOf(b.read(), 'team')[5]).toBe(last);
    expect(itemsOf(a.read(), 'team')).toEqual(itemsOf(b.workbook, 'team'));
  });

  it('keeps an item deleted when another person edits it at that moment, and brings it back with that edit on undo', () => {
    const { a, b, first } = twoPeople();
    a.act((w) => ops.deleteItem(w, first).workbook);
    b.act((w) => ops.setNotes(w, first, 'Written while A deleted it'));
    exchange(a.doc, b.doc);
    for (const peer of [a, b]) {
      expect(peer.read().items[first]).toBeUndefined();
      expect(itemsOf(peer.workbook, 'team')).not.toContain(first);
      expect(Object.keys(peer.workbook.deleted)).toContain(first);
    }
    a.undo.undo();
    exchange(a.doc, b.doc);
    for (const peer of [a, b]) {
      expect(peer.read().items[first]?.notes).toBe('Written while A deleted it');
      expect(itemsOf(peer.workbook, 'team')[0]).toBe(first);
      expect(peer.workbook.deleted).not.toHaveProperty(first);
    }
  });

  it('keeps what others wrote into a deleted item when the store brings it back (the deleted-elsewhere toast)', () => {
    const { a, b, first } = twoPeople();
    const kept = a.workbook;
    const { workbook: without, deleted } = ops.deleteItem(a.workbook, first);
    a.act(() => without);
    b.act((w) => ops.setNotes(w, first, 'Newer notes from B'));
    exchange(a.doc, b.doc);
    a.read();
    expect(kept.items[first]?.notes).toBe('');
    a.act((w) => ops.restoreItem(w, deleted!));
    exchange(a.doc, b.doc);
    expect(b.read().items[first]?.notes).toBe('Newer notes from B');
  });

  it("undoes only this person's own changes, never a teammate's, even in the same item", () => {
    const { a, b, first, second } = twoPeople();
    a.act((w) => ops.editItem(w, first, { title: 'Renamed by A' }).workbook);
    b.act((w) => ops.setNotes(w, first, 'Notes by B'));
    b.act((w) => ops.toggleItem(w, second, true));
    exchange(a.doc, b.doc);
    a.undo.undo();
    exchange(a.doc, b.doc);
    for (const peer of [a, b]) {
      const plan = peer.read();
      expect(plan.items[first]).toMatchObject({ title: null, notes: 'Notes by B' });
      expect(plan.items[second]?.status).toBe('done');
    }
    expect(b.undo.canUndo()).toBe(true);
  });

  it("carries a ticked criterion to a teammate, and undoes it without touching the teammate's other edits", () => {
    const { a, b, first } = twoPeople();
    a.act((w) => ops.replaceItem(w, withCriterionMet(w.items[first] as Item, 'team/0/c1', true)));
    b.act((w) => ops.setNotes(w, first, 'Notes by B'));
    exchange(a.doc, b.doc);
    expect(b.read().items[first]).toMatchObject({ criteria: { met: ['team/0/c1'], own: [] }, notes: 'Notes by B' });
    a.undo.undo();
    exchange(a.doc, b.doc);
    expect(b.read().items[first]).toMatchObject({ criteria: { met: [], own: [] }, notes: 'Notes by B' });
  });

  it("keeps a teammate's newer value when undoing a field they changed since", () => {
    const { a, b, first } = twoPeople();
    a.act((w) => ops.trackItem(w, first, { owner: 'Ana' }));
    exchange(a.doc, b.doc);
    b.read();
    b.act((w) => ops.trackItem(w, first, { owner: 'Wei' }));
    exchange(a.doc, b.doc);
    a.undo.undo();
    exchange(a.doc, b.doc);
    expect(a.read().items[first]?.owner).toBe('Wei');
  });

  it('seeds a plan once: the same plan seeded twice at once lists each item once, and a seeded document is left alone', () => {
    const { workbook } = newPlan();
    const one = new Y.Doc();
    const two = new Y.Doc();
    expect(seedPlanDoc(one, workbook)).toBe(true);
    expect(seedPlanDoc(two, workbook)).toBe(true);
    exchange(one, two);
    const base = { ...newPlan('x').workbook, id: workbook.id };
    expect(workbookFromDoc(one, base)).toEqual(workbook);
    expect(planMaps(one).items.size).toBe(Object.keys(workbook.items).length);
    expect(Y.encodeStateAsUpdate(one)).toEqual(Y.encodeStateAsUpdate(two));
    expect(seedPlanDoc(one, newPlan('y').workbook)).toBe(false);
    expect(planMaps(one).items.size).toBe(Object.keys(workbook.items).length);
  });

  it('reads whatever someone wrote into the document by hand as values the screens can show', () => {
    const { a, b, first } = twoPeople();
    const { items } = planMaps(a.doc);
    a.doc.transact(() => {
      const item = items.get(first)!;
      item.set('status', 'hacked');
      item.set('due', '2027-02-30');
      item.set('title', 42);
      item.set('priority', 'urgent');
      item.set('criteria', { met: ['team/0/c1', 7], own: [{ id: 'own/1' }, { id: 'own/2', text: 'Kept' }] });
      item.set('order', 'not a key!');
      item.set('at:notes', 'yesterday');
      const odd = new Y.Map<unknown>();
      items.set('toString', odd);
      odd.set('areaId', 'team');
      const nowhere = new Y.Map<unknown>();
      items.set('nowhere', nowhere);
      nowhere.set('areaId', 'moon');
    });
    exchange(a.doc, b.doc);
    const plan = b.read();
    expect(plan.items[first]).toMatchObject({ status: 'todo', due: null, title: null, priority: null, changedAt: {} });
    expect(plan.items[first]?.criteria).toEqual({ met: ['team/0/c1'], own: [{ id: 'own/2', text: 'Kept' }] });
    expect(Object.hasOwn(plan.items, 'toString')).toBe(false);
    expect(plan.items).not.toHaveProperty('nowhere');
    expect(AREA_IDS.flatMap((areaId) => plan.order[areaId])).toHaveLength(Object.keys(plan.items).length);
    // A move in an area holding an unreadable key still places every item.
    b.act((w) => ops.moveItemTo(w, first, 2));
    exchange(a.doc, b.doc);
    expect(itemsOf(a.read(), 'team')[2]).toBe(first);
  });

  it('reads only the items that changed, given their ids from the events, and gets the same plan as a full read', () => {
    const { a, b, first, second } = twoPeople();
    let touched = new Set<ItemId>();
    planMaps(b.doc).items.observeDeep((events) => {
      for (const id of changedItemIds(events)) touched.add(id);
    });
    const changes: ((w: Workbook) => Workbook)[] = [
      (w) => ops.setNotes(w, first, 'Notes'),
      (w) => ops.moveItemTo(w, second, 4),
      (w) => ops.deleteItem(w, first).workbook,
      (w) => ops.addItem(w, 'risk', { title: 'New risk' }, testClock(0, 'new')).workbook,
      (w) => ops.setPlanDetails(w, { name: 'Series A' }),
    ];
    for (const change of changes) {
      a.act(change);
      exchange(a.doc, b.doc);
      const quick = workbookFromDoc(b.doc, b.workbook, touched);
      expect(quick).toEqual(workbookFromDoc(b.doc, b.workbook));
      b.workbook = quick;
      touched = new Set();
    }
    a.undo.undo();
    exchange(a.doc, b.doc);
    expect(workbookFromDoc(b.doc, b.workbook, touched)).toEqual(workbookFromDoc(b.doc, b.workbook));
  });
});

describe('a plan from a guide of its own', () => {
  it('reaches a teammate with its areas, and a guide written by hand that is not well formed reads as none', () => {
    const clock = testClock();
    const read = readGuideMarkdown(SIX_SECTIONS, clock);
    if (!read.ok) throw new Error('the guide did not read');
    const workbook = read.workbook;
    const doc = new Y.Doc();
    seedPlanDoc(doc, workbook);
    const joined = workbookFromDoc(doc, { ...ops.blankWorkbook(clock), id: workbook.id });
    expect(joined.guide).toEqual(workbook.guide);
    expect(areaIdsOf(joined)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(itemsOf(joined, 's6')).toEqual(itemsOf(workbook, 's6'));
    planMaps(doc).plan.set('guide', { title: 1, areas: 'x' });
    const broken = workbookFromDoc(doc, joined);
    expect(broken.guide).toBeNull();
    // Its items name areas the built-in guide lacks: they are left out rather than shown in a wrong area.
    expect(Object.keys(broken.items)).toEqual([]);
  });
});
