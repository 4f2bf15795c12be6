import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../store/storage-keys';
import { unavailableStorage } from '../store/storage';
import { memoryBackend } from '../store/testing';
import { selectWorkbook } from '../store/workbook-store';
import * as ops from '../workbook/operations';
import { TEMPLATES } from '../workbook/templates';
import { testClock } from '../workbook/testing';
import { importedStateText, roomToSave } from './storage-room';

const quotaBackend = (quota: number, initial: Record<string, string> = {}) => memoryBackend(initial, quota);

describe('roomToSave', () => {
  const saved = 'x'.repeat(1000);

  it('refuses text whose growth over what is saved does not fit, and leaves nothing behind', () => {
    const backend = quotaBackend(1500, { [STORAGE_KEYS.state]: saved });
    expect(roomToSave(backend, 'y'.repeat(1600))).toBe(false);
    expect([...backend.data.keys()]).toEqual([STORAGE_KEYS.state]);
  });

  it('accepts text that fits in place of what is saved, though not beside it', () => {
    const backend = quotaBackend(1500, { [STORAGE_KEYS.state]: saved });
    expect(roomToSave(backend, 'y'.repeat(1300))).toBe(true);
    expect(roomToSave(backend, 'y'.repeat(900))).toBe(true);
    expect(backend.data.get(STORAGE_KEYS.state)).toBe(saved);
    expect(backend.data.size).toBe(1);
  });

  it('does not refuse where there is no storage to save to', () => {
    expect(roomToSave(undefined, 'y'.repeat(10))).toBe(true);
    expect(roomToSave(unavailableStorage(), 'y'.repeat(10))).toBe(true);
  });
});

describe('importedStateText', () => {
  it('is the longer of what Replace and Merge would save, stamped as the store saves it', () => {
    const current = ops.createWorkbook(TEMPLATES.en, testClock(0, 'a'));
    const incoming = ops.setNotes(current, current.order.team[0] as string, 'n'.repeat(500));
    const state = { workbooks: [current], activeWorkbookId: current.id, locale: 'en' as const };
    const text = importedStateText(state, selectWorkbook(state), incoming, 99);
    const saved = JSON.parse(text).state.workbooks[0].items[current.order.team[0] as string];
    expect(saved.notes).toBe('n'.repeat(500));
    expect(saved.changedAt.notes).toBe(99);
  });
});
