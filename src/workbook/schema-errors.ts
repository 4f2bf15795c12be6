// Says what is wrong with data in plain words: which field, and what was expected there.
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

function expected(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing, expected ${issue.expected}` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'expected a date as YYYY-MM-DD' : `expected ${issue.format}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}`;
    case 'invalid_key':
      return 'unexpected key';
    default:
      return 'unexpected value';
  }
}

/** `workbooks.0.items.x.status: expected one of "todo", "doing", "done", "na"`. */
export function describeIssue(issue: Issue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  return `${path}: ${expected(issue)}`;
}
