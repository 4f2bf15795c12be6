// A validation problem as text in the shown language, for a refused import and unreadable saved data.
import type { FieldProblem } from '../workbook/schema-errors';
import type { Messages } from './messages';

/** A validation problem (which field, what was expected) as one line of text in the messages' language. */
export function fieldProblemText(t: Pick<Messages, 'fieldProblem'>, { path, expectation: e }: FieldProblem): string {
  const messages = t.fieldProblem;
  const type = (name: string) => messages.types[name] ?? name;
  const what =
    e.kind === 'missing'
      ? messages.missing
      : e.kind === 'type'
        ? messages.type(type(e.expected))
        : e.kind === 'one-of'
          ? messages.oneOf(e.values)
          : e.kind === 'date'
            ? messages.date
            : e.kind === 'timestamp'
              ? messages.timestamp
              : e.kind === 'reserved-id'
                ? messages.reservedId
                : e.kind === 'template-key'
                  ? messages.templateKey
                  : e.kind === 'guide-key-area'
                    ? messages.guideKeyArea
                    : e.kind === 'guide-key-beyond'
                      ? messages.guideKeyBeyond
                      : e.kind === 'title'
                        ? messages.title
                        : e.kind === 'empty-id'
                          ? messages.emptyId
                          : e.kind === 'at-least'
                            ? messages.atLeast(e.minimum)
                            : messages.other;
  return `${path || messages.whole}${messages.separator}${what}`;
}
