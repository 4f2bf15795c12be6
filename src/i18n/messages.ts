// Both languages' words, and what the app knows about languages.
import type { Locale } from '../workbook/model';
import { en, type Messages } from './messages.en';
import { zh } from './messages.zh';

export type { Messages };

export const MESSAGES = { en, zh } satisfies Record<Locale, Messages>;

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
