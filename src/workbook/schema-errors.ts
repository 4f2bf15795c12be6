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
  | { kind: 'area' }
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
  area: 'area',
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
        case CHECKED.area:
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
export function describeFieldProblem({ path, expectation }: FieldProblem): string {
  return `${path || '(top level)'}: ${describeExpectation(expectation)}`;
}

function describeExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'missing':
      return 'missing';
    case 'type':
      return `expected ${e.expected}`;
    case 'one-of':
      return `expected one of ${e.values.join(', ')}`;
    case 'date':
      return 'expected a date as YYYY-MM-DD';
    case 'timestamp':
      return 'expected a date and time';
    case 'reserved-id':
      return 'an id that is a built-in name';
    case 'template-key':
      return 'expected a guide item key such as team/0';
    case 'guide-key-area':
      return 'a guide item key of another area than the item’s';
    case 'guide-key-beyond':
      return 'a guide item key past the last item the guide has in that area';
    case 'area':
      return 'expected the areas of the plan’s guide, each once';
    case 'title':
      return 'expected a title that is not blank and on one line';
    case 'empty-id':
      return 'an empty id, which names nothing';
    case 'at-least':
      return `expected at least ${e.minimum}`;
    case 'other':
      return 'unexpected value';
  }
}

/** `workbooks.0.items.x.status: expected one of "todo", "doing", "done", "na"`. */
export function describeIssue(issue: Issue): string {
  return describeFieldProblem(toFieldProblem(issue));
}
