// One language's words and guide, downloaded when that language is first shown; switching fetches
// the other once.
import type { Locale, Template } from '../workbook/model';
import { type CachedImport, cachedImport } from '../ui/cached-import';
import type { Messages } from './messages';

export interface Catalogue {
  messages: Messages;
  template: Template;
}

// One download per language, shared by every caller.
const catalogues: Record<Locale, CachedImport<Catalogue>> = {
  en: cachedImport(() => import('./catalogue.en').then((module) => module.default)),
  zh: cachedImport(() => import('./catalogue.zh').then((module) => module.default)),
};

/** Resolves once the language can be shown; a failed download may be tried again. */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return catalogues[locale].load();
}

/**
 * A language already shown. The store only ever names such a language: start-up, the switch and
 * other tabs' changes all load the catalogue before the locale changes.
 */
export function catalogue(locale: Locale): Catalogue {
  const found = catalogues[locale].loaded;
  if (!found) throw new Error(`the ${locale} catalogue is used before it was loaded`);
  return found;
}
