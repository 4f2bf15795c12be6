// One language's words (messages and guide text), loaded on demand: a visit downloads only the
// language it shows, and switching fetches the other once.
import type { Locale, Template } from '../workbook/model';
import type { Messages } from './messages';

export interface Catalogue {
  messages: Messages;
  template: Template;
}

const IMPORTS: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./catalogue.en'),
  zh: () => import('./catalogue.zh'),
};

const loading = new Map<Locale, Promise<Catalogue>>();
const loaded = new Map<Locale, Catalogue>();

/** Resolves once the language can be shown; a failed download may be tried again. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = IMPORTS[locale]().then(
      ({ default: catalogue }) => {
        loaded.set(locale, catalogue);
        return catalogue;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

/**
 * The catalogue of a language already shown. The store only ever names such a language: start-up,
 * the switch and other tabs' changes all load the catalogue before the locale changes.
 */
export function catalogue(locale: Locale): Catalogue {
  const found = loaded.get(locale);
  if (!found) throw new Error(`the ${locale} catalogue is used before it was loaded`);
  return found;
}
