import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import type { Workbook } from './model';
import * as ops from './operations';
import { areaProgress } from './progress';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';
import { filterArea, ownerSuggestions, ownerSuggestionsFor, searchItems } from './filters';
import {
  addDays,
  dueSoonItems,
  isOverdue,
  itemsInOrder,
  localDay,
  overdueItems,
  ownerSummaries,
  recentlyCompleted,
  statusCounts,
} from './tracking';

const fresh = () => ops.createWorkbook(TEMPLATES.en, testClock());
const at = (workbook: Workbook, area: 'team' | 'funding' | 'legal', index: number) => itemsOf(workbook, area)[index] as string;
const track = (workbook: Workbook, id: string, changes: ops.TrackingChanges) => ops.trackItem(workbook, id, changes);

describe('status and progress', () => {
  it('not applicable items drop out of the count: 1 done and 1 n/a of 4 is 1 of 3, 33%', () => {
    let workbook = fresh();
    workbook = track(workbook, at(workbook, 'funding', 0), { status: 'done' });
    workbook = track(workbook, at(workbook, 'funding', 1), { status: 'na' });
    workbook = track(workbook, at(workbook, 'funding', 2), { status: 'doing' });
    expect(areaProgress(workbook, 'funding')).toEqual({ done: 1, total: 3, percent: 33 });
    expect(statusCounts(itemsInOrder(workbook))).toEqual({ todo: 40, doing: 1, done: 1, na: 1 });
  });

  it('the lists follow every new version of the workbook, never one read before it', () => {
    let workbook = fresh();
    const before = statusCounts(itemsInOrder(workbook));
    workbook = ops.toggleItem(workbook, at(workbook, 'legal', 1), true);
    expect(statusCounts(itemsInOrder(workbook))).toEqual({ ...before, todo: before.todo - 1, done: before.done + 1 });
    expect(recentlyCompleted(itemsInOrder(workbook)).map((item) => item.id)).toEqual([at(workbook, 'legal', 1)]);
  });

  it('ticking sets Done, unticking returns to To do, from any status', () => {
    let workbook = fresh();
    const id = at(workbook, 'team', 0);
    workbook = track(workbook, id, { status: 'doing' });
    workbook = ops.toggleItem(workbook, id, true);
    expect(workbook.items[id]?.status).toBe('done');
    workbook = ops.toggleItem(workbook, id, false);
    expect(workbook.items[id]?.status).toBe('todo');
  });

  it('an empty due date means none; an unchanged value changes nothing', () => {
    let workbook = fresh();
    const id = at(workbook, 'team', 0);
    workbook = track(workbook, id, { due: '2026-12-01' });
    expect(track(workbook, id, { due: '2026-12-01' })).toBe(workbook);
    expect(track(workbook, id, { due: '' }).items[id]?.due).toBeNull();
  });
});

