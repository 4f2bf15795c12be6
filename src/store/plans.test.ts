import { describe, expect, it } from 'vitest';
import { itemsOf } from '../workbook/model';
import { readSavedText } from '../workbook/migrations';
import { testClock } from '../workbook/testing';
import { STORAGE_KEYS } from './storage';
import { makeTestStore } from './testing';
import stateV4 from '../workbook/fixtures/state-v4.json';

function twoTabs() {
  const clock = testClock();
  const a = makeTestStore({ clock });
  a.flushWrites();
  const b = makeTestStore({ clock, backend: a.backend });
  const deliver = (from: typeof a, to: typeof a) => {
    from.flushWrites();
    const remote = readSavedText(a.backend.data.get(STORAGE_KEYS.state) ?? '');
    if (remote.ok) to.store.getState().receiveRemote(remote.state);
  };
  return { a, b, clock, deliver };
}

describe('several plans', () => {
  it('a new plan from the guide, blank, or a copy is shown at once, and each keeps its own items', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const firstId = test.workbook().id;
    const item = itemsOf(test.workbook(), 'team')[0] as string;
    s().toggleItem(item, true);

    s().createPlan('copy', 'Second idea');
    expect(test.workbook().name).toBe('Second idea');
    expect(test.workbook().id).not.toBe(firstId);
    const copied = test.workbook().items[itemsOf(test.workbook(), 'team')[0] as string];
    expect(copied?.status).toBe('done');
    expect(copied?.id).not.toBe(item);

    s().toggleItem(copied?.id as string, false);
    s().openPlan(firstId);
    expect(test.workbook().items[item]?.status).toBe('done');

    s().createPlan('blank', 'Clean sheet');
    expect(Object.keys(test.workbook().items)).toHaveLength(0);
    s().createPlan('guide', 'Cohort');
    expect(Object.keys(test.workbook().items)).toHaveLength(43);
    expect(s().workbooks.map((w) => w.name)).toEqual([null, 'Second idea', 'Clean sheet', 'Cohort']);
  });

  it('each plan has its own undo history', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const firstId = test.workbook().id;
    s().toggleItem(itemsOf(test.workbook(), 'team')[0] as string, true);
    s().createPlan('guide', 'Other');
    expect(test.store.history.getState().past).toHaveLength(0);
    expect(s().undo()).toBe(false);
    s().openPlan(firstId);
    expect(test.store.history.getState().past).toHaveLength(1);
    s().undo();
    expect(test.workbook().items[itemsOf(test.workbook(), 'team')[0] as string]?.status).toBe('todo');
  });

  it('delete, then undo puts the plan back where it was; deleting the last leaves a fresh plan from the guide', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const firstId = test.workbook().id;
    s().createPlan('blank', 'Second');
    const deleted = s().deletePlan(firstId);
    expect(s().workbooks.map((w) => w.name)).toEqual(['Second']);
    s().restorePlan(deleted ?? (null as never));
    expect(s().workbooks.map((w) => w.id)[0]).toBe(firstId);

    const only = makeTestStore();
    const id = only.workbook().id;
    only.store.getState().deletePlan(id);
    expect(only.store.getState().workbooks).toHaveLength(1);
    expect(only.workbook().id).not.toBe(id);
    expect(Object.keys(only.workbook().items)).toHaveLength(43);
  });

  it('undoing the deletion of the only plan leaves that plan alone, not beside the fresh one that stood in for it', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const id = test.workbook().id;
    s().setPlanDetails({ name: 'Only' });
    const deleted = s().deletePlan(id);
    s().restorePlan(deleted ?? (null as never));
    expect(s().workbooks.map((w) => w.name)).toEqual(['Only']);
    expect(test.workbook().id).toBe(id);
  });

  it('the other tab, too, is left with the restored only plan and not the stand-in', () => {
    const { a, b, deliver } = twoTabs();
    a.store.getState().setPlanDetails({ name: 'Only' });
    deliver(a, b);
    const deleted = a.store.getState().deletePlan(a.workbook().id);
    deliver(a, b);
    expect(b.store.getState().workbooks.map((w) => w.name)).toEqual([null]);
    a.store.getState().restorePlan(deleted ?? (null as never));
    deliver(a, b);
    expect(b.store.getState().workbooks.map((w) => w.name)).toEqual(['Only']);
  });

  it('the fresh plan that stood in for a deleted only plan stays when it was changed before Undo', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    const id = test.workbook().id;
    const deleted = s().deletePlan(id);
    s().toggleItem(itemsOf(test.workbook(), 'team')[0] as string, true);
    s().restorePlan(deleted ?? (null as never));
    expect(s().workbooks).toHaveLength(2);
  });

  it('a plan deleted in one tab stays deleted when the other tab saves, and comes back in both on undo', () => {
    const { a, b, clock, deliver } = twoTabs();
    a.store.getState().createPlan('guide', 'Doomed');
    const doomed = a.workbook().id;
    deliver(a, b);
    expect(b.store.getState().workbooks.some((w) => w.id === doomed)).toBe(true);

    clock.tick(1000);
    const deleted = a.store.getState().deletePlan(doomed);
    deliver(a, b);
    expect(b.store.getState().workbooks.some((w) => w.id === doomed)).toBe(false);
    b.store.getState().setLocale('zh');
    deliver(b, a);
    expect(a.store.getState().workbooks.some((w) => w.id === doomed)).toBe(false);

    clock.tick(1000);
    a.store.getState().restorePlan(deleted ?? (null as never));
    deliver(a, b);
    expect(b.store.getState().workbooks.some((w) => w.id === doomed)).toBe(true);
  });

  it('a shared plan deleted here and opened again from its link comes back in both tabs', () => {
    const { a, b, clock, deliver } = twoTabs();
    a.store.getState().createPlan('guide', 'Shared');
    const shared = a.workbook();
    deliver(a, b);
    clock.tick(1000);
    a.store.getState().deletePlan(shared.id);
    deliver(a, b);

    clock.tick(1000);
    a.store.getState().putWorkbook(shared, true);
    expect(a.workbook().id).toBe(shared.id);
    deliver(a, b);
    expect(b.store.getState().workbooks.some((w) => w.id === shared.id)).toBe(true);
    b.store.getState().setLocale('zh');
    deliver(b, a);
    expect(a.store.getState().workbooks.some((w) => w.id === shared.id)).toBe(true);
  });

  it('a plan deleted in one tab while the other changed it after keeps that change', () => {
    const { a, b, clock, deliver } = twoTabs();
    a.store.getState().createPlan('guide', 'Contested');
    const id = a.workbook().id;
    deliver(a, b);
    a.store.getState().deletePlan(id);
    clock.tick(1000);
    b.store.getState().openPlan(id);
    b.store.getState().setNotes(itemsOf(b.workbook(), 'team')[0] as string, 'Typed after the deletion');
    deliver(b, a);
    expect(a.store.getState().workbooks.some((w) => w.id === id)).toBe(true);
  });

  it('data saved before there were several plans opens as the one plan it was', () => {
    const result = readSavedText(JSON.stringify(stateV4));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.workbooks).toHaveLength(1);
    expect(result.state.activeWorkbookId).toBe(result.state.workbooks[0]?.id);
    const test = makeTestStore({ stored: { [STORAGE_KEYS.state]: JSON.stringify(stateV4) } });
    expect(test.store.getState().workbooks).toHaveLength(1);
    expect(test.workbook().name).toBe((stateV4 as { state: { workbooks: { name: string }[] } }).state.workbooks[0]?.name);
  });

  it('a read-only copy is shown without saving, no action changes it, and saving adds it as a plan of its own', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    test.flushWrites();
    const before = test.backend.data.get(STORAGE_KEYS.state);
    const copy = { ...test.workbook(), id: 'from-link', name: 'Linked' };
    s().showReadOnlyCopy(copy);
    expect(test.workbook()).toBe(copy);
    s().toggleItem(itemsOf(copy, 'team')[0] as string, true);
    s().setPlanDetails({ name: 'Changed' });
    expect(s().undo()).toBe(false);
    expect(test.workbook()).toBe(copy);
    test.flushWrites();
    expect(test.backend.data.get(STORAGE_KEYS.state)).toBe(before);

    s().saveReadOnlyCopy('Linked');
    expect(s().readOnlyCopy).toBeNull();
    expect(s().workbooks).toHaveLength(2);
    expect(test.workbook().name).toBe('Linked');
    expect(test.workbook().id).not.toBe('from-link');
  });
});

