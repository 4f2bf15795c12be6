// Validation problems in words, for a refused import and unreadable saved data.
import type { FieldProblem } from '../workbook/schema-errors';
import type { Messages } from './messages';

/** Words a validation problem (which field, what was expected) in the catalogue's language. */
export function wordFieldProblem(t: Pick<Messages, 'fieldProblem'>, { path, expectation: e }: FieldProblem): string {
  const words = t.fieldProblem;
  const type = (name: string) => words.types[name] ?? name;
  const what =
    e.kind === 'missing'
      ? words.missing
      : e.kind === 'type'
        ? words.type(type(e.expected))
        : e.kind === 'one-of'
          ? words.oneOf(e.values)
          : e.kind === 'date'
            ? words.date
            : e.kind === 'timestamp'
              ? words.timestamp
              : e.kind === 'reserved-id'
                ? words.reservedId
                : e.kind === 'template-key'
                  ? words.templateKey
                  : e.kind === 'guide-key-area'
                    ? words.guideKeyArea
                    : e.kind === 'guide-key-beyond'
                      ? words.guideKeyBeyond
                      : e.kind === 'title'
                        ? words.title
                        : e.kind === 'empty-id'
                          ? words.emptyId
                          : e.kind === 'at-least'
                            ? words.atLeast(e.minimum)
                            : words.other;
  return `${path || words.whole}${words.separator}${what}`;
}
