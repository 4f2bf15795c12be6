import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemsOf } from '../workbook/model';
import { STATE_VERSION } from '../workbook/persisted-state';
import { createWorkbookStorage, RETRY_UNSAVED_MS, STORAGE_KEYS, unavailableStorage, whenChangesPause } from './storage';
import { syncWithOtherTabs } from './tab-sync';
import { makeTestStore, memoryBackend } from './testing';

const unreadableKeys = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(STORAGE_KEYS.unreadable));

describe('corrupted storage', () => {
  it.each([
    ['text that is not JSON', '{"state": {"workbooks": [', 'not-json'],
    ['JSON of the wrong shape', JSON.stringify({ state: { workbooks: 'none' }, version: STATE_VERSION }), 'wrong-shape'],
    ['JSON without an envelope', JSON.stringify([1, 2, 3]), 'wrong-shape'],
  ])('%s: boots with a fresh workbook, keeps the raw text aside and reports it', (_, raw, kind) => {
    const test = makeTestStore({ stored: { [STORAGE_KEYS.state]: raw } });
    expect(Object.keys(test.workbook().items)).toHaveLength(43);
    const [backupKey] = unreadableKeys(test.backend.data);
    expect(test.backend.data.get(backupKey!)).toBe(raw);
    expect(test.faults()).toEqual([
      expect.objectContaining({ kind: 'unreadable', key: backupKey, reason: expect.objectContaining({ kind }) }),
    ]);
  });

  it('the copy survives the next writes and the next visit, until the user discards it', () => {
    const raw = 'not json at all';
    const first = makeTestStore({ stored: { [STORAGE_KEYS.state]: raw } });
    first.store.getState().toggleItem(itemsOf(first.workbook(), 'team')[0] as string, true);
    first.flushWrites();
    const [backupKey] = unreadableKeys(first.backend.data);
    expect(first.backend.data.get(backupKey!)).toBe(raw);

    const second = makeTestStore({ stored: Object.fromEntries(first.backend.data) });
    expect(second.faults()).toEqual([expect.objectContaining({ kind: 'unreadable', key: backupKey })]);
    expect(second.workbook().items[itemsOf(first.workbook(), 'team')[0] as string]?.status).toBe('done');

    second.storage.discardUnreadable(backupKey!);
    expect(unreadableKeys(second.backend.data)).toEqual([]);
    expect(second.faults()).toEqual([]);
  });

  it('when even the copy does not fit, the unreadable text is never written over', () => {
    const raw = '{broken';
    const test = makeTestStore({
      stored: { [STORAGE_KEYS.state]: raw },
      prepare: (backend) => {
        backend.full = true;
      },
    });
    test.backend.full = false;
    test.store.getState().toggleItem(itemsOf(test.workbook(), 'team')[0] as string, true);
    test.flushWrites();
    expect(test.backend.data.get(STORAGE_KEYS.state)).toBe(raw);
    expect(test.faults()).toEqual([expect.objectContaining({ kind: 'unreadable', key: STORAGE_KEYS.state })]);

    test.storage.discardUnreadable(STORAGE_KEYS.state);
    expect(test.saved().state.workbooks[0]).toEqual(test.workbook());
    expect(test.faults()).toEqual([]);
  });

  it('when the copy does not fit, the alert is told that nothing is being saved', () => {
    const test = makeTestStore({
      stored: { [STORAGE_KEYS.state]: '{broken' },
      prepare: (backend) => {
        backend.full = true;
      },
    });
    expect(test.faults()).toEqual([expect.objectContaining({ kind: 'unreadable', key: STORAGE_KEYS.state, blocksSaving: true })]);
  });
});

