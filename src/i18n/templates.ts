// Each language's guide (titles, details) as a download of its own, like its words: start-up and a
// language switch wait for the shown language's; search and the palette ask for the other when they open.
import type { Locale, Template } from '../workbook/model';
import { LOCALES } from '../workbook/model';
import { createMessageLoader } from './message-loader';
import { loadMessages } from './messages';

const templates = createMessageLoader<Template>({
  en: () => import('virtual:workbook-template/en').then((module) => module.default),
  zh: () => import('virtual:workbook-template/zh').then((module) => module.default),
});

/** Downloads a language's guide (once). */
export const loadTemplate = templates.load;

/** What a language needs before the screen shows it: its words and its guide, downloaded side by side. */
export function loadLanguage(locale: Locale): Promise<void> {
  return Promise.all([loadMessages(locale), loadTemplate(locale)]).then(() => undefined);
}

/** Both languages' guides, for screens that match guide text in either language (search, the palette). */
export function loadAllTemplates(): Promise<Record<Locale, Template>> {
  return Promise.all(LOCALES.map(loadTemplate)).then(() => allTemplates());
}

/**
 * The guide of a language whose download has finished. The shown language is loaded before the
 * first render and before a switch applies, so a render always finds it; the other language is a
 * fallback that should never be needed.
 */
export function templateFor(locale: Locale): Template {
  const template = templates.loaded(locale) ?? templates.loaded(locale === 'en' ? 'zh' : 'en');
  if (!template) throw new Error(`the ${locale} guide was read before it was loaded`);
  return template;
}

/** Both guides, once `loadAllTemplates` has finished; a guide not yet here throws, as in `templateFor`. */
export function allTemplates(): Record<Locale, Template> {
  const all = {} as Record<Locale, Template>;
  for (const locale of LOCALES) {
    const template = templates.loaded(locale);
    if (!template) throw new Error(`the ${locale} guide was read before it was loaded`);
    all[locale] = template;
  }
  return all;
}