describe('a read-only copy and Undo', () => {
  it('offers no undo or redo while a read-only copy is shown, and the plan’s own history is back after', () => {
    const test = makeTestStore();
    const s = () => test.store.getState();
    s().toggleItem(itemsOf(test.workbook(), 'team')[0] as string, true);
    expect(test.store.history.getState().past).toHaveLength(1);
    s().showReadOnlyCopy({ ...test.workbook(), id: 'from-link' });
    // The buttons and Ctrl+Z read these stacks: a step there would end in "was kept … changed in another tab".
    expect(test.store.history.getState().past).toHaveLength(0);
    s().closeReadOnlyCopy();
    expect(test.store.history.getState().past).toHaveLength(1);
  });
});

describe('a browser that only opened a read-only link', () => {
  it('writes nothing when the language is switched while looking at the copy, and keeps that language once the copy is saved', () => {
    const test = makeTestStore({ saveFreshPlan: false });
    const s = () => test.store.getState();
    s().showReadOnlyCopy({ ...test.workbook(), id: 'from-link', name: 'Linked' });
    s().setLocale('zh');
    test.flushWrites();
    expect(test.backend.data.size).toBe(0);

    s().saveReadOnlyCopy('Linked');
    test.flushWrites();
    expect(test.saved().state.locale).toBe('zh');
    expect(test.saved().state.workbooks.map((w: { name: string }) => w.name)).toEqual(['Linked']);
  });
});

describe('a backup of another guide', () => {
  it('changes nothing in the plan shown, whose guide never changes: Undo and a save then still read back', async () => {
    const { readGuideMarkdown } = await import('../workbook/guide-import');
    const { SIX_SECTIONS } = await import('../workbook/testing');
    const test = makeTestStore();
    const s = () => test.store.getState();
    const read = readGuideMarkdown(SIX_SECTIONS, testClock(5, 'g'));
    if (!read.ok) throw new Error('guide');
    const before = test.workbook();
    s().importWorkbook(read.workbook, 'replace');
    s().importWorkbook(read.workbook, 'merge');
    expect(test.workbook()).toBe(before);
    test.flushWrites();
    expect(readSavedText(test.backend.data.get(STORAGE_KEYS.state) ?? '').ok).toBe(true);
  });
});