describe('a full quota', () => {
  it('reports unsaved changes, keeps the plan in memory, and saves everything on the next write that works', () => {
    const test = makeTestStore();
    const [a, b] = itemsOf(test.workbook(), 'funding') as [string, string];
    test.backend.full = true;
    test.store.getState().toggleItem(a, true);
    test.flushWrites();
    expect(test.faults()).toEqual([{ kind: 'unsaved' }]);
    test.store.getState().setNotes(b, 'typed while full');
    test.flushWrites();
    expect(test.workbook().items[b]?.notes).toBe('typed while full');

    test.backend.full = false;
    test.store.getState().toggleItem(b, true);
    test.flushWrites();
    expect(test.faults()).toEqual([]);
    const saved = test.saved().state.workbooks[0];
    expect(saved.items[a].status).toBe('done');
    expect(saved.items[b]).toMatchObject({ status: 'done', notes: 'typed while full' });
  });

  it('flush() retries without a new change', () => {
    const test = makeTestStore();
    test.backend.full = true;
    test.store.getState().toggleItem(itemsOf(test.workbook(), 'funding')[0] as string, true);
    test.flushWrites();
    test.backend.full = false;
    test.storage.flush();
    expect(test.faults()).toEqual([]);
    expect(test.saved().state.workbooks[0]).toEqual(test.workbook());
  });
});

describe('saving again by itself once storage works', () => {
  afterEach(() => vi.useRealTimers());

  it('retries every few seconds while changes are not saved, and the alert goes once a save works', () => {
    vi.useFakeTimers();
    const test = makeTestStore();
    const id = itemsOf(test.workbook(), 'funding')[0] as string;
    test.backend.full = true;
    test.store.getState().setNotes(id, 'typed while full');
    test.flushWrites();
    expect(test.faults()).toEqual([{ kind: 'unsaved' }]);
    vi.advanceTimersByTime(RETRY_UNSAVED_MS);
    expect(test.faults()).toEqual([{ kind: 'unsaved' }]);

    test.backend.full = false;
    vi.advanceTimersByTime(RETRY_UNSAVED_MS);
    expect(test.faults()).toEqual([]);
    expect(test.saved().state.workbooks[0].items[id].notes).toBe('typed while full');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retryUnsaved() saves at once, as when the tab is shown or focused again', () => {
    vi.useFakeTimers();
    const test = makeTestStore();
    test.backend.full = true;
    test.store.getState().toggleItem(itemsOf(test.workbook(), 'funding')[0] as string, true);
    test.flushWrites();
    test.backend.full = false;
    test.storage.retryUnsaved();
    expect(test.faults()).toEqual([]);
    expect(test.saved().state.workbooks[0]).toEqual(test.workbook());
  });

  it('does not keep trying where storage is switched off, which never recovers', () => {
    vi.useFakeTimers();
    const backend = memoryBackend();
    const off = unavailableStorage();
    let tries = 0;
    backend.setItem = (key, value) => {
      tries += 1;
      off.setItem(key, value);
    };
    const test = makeTestStore({ backend });
    test.store.getState().toggleItem(itemsOf(test.workbook(), 'funding')[0] as string, true);
    test.flushWrites();
    expect(test.faults()).toEqual([{ kind: 'unsaved', off: true }]);
    const after = tries;
    vi.advanceTimersByTime(RETRY_UNSAVED_MS * 5);
    test.storage.retryUnsaved();
    expect(tries).toBe(after);
  });
});

describe('a save by a newer version, found at start-up', () => {
  it('stays where it is, untouched, and this tab never writes, keeping its changes in memory', () => {
    const newer = JSON.stringify({ state: { workbooks: [], futureField: 1 }, version: STATE_VERSION + 1 });
    const tab = makeTestStore({ stored: { [STORAGE_KEYS.state]: newer } });
    expect(tab.faults()).toEqual([{ kind: 'newer-save', version: STATE_VERSION + 1 }]);
    expect(unreadableKeys(tab.backend.data)).toEqual([]);

    const id = itemsOf(tab.workbook(), 'team')[0] as string;
    tab.store.getState().setNotes(id, 'typed in the older tab');
    tab.flushWrites();
    tab.storage.flush();
    expect(tab.backend.data.get(STORAGE_KEYS.state)).toBe(newer);
    expect([...tab.backend.data.keys()]).toEqual([STORAGE_KEYS.state]);
    expect(tab.workbook().items[id]?.notes).toBe('typed in the older tab');
  });
});

