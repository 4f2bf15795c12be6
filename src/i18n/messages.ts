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
