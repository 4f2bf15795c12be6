import { describe, expect, it } from 'vitest';
import { itemsOf } from '../workbook/model';
import { selectWorkbook } from '../store/workbook-store';
import * as ops from '../workbook/operations';
import { TEMPLATES } from '../workbook/test-templates';
import { testClock } from '../workbook/testing';
import { importedStateText } from './imported-state';

describe('importedStateText', () => {
  it('is the longer of what Replace and Merge would save, stamped as the store saves it', () => {
    const current = ops.createWorkbook(TEMPLATES.en, testClock(0, 'a'));
    const incoming = ops.setNotes(current, itemsOf(current, 'team')[0] as string, 'n'.repeat(500));
    const state = { workbooks: [current], activeWorkbookId: current.id, locale: 'en' as const };
    const text = importedStateText(state, selectWorkbook(state), incoming, 99);
    const saved = JSON.parse(text).state.workbooks[0].items[itemsOf(current, 'team')[0] as string];
    expect(saved.notes).toBe('n'.repeat(500));
    expect(saved.changedAt.notes).toBe(99);
  });
});
