// What the app knows about languages, and each language's words as a download of its own: a visit
// loads only the language it shows, and the other when the user switches to it.
import type { Locale } from '../workbook/model';
import type { Messages } from './messages.en';
import { createMessageLoader } from './message-loader';

export type { Messages };

const messages = createMessageLoader<Messages>({
  en: () => import('./messages.en').then((module) => module.en),
  zh: () => import('./messages.zh').then((module) => module.zh),
});

/** Downloads a language's words (once); start-up awaits the shown language's before the first render. */
export const loadMessages = messages.load;

/**
 * The words of a language whose download has finished. The language only changes through
 * `switchLanguage` (which waits for them) and start-up loads the first, so a render always finds
 * them; the other language is a fallback that should never be needed.
 */
export function messagesFor(locale: Locale): Messages {
  const words = messages.loaded(locale) ?? messages.loaded(locale === 'en' ? 'zh' : 'en');
  if (!words) throw new Error(`the ${locale} messages were read before they were loaded`);
  return words;
}

/** Each language's name in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
