import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as ops from '../workbook/operations';
import { TEMPLATES } from '../workbook/test-templates';
import { testClock } from '../workbook/testing';
import { serializeState } from './serialize';

it('writes JSON that reads back to the same state, before and after edits', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(42), fc.string(), fc.boolean()), { maxLength: 20 }), fc.string(), (edits, name) => {
      let workbook = ops.setPlanDetails(ops.createWorkbook(TEMPLATES.en, testClock()), { name });
      const ids = Object.keys(workbook.items);
      for (const [pick, notes, done] of edits) {
        const id = ids[pick % ids.length] as string;
        workbook = ops.toggleItem(ops.setNotes(workbook, id, notes), id, done);
        const value = { state: { workbooks: [workbook], activeWorkbookId: workbook.id, locale: 'zh' as const }, version: 4 };
        expect(JSON.parse(serializeState(value))).toEqual(value);
      }
    }),
    { numRuns: 50 },
  );
});
