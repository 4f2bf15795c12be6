// What every screen needs about languages before a language's catalogue is loaded.
import type { Locale } from '../workbook/model';
import type { FieldProblem } from '../workbook/schema-errors';
import type { StartMessages } from './messages.en';
import type { ScreenMessages } from './messages-screens.en';

export type { ScreenMessages, StartMessages };
/** Every message: the start part and the other screens' part together. */
export type Messages = StartMessages & ScreenMessages;

/** Each language's name in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The first visit follows the browser: any Chinese preference first in line means Chinese. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Words a validation problem (which field, what was expected) in the catalogue's language. */
export function wordFieldProblem(t: StartMessages, { path, expectation: e }: FieldProblem): string {
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
            : e.kind === 'at-least'
              ? words.atLeast(e.minimum)
              : words.other;
  return `${path || words.whole}${words.separator}${what}`;
}
