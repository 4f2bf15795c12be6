// Says what is wrong with data: which field, and what was expected there, in a form any language can word.
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

export type Expectation =
  | { kind: 'missing'; expected: string }
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

function expectation(issue: Issue): Expectation {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { kind: 'missing', expected: issue.expected }
        : { kind: 'type', expected: issue.expected };
    case 'invalid_value':
      return { kind: 'one-of', values: issue.values.map((v) => JSON.stringify(v)) };
    case 'invalid_format':
      return issue.format === 'date' ? { kind: 'date' } : { kind: 'other' };
    case 'too_small':
      return { kind: 'at-least', minimum: String(issue.minimum) };
    default:
      return { kind: 'other' };
  }
}

export function toFieldProblem(issue: Issue): FieldProblem {
  return { path: issue.path.map(String).join('.'), expectation: expectation(issue) };
}

/** English wording, for logs and tests; the screens word it through the message catalogue. */
export function describeFieldProblem({ path, expectation: e }: FieldProblem): string {
  const what =
    e.kind === 'missing'
      ? `missing, expected ${e.expected}`
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
