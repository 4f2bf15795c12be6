// A validation problem as text in the shown language, for a refused import and unreadable saved data.
import type { Expectation, FieldProblem } from '../workbook/schema-errors';
import type { Messages } from './messages';

/** A validation problem (which field, what was expected) as one line of text in the messages' language. */
export function fieldProblemText(t: Pick<Messages, 'fieldProblem'>, { path, expectation: e }: FieldProblem): string {
  const messages = t.fieldProblem;
  return `${path || messages.whole}${messages.separator}${expected(messages, e)}`;
}

function expected(messages: Messages['fieldProblem'], e: Expectation): string {
  switch (e.kind) {
    case 'missing':
      return messages.missing;
    case 'type':
      return messages.type(messages.types[e.expected] ?? e.expected);
    case 'one-of':
      return messages.oneOf(e.values);
    case 'date':
      return messages.date;
    case 'timestamp':
      return messages.timestamp;
    case 'reserved-id':
      return messages.reservedId;
    case 'template-key':
      return messages.templateKey;
    case 'guide-key-area':
      return messages.guideKeyArea;
    case 'guide-key-beyond':
      return messages.guideKeyBeyond;
    case 'area':
      return messages.area;
    case 'title':
      return messages.title;
    case 'empty-id':
      return messages.emptyId;
    case 'at-least':
      return messages.atLeast(e.minimum);
    case 'other':
      return messages.other;
  }
}
