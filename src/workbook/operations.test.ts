import { describe, expect, it } from 'vitest';
import { AREA_IDS, itemsOf } from './model';
import * as ops from './operations';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

const fresh = () => {
  const clock = testClock();
  return { clock, workbook: ops.createWorkbook(TEMPLATES.zh, clock) };
};

describe('createWorkbook', () => {
  it('seeds every guide item, unticked, with unique ids and template keys', () => {
    const { workbook } = fresh();
    expect(AREA_IDS.map((a) => itemsOf(workbook, a).length)).toEqual([5, 5, 5, 4, 4, 4, 4, 4, 4, 4]);
    const items = Object.values(workbook.items);
    expect(items).toHaveLength(43);
    expect(new Set(items.map((i) => i.id)).size).toBe(43);
    expect(
      items.every((i) => i.status === 'todo' && i.notes === '' && i.title === null && i.owner === '' && i.due === null),
    ).toBe(true);
    expect(workbook.items[itemsOf(workbook, 'team')[2] as string]?.templateKey).toBe('team/2');
  });
});

describe('addItem', () => {
  it('adds a trimmed title at the end of the area', () => {
    const { clock, workbook } = fresh();
    const result = ops.addItem(workbook, 'team', { title: '  Hire a CTO  ' }, clock);
    if ('error' in result) throw new Error('expected an item');
    expect(itemsOf(result.workbook, 'team')).toHaveLength(6);
    expect(itemsOf(result.workbook, 'team').at(-1)).toBe(result.itemId);
    expect(result.workbook.items[result.itemId]).toMatchObject({ title: 'Hire a CTO', templateKey: null, status: 'todo' });
    expect(itemsOf(workbook, 'team')).toHaveLength(5);
  });

  // Characters that take no room show as a blank title as surely as spaces do.
  it.each(['\u200B', ' \u200B\u200D ', '\uFEFF\u2060'])('refuses the invisible title %j', (title) => {
    const workbook = ops.createWorkbook(TEMPLATES.zh, testClock());
    expect(ops.addItem(workbook, 'team', { title }, testClock())).toEqual({ workbook, error: 'blank' });
    const id = itemsOf(workbook, 'team')[0] as string;
    expect(ops.editItem(workbook, id, { title })).toEqual({ workbook, error: 'blank' });
  });

  it.each(['', '   ', '\n\t'])('refuses the blank title %j and changes nothing', (title) => {
    const { clock, workbook } = fresh();
    const result = ops.addItem(workbook, 'team', { title }, clock);
    expect(result).toEqual({ workbook, error: 'blank' });
  });
});

describe('editItem', () => {
  it('makes only the changed fields the user’s own', () => {
    const { workbook } = fresh();
    const id = itemsOf(workbook, 'legal')[0] as string;
    const result = ops.editItem(workbook, id, { title: 'IP first' });
    expect(result.workbook.items[id]).toMatchObject({ title: 'IP first', detail: null, templateKey: 'legal/0' });
  });

  it('refuses an empty title and keeps the item as it was', () => {
    const { workbook } = fresh();
    const id = itemsOf(workbook, 'legal')[0] as string;
    expect(ops.editItem(workbook, id, { title: ' ' })).toEqual({ workbook, error: 'blank' });
  });
});

describe('toggleItem and setNotes', () => {
  it('ticks and unticks; an unchanged value returns the same workbook', () => {
    const { workbook } = fresh();
    const id = itemsOf(workbook, 'funding')[1] as string;
    const ticked = ops.toggleItem(workbook, id, true);
    expect(ticked.items[id]?.status).toBe('done');
    expect(ops.toggleItem(ticked, id, true)).toBe(ticked);
    expect(ops.toggleItem(ticked, id, false).items[id]?.status).toBe('todo');
  });

  it('keeps notes exactly as typed, line breaks and all', () => {
    const { workbook } = fresh();
    const id = itemsOf(workbook, 'funding')[1] as string;
    const notes = 'Angel: ¥2M\n  VC: Q3 <b>maybe</b>\n';
    expect(ops.setNotes(workbook, id, notes).items[id]?.notes).toBe(notes);
  });
});