describe('today and overdue', () => {
  it('the day turns at the user’s own midnight, in any time zone', () => {
    const instant = new Date('2026-11-28T16:30:00Z');
    expect(localDay(instant, 'Asia/Shanghai')).toBe('2026-11-29');
    expect(localDay(instant, 'Europe/London')).toBe('2026-11-28');
    expect(localDay(instant, 'America/Los_Angeles')).toBe('2026-11-28');
    expect(localDay(new Date('2026-11-28T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-28');
  });

  it('an item due yesterday is overdue; due today is not, until the day is over', () => {
    let workbook = fresh();
    const id = at(workbook, 'legal', 0);
    workbook = track(workbook, id, { due: '2026-11-28' });
    const item = () => workbook.items[id]!;
    // 23:59 and 00:01 in Shanghai on either side of the due day's end.
    expect(isOverdue(item(), localDay(new Date('2026-11-28T15:59:00Z'), 'Asia/Shanghai'))).toBe(false);
    expect(isOverdue(item(), localDay(new Date('2026-11-28T16:01:00Z'), 'Asia/Shanghai'))).toBe(true);
  });

  it('done and not applicable items are never overdue', () => {
    let workbook = fresh();
    const id = at(workbook, 'legal', 0);
    workbook = track(workbook, id, { due: '2026-01-01', status: 'done' });
    expect(isOverdue(workbook.items[id]!, '2026-11-28')).toBe(false);
    workbook = track(workbook, id, { status: 'na' });
    expect(isOverdue(workbook.items[id]!, '2026-11-28')).toBe(false);
  });

  it('lists overdue and due-soon items by date', () => {
    let workbook = fresh();
    const [a, b, c, d] = [at(workbook, 'team', 0), at(workbook, 'team', 1), at(workbook, 'legal', 0), at(workbook, 'legal', 1)];
    workbook = track(workbook, a, { due: '2026-11-20' });
    workbook = track(workbook, b, { due: '2026-11-10' });
    workbook = track(workbook, c, { due: '2026-12-12' });
    workbook = track(workbook, d, { due: '2026-12-13' });
    expect(overdueItems(itemsInOrder(workbook), '2026-11-28').map((i) => i.id)).toEqual([b, a]);
    expect(dueSoonItems(itemsInOrder(workbook), '2026-11-28').map((i) => i.id)).toEqual([c]);
  });

  it('keeps only calendar days as due dates: a five-digit year typed into the date field is no change', () => {
    let workbook = fresh();
    const id = at(workbook, 'legal', 0);
    workbook = track(workbook, id, { due: '6112-02-02' });
    // What Chromium's date field reports on the next digit of the year; stored data with it would be refused.
    const after = track(workbook, id, { due: '61120-02-02' });
    expect(after).toBe(workbook);
    for (const notADay of ['2026-02-30', '2026-13-01', '26-11-28', '2026-11-28T00:00']) {
      expect(track(workbook, id, { due: notADay }).items[id]?.due).toBe('6112-02-02');
    }
    expect(track(workbook, id, { due: '' }).items[id]?.due).toBeNull();
    expect(track(workbook, id, { due: '0006-02-02' }).items[id]?.due).toBe('0006-02-02');
    expect(track(workbook, id, { due: '61120-02-02', owner: 'Ana' }).items[id]).toMatchObject({
      due: '6112-02-02',
      owner: 'Ana',
    });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('owners', () => {
  it('suggests owners already used, most used first, without stray spaces', () => {
    let workbook = fresh();
    workbook = track(workbook, at(workbook, 'team', 0), { owner: 'Li Wei ' });
    workbook = track(workbook, at(workbook, 'team', 1), { owner: 'Li Wei' });
    workbook = track(workbook, at(workbook, 'legal', 0), { owner: 'Ana' });
    expect(ownerSuggestions(workbook)).toEqual(['Li Wei', 'Ana']);
  });

  it('suggests to an item’s owner field the other items’ owners, not what is being typed into it', () => {
    let workbook = fresh();
    const [typing, other, third] = [at(workbook, 'team', 0), at(workbook, 'team', 1), at(workbook, 'legal', 0)];
    workbook = track(workbook, other, { owner: 'Li Wei' });
    workbook = track(workbook, typing, { owner: 'Li' });
    expect(ownerSuggestionsFor(workbook, typing)).toEqual(['Li Wei']);
    workbook = track(workbook, third, { owner: 'Li' });
    expect(ownerSuggestionsFor(workbook, typing)).toEqual(['Li', 'Li Wei']);
    expect(ownerSuggestionsFor(workbook, other)).toEqual(['Li']);
  });

  it('keeps the suggestions in step when one item changes after another, owner or not', () => {
    let workbook = fresh();
    workbook = track(workbook, at(workbook, 'team', 0), { owner: 'Ana' });
    expect(ownerSuggestions(workbook)).toEqual(['Ana']);
    workbook = ops.toggleItem(workbook, at(workbook, 'team', 0), true);
    expect(ownerSuggestions(workbook)).toEqual(['Ana']);
    workbook = track(workbook, at(workbook, 'team', 1), { owner: 'Bo' });
    expect(ownerSuggestions(workbook)).toEqual(['Ana', 'Bo']);
    const before = workbook;
    workbook = track(workbook, at(workbook, 'team', 0), { owner: '' });
    expect(ownerSuggestions(workbook)).toEqual(['Bo']);
    // A map that is not one replacement away from the last one asked about is compared in full.
    expect(ownerSuggestions(before)).toEqual(['Ana', 'Bo']);
  });

  it('summarises each owner’s done and open items', () => {
    let workbook = fresh();
    workbook = track(workbook, at(workbook, 'team', 0), { owner: 'Ana', status: 'done' });
    workbook = track(workbook, at(workbook, 'team', 1), { owner: 'Ana', status: 'doing' });
    workbook = track(workbook, at(workbook, 'team', 2), { owner: 'Ana', status: 'na' });
    workbook = track(workbook, at(workbook, 'legal', 0), { owner: 'Bo' });
    expect(ownerSummaries(itemsInOrder(workbook))).toEqual([
      { owner: 'Ana', done: 1, open: 1 },
      { owner: 'Bo', done: 0, open: 1 },
    ]);
  });
});

describe('recently completed', () => {
  it('lists done items by when they were completed, newest first', () => {
    let workbook = fresh();
    const [a, b] = [at(workbook, 'team', 0), at(workbook, 'legal', 0)];
    workbook = {
      ...workbook,
      items: { ...workbook.items, [a]: { ...workbook.items[a]!, status: 'done', changedAt: { status: 5 } } },
    };
    workbook = {
      ...workbook,
      items: { ...workbook.items, [b]: { ...workbook.items[b]!, status: 'done', changedAt: { status: 9 } } },
    };
    expect(recentlyCompleted(itemsInOrder(workbook)).map((i) => i.id)).toEqual([b, a]);
  });
});

describe('filterArea', () => {
  it('filters by status, owner and overdue together', () => {
    let workbook = fresh();
    const ids = itemsOf(workbook, 'team');
    workbook = track(workbook, ids[0] as string, { status: 'doing', owner: 'Ana', due: '2026-11-01' });
    workbook = track(workbook, ids[1] as string, { status: 'doing', owner: 'Bo' });
    workbook = track(workbook, ids[2] as string, { owner: 'Ana', due: '2026-12-30' });
    expect(filterArea(workbook, 'team', {}, '2026-11-28')).toBe(itemsOf(workbook, 'team'));
    expect(filterArea(workbook, 'team', { status: 'doing' }, '2026-11-28')).toEqual([ids[0], ids[1]]);
    expect(filterArea(workbook, 'team', { owner: 'Ana' }, '2026-11-28')).toEqual([ids[0], ids[2]]);
    expect(filterArea(workbook, 'team', { owner: 'Ana', overdue: true }, '2026-11-28')).toEqual([ids[0]]);
  });
});

describe('searchItems', () => {
  it("finds words in the shown language's criteria, first steps and source names, and in own criteria", async () => {
    const { loadGuidance } = await import('./guidance-modules');
    const guidance = await loadGuidance('en');
    const workbook = ops.createWorkbook(TEMPLATES.en, testClock(0));
    const keys = (query: string) =>
      searchItems(workbook, query, [TEMPLATES.en], guidance).map((hit) => workbook.items[hit.itemId]?.templateKey);
    expect(keys('Measures for Labelling AI-Generated')).toEqual(['legal/1', 'international/1']);
    expect(keys('provenance register')).toContain('challenges/0');
    expect(searchItems(workbook, 'Measures for Labelling', [TEMPLATES.en])).toEqual([]);
  });

  const templates = [TEMPLATES.zh, TEMPLATES.en];

  it('finds seeded items by their text in either language', () => {
    const workbook = fresh();
    const english = searchItems(workbook, 'privacy', templates);
    expect(new Set(english.map((h) => h.areaId))).toEqual(new Set(['challenges', 'legal']));
    expect(english).toContainEqual({ areaId: 'legal', itemId: itemsOf(workbook, 'legal')[3] });
    expect(searchItems(workbook, '隐私', templates)).toEqual(english);
  });

  it('finds a word of the notes or the owner, ignoring case; every word must match', () => {
    let workbook = fresh();
    const id = at(workbook, 'funding', 2);
    workbook = ops.setNotes(workbook, id, 'Ask the Shenzhen GPU fund about vouchers');
    workbook = track(workbook, id, { owner: 'Zhang Min' });
    expect(searchItems(workbook, 'gpu VOUCHERS', templates)).toEqual([{ areaId: 'funding', itemId: id }]);
    expect(searchItems(workbook, 'zhang', templates)).toEqual([{ areaId: 'funding', itemId: id }]);
    expect(searchItems(workbook, 'gpu nothing-like-this', templates)).toEqual([]);
    expect(searchItems(workbook, '   ', templates)).toEqual([]);
  });

  it('an item the user retitled is found by the new title, not the guide’s', () => {
    let workbook = fresh();
    const id = at(workbook, 'legal', 0);
    workbook = ops.editItem(workbook, id, { title: 'Patents and trademarks' }).workbook;
    expect(searchItems(workbook, 'patents', templates).map((h) => h.itemId)).toEqual([id]);
  });
});