describe('a save by a newer version, heard from another tab', () => {
  /** A storage event as the browser fires it in the other tabs; Node has no StorageEvent. */
  const storageEvent = (key: string, newValue: string) => Object.assign(new Event('storage'), { key, newValue });

  it('stops this tab from writing over it, and keeps this tab’s own changes', async () => {
    const tab = makeTestStore();
    const target = new EventTarget() as unknown as Window;
    syncWithOtherTabs(tab.store, STORAGE_KEYS.state, target, {
      onNewerSave: (version) => tab.storage.newerVersionSaved(version),
    });
    const newer = JSON.stringify({ ...tab.saved(), version: STATE_VERSION + 1 });
    tab.backend.data.set(STORAGE_KEYS.state, newer);
    target.dispatchEvent(storageEvent(STORAGE_KEYS.state, newer));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tab.faults()).toEqual([{ kind: 'newer-save', version: STATE_VERSION + 1 }]);

    const id = itemsOf(tab.workbook(), 'team')[0] as string;
    tab.store.getState().setNotes(id, 'typed after the newer save');
    tab.flushWrites();
    tab.storage.flush();
    expect(tab.backend.data.get(STORAGE_KEYS.state)).toBe(newer);
    expect(tab.workbook().items[id]?.notes).toBe('typed after the newer save');
  });
});

describe('coalesced writes', () => {
  it('a burst of keystrokes is one write, of the latest state', () => {
    const test = makeTestStore();
    const id = itemsOf(test.workbook(), 'team')[0] as string;
    let writes = 0;
    const setItem = test.backend.setItem;
    test.backend.setItem = (key, value) => {
      writes += 1;
      setItem(key, value);
    };
    for (const text of ['P', 'Pi', 'Pil', 'Pilo', 'Pilot']) test.store.getState().setNotes(id, text);
    expect(writes).toBe(0);
    test.flushWrites();
    expect(writes).toBe(1);
    expect(test.saved().state.workbooks[0].items[id].notes).toBe('Pilot');
  });
});

describe('when writes happen', () => {
  afterEach(() => vi.useRealTimers());

  /** A change every 100 ms, `count` times, through a schedule that waits for 500 ms of quiet (3 s at most). */
  function changeEvery100ms(count: number) {
    vi.useFakeTimers();
    const schedule = whenChangesPause(500, 3000);
    const write = vi.fn();
    for (let i = 0; i < count; i += 1) {
      schedule(write);
      vi.advanceTimersByTime(100);
    }
    return write;
  }

  it('writes once after a burst of changes pauses', () => {
    const write = changeEvery100ms(10);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('still writes every few seconds while changes never pause', () => {
    const write = changeEvery100ms(100);
    // 10 s of a change every 100 ms: a write at least every 3 s (plus the idle wait).
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});

describe('room to save', () => {
  const saved = 'x'.repeat(1000);
  const adapter = (quota: number) => {
    const backend = memoryBackend({ [STORAGE_KEYS.state]: saved }, quota);
    return { backend, storage: createWorkbookStorage(backend, { onFaults: () => {} }) };
  };

  it('refuses text whose growth over what is saved does not fit, and leaves nothing behind', () => {
    const { backend, storage } = adapter(1500);
    expect(storage.hasRoomFor('y'.repeat(1600))).toBe(false);
    expect([...backend.data.keys()]).toEqual([STORAGE_KEYS.state]);
  });

  it('accepts text that fits in place of what is saved, though not beside it', () => {
    const { backend, storage } = adapter(1500);
    expect(storage.hasRoomFor('y'.repeat(1300))).toBe(true);
    expect(storage.hasRoomFor('y'.repeat(900))).toBe(true);
    expect(backend.data.get(STORAGE_KEYS.state)).toBe(saved);
    expect(backend.data.size).toBe(1);
  });

  it('does not refuse where storage is switched off, which saves nothing anyway', () => {
    const storage = createWorkbookStorage(unavailableStorage(), { onFaults: () => {} });
    expect(storage.hasRoomFor('y'.repeat(10))).toBe(true);
  });
});