describe('moveItem', () => {
  it('moves an item up and down within its area', () => {
    const { workbook } = fresh();
    const [a, b, c] = itemsOf(workbook, 'team') as [string, string, string];
    const down = ops.moveItem(workbook, a, 1);
    expect(itemsOf(down, 'team').slice(0, 3)).toEqual([b, a, c]);
    expect(itemsOf(ops.moveItem(down, a, -1), 'team').slice(0, 3)).toEqual([a, b, c]);
  });

  it('puts a dragged item where it was dropped', () => {
    const { workbook } = fresh();
    const [a, b, c, d, e] = itemsOf(workbook, 'team') as [string, string, string, string, string];
    expect(ops.moveItemTo(workbook, a, 3).order.team).toEqual([b, c, d, a, e]);
    expect(ops.moveItemTo(workbook, e, 0).order.team).toEqual([e, a, b, c, d]);
    expect(ops.moveItemTo(workbook, c, 99).order.team).toEqual([a, b, d, e, c]);
    expect(ops.moveItemTo(workbook, c, 2)).toBe(workbook);
  });

  it('does nothing past either end', () => {
    const { workbook } = fresh();
    expect(ops.moveItem(workbook, itemsOf(workbook, 'team')[0] as string, -1)).toBe(workbook);
    expect(ops.moveItem(workbook, itemsOf(workbook, 'team')[4] as string, 1)).toBe(workbook);
  });
});

describe('deleteItem and restoreItem', () => {
  it('removes an item and puts it back where it was, ticks and notes included', () => {
    const { workbook } = fresh();
    const id = itemsOf(workbook, 'team')[2] as string;
    const edited = ops.setNotes(ops.toggleItem(workbook, id, true), id, 'keep me');
    const { workbook: without, deleted } = ops.deleteItem(edited, id);
    expect(itemsOf(without, 'team')).not.toContain(id);
    expect(without.items[id]).toBeUndefined();
    expect(deleted?.index).toBe(2);
    const back = ops.restoreItem(without, deleted!);
    expect(itemsOf(back, 'team')).toEqual(itemsOf(edited, 'team'));
    expect(back.items[id]).toEqual(edited.items[id]);
  });
});

describe('resetArea', () => {
  it('puts back the guide’s items and can be undone exactly', () => {
    const { clock, workbook } = fresh();
    const added = ops.addItem(workbook, 'team', { title: 'Mine' }, clock);
    if ('error' in added) throw new Error('expected an item');
    const ticked = ops.toggleItem(added.workbook, itemsOf(added.workbook, 'team')[0] as string, true);

    const { workbook: reset, previous } = ops.resetArea(ticked, 'team', TEMPLATES.zh, clock);
    expect(itemsOf(reset, 'team')).toHaveLength(5);
    expect(itemsOf(reset, 'team').map((id) => reset.items[id]?.templateKey)).toEqual([0, 1, 2, 3, 4].map((i) => `team/${i}`));
    expect(itemsOf(reset, 'team').every((id) => reset.items[id]?.status !== 'done')).toBe(true);
    expect(reset.items[added.itemId]).toBeUndefined();
    expect(itemsOf(reset, 'legal')).toBe(itemsOf(ticked, 'legal'));

    expect(ops.replaceArea(reset, previous)).toEqual(ticked);
  });
});

describe('setPlanDetails', () => {
  it('keeps the name and company as typed; blank means not given', () => {
    const { workbook } = fresh();
    const named = ops.setPlanDetails(workbook, { name: 'Acme AI seed plan ', company: 'Acme AI · Li Wei & Ana' });
    expect(named).toMatchObject({ name: 'Acme AI seed plan ', company: 'Acme AI · Li Wei & Ana' });
    expect(ops.setPlanDetails(named, { name: '   ' })).toMatchObject({ name: null, company: 'Acme AI · Li Wei & Ana' });
    expect(ops.setPlanDetails(named, { company: '' }).company).toBeNull();
    expect(ops.setPlanDetails(named, { name: 'Acme AI seed plan ' })).toBe(named);
  });
});

it('never mutates its input', () => {
  const { clock, workbook } = fresh();
  const before = structuredClone(workbook);
  const id = itemsOf(workbook, 'team')[0] as string;
  ops.toggleItem(workbook, id, true);
  ops.setNotes(workbook, id, 'x');
  ops.moveItem(workbook, id, 1);
  ops.deleteItem(workbook, id);
  ops.addItem(workbook, 'team', { title: 'x' }, clock);
  ops.resetArea(workbook, 'team', TEMPLATES.zh, clock);
  expect(workbook).toEqual(before);
});

describe('alignSeededItems', () => {
  it('gives an imported seeded item the id of the local item from the same guide bullet', () => {
    const local = fresh().workbook;
    const incoming = ops.createWorkbook(TEMPLATES.en, testClock(5, 'other'));
    const aligned = ops.alignSeededItems(local, incoming);
    expect(itemsOf(aligned, 'team')).toEqual(itemsOf(local, 'team'));
    expect(Object.keys(aligned.items).sort()).toEqual(Object.keys(local.items).sort());
  });
});
