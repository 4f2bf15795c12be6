// Says what is wrong with data: which field, and what was expected there, in a form any language can word.
import { type BaseIssue, getDotPath } from 'valibot';

type Issue = BaseIssue<unknown>;

export type Expectation =
  | { kind: 'missing' }
  | { kind: 'type'; expected: string }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'date' }
  | { kind: 'at-least'; minimum: string }
  | { kind: 'other' };

export interface FieldProblem {
  /** `workbooks.0.items.x.status`, or '' for the data as a whole. */
  path: string;
  expectation: Expectation;
}

// Valibot words its expectations as `"a" | "b"` for a list of values and `"key"` for a missing key.
const quotedValues = (expected: string | null) => (expected ?? '').replace(/^\(|\)$/g, '').split(' | ');

function expectation(issue: Issue): Expectation {
  switch (issue.type) {
    case 'object':
      return issue.received === 'undefined' && issue.expected?.startsWith('"')
        ? { kind: 'missing' }
        : { kind: 'type', expected: 'object' };
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
      return { kind: 'type', expected: issue.type };
    case 'integer':
      return { kind: 'type', expected: 'integer' };
    case 'picklist':
    case 'literal':
      return { kind: 'one-of', values: quotedValues(issue.expected) };
    case 'iso_date':
      return { kind: 'date' };
    case 'min_length':
    case 'min_value':
      return { kind: 'at-least', minimum: String(issue.requirement) };
    default:
      return { kind: 'other' };
  }
}

export function toFieldProblem(issue: Issue): FieldProblem {
  return { path: getDotPath(issue) ?? '', expectation: expectation(issue) };
}

/** English wording, for logs and tests; the screens word it through the message catalogue. */
export function describeFieldProblem({ path, expectation: e }: FieldProblem): string {
  const what =
    e.kind === 'missing'
      ? 'missing'
      : e.kind === 'type'
        ? `expected ${e.expected}`
        : e.kind === 'one-of'
          ? `expected one of ${e.values.join(', ')}`
          : e.kind === 'date'
            ? 'expected a date as YYYY-MM-DD'
            : e.kind === 'at-least'
              ? `expected at least ${e.minimum}`
              : 'unexpected value';
  return `${path || '(top level)'}: ${what}`;
}

/** `workbooks.0.items.x.status: expected one of "todo", "doing", "done", "na"`. */
export function describeIssue(issue: Issue): string {
  return describeFieldProblem(toFieldProblem(issue));
}
