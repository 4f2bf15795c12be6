import { describe, expect, it } from 'vitest';
import { describeFieldProblem, type FieldProblem } from './schema-errors';
import { parseImport } from './transfer';
import { restoreState } from './migrations';
import { STATE_VERSION } from './persisted-state';
import * as ops from './operations';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

const createWorkbook = () => ops.createWorkbook(TEMPLATES.en, testClock());

const fileWith = (envelope: Record<string, unknown>) =>
  JSON.stringify({ format: 'ai-startup-workbook', version: STATE_VERSION, workbook: createWorkbook(), ...envelope });

function problemOf(text: string): FieldProblem | undefined {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return 'field' in result.problem ? result.problem.field : undefined;
}

describe('field problems say which field and what was expected', () => {
  it.each([
    ['a missing field', { format: undefined }, { path: 'format', expectation: { kind: 'missing' } }],
    [
      'a wrong literal',
      { format: 'other-app' },
      { path: 'format', expectation: { kind: 'one-of', values: ['"ai-startup-workbook"'] } },
    ],
    ['a fraction for a version', { version: 1.5 }, { path: 'version', expectation: { kind: 'type', expected: 'integer' } }],
    ['a version below 1', { version: 0 }, { path: 'version', expectation: { kind: 'at-least', minimum: '1' } }],
    ['text for a number', { version: '4' }, { path: 'version', expectation: { kind: 'type', expected: 'number' } }],
  ])('%s', (_, envelope, expected) => {
    expect(problemOf(fileWith(envelope))).toEqual(expected);
  });

  it('names a value outside a list and a malformed date inside the workbook', () => {
    const workbook = createWorkbook();
    const [first, second] = Object.keys(workbook.items);
    const broken = {
      ...workbook,
      items: {
        ...workbook.items,
        [first as string]: { ...workbook.items[first as string], status: 'finished' },
        [second as string]: { ...workbook.items[second as string], due: '2026-13-40' },
      },
    };
    const result = restoreState({ workbooks: [broken], activeWorkbookId: broken.id, locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toEqual({
      path: `workbooks.0.items.${first}.status`,
      expectation: { kind: 'one-of', values: ['"todo"', '"doing"', '"done"', '"na"'] },
    });
    expect(result.problem).toContain(`workbooks.0.items.${second}.due: expected a date as YYYY-MM-DD`);
  });

  it('words the data as a whole when it is not an object', () => {
    const result = restoreState(null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field && describeFieldProblem(result.field)).toBe('(top level): expected object');
  });
});
