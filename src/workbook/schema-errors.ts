// Says what is wrong with data: which field, and what was expected there, in a form any language can word.
import { type BaseIssue, getDotPath } from 'valibot';

type Issue = BaseIssue<unknown>;

export type Expectation =
  | { kind: 'missing' }
  | { kind: 'type'; expected: string }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'date' }
  /** A date and time such as an export's, which the preview shows. */
  | { kind: 'timestamp' }
  /** An id that is also the name of a member every object has (`toString`), which would look like an item that is not there. */
  | { kind: 'reserved-id' }
  /** A guide item's key, `area/number`. */
  | { kind: 'template-key' }
  /** A guide item's key naming a bullet of another area than the item's own. */
  | { kind: 'guide-key-area' }
  /** A guide item's key past the last bullet the guide has in that area. */
  | { kind: 'guide-key-beyond' }
  /** A title the editor would refuse: blank, invisible, or on more than one line. */
  | { kind: 'title' }
  /** An id that is empty: valibot's own wording, "expected at least 1", does not say what is wrong. */
  | { kind: 'empty-id' }
  | { kind: 'at-least'; minimum: string }
  | { kind: 'other' };

export interface FieldProblem {
  /** `workbooks.0.items.x.status`, or '' for the data as a whole. */
  path: string;
  expectation: Expectation;
}

/**
 * What a schema's own checks (valibot `check` and `custom`) expect, named by the message each is
 * given, so a refusal can word it like any other.
 */
export const CHECKED = {
  object: 'object',
  date: 'date',
  timestamp: 'timestamp',
  reservedId: 'reserved-id',
  templateKey: 'template-key',
  guideKeyArea: 'guide-key-area',
  guideKeyBeyond: 'guide-key-beyond',
  title: 'title',
  emptyId: 'empty-id',
} as const;

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
    case 'iso_timestamp':
      return { kind: 'timestamp' };
    case 'check':
    case 'custom':
      switch (issue.message) {
        case CHECKED.object:
          return { kind: 'type', expected: 'object' };
        case CHECKED.date:
        case CHECKED.timestamp:
        case CHECKED.reservedId:
        case CHECKED.templateKey:
        case CHECKED.guideKeyArea:
        case CHECKED.guideKeyBeyond:
        case CHECKED.title:
        case CHECKED.emptyId:
          return { kind: issue.message };
        default:
          return { kind: 'other' };
      }
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
            : e.kind === 'timestamp'
              ? 'expected a date and time'
              : e.kind === 'reserved-id'
                ? 'an id that is a built-in name'
                : e.kind === 'template-key'
                  ? 'expected a guide item key such as team/0'
                  : e.kind === 'guide-key-area'
                    ? 'a guide item key of another area than the item’s'
                    : e.kind === 'guide-key-beyond'
                      ? 'a guide item key past the last item the guide has in that area'
                      : e.kind === 'title'
                        ? 'expected a title that is not blank and on one line'
                        : e.kind === 'empty-id'
                          ? 'an empty id, which names nothing'
                          : e.kind === 'at-least'
                            ? `expected at least ${e.minimum}`
                            : 'unexpected value';
  return `${path || '(top level)'}: ${what}`;
}

/** `workbooks.0.items.x.status: expected one of "todo", "doing", "done", "na"`. */
export function describeIssue(issue: Issue): string {
  return describeFieldProblem(toFieldProblem(issue));
}
