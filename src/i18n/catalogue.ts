// One language's words, loaded on demand in two parts: what the shell and the dashboard show (a
// visit to / needs nothing else), and the words and guide details of the other screens. A visit
// downloads only the language it shows; switching fetches the other once.
import { AREA_IDS, type GuideDetails, type Locale, type Template, type TemplateTitles } from '../workbook/model';
import { type CachedImport, cachedImport } from '../ui/cached-import';
import type { Messages, ScreenMessages, StartMessages } from './messages';

export interface StartCatalogue {
  messages: StartMessages;
  template: TemplateTitles;
}

export interface ScreensCatalogue {
  messages: ScreenMessages;
  details: GuideDetails;
}

/** Both parts together: every message, and the guide with its item details. */
export interface Catalogue {
  messages: Messages;
  template: Template;
}

// One download per part and language, shared by every caller.
const starts: Record<Locale, CachedImport<StartCatalogue>> = {
  en: cachedImport(() => import('./catalogue.en').then((module) => module.default)),
  zh: cachedImport(() => import('./catalogue.zh').then((module) => module.default)),
};

const screens: Record<Locale, CachedImport<ScreensCatalogue>> = {
  en: cachedImport(() => import('./catalogue-screens.en').then((module) => module.default)),
  zh: cachedImport(() => import('./catalogue-screens.zh').then((module) => module.default)),
};

const full = new Map<Locale, Catalogue>();
/** Once a screen has needed its words, a language switch loads them too before the switch. */
let screensInUse = false;

function join(start: StartCatalogue, part: ScreensCatalogue): Catalogue {
  const areas = {} as Template['areas'];
  for (const id of AREA_IDS) {
    const area = start.template.areas[id];
    areas[id] = { ...area, items: area.items.map(({ title }, index) => ({ title, detail: part.details[id][index] ?? '' })) };
  }
  return { messages: { ...start.messages, ...part.messages }, template: { ...start.template, areas } };
}

/** Resolves once the language can be shown on every screen in use; a failed download may be tried again. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  await (screensInUse ? loadScreenCatalogue(locale) : starts[locale].load());
}

/** Loads the other screens' part too (and keeps loading it on switches); resolves to the whole catalogue. */
export async function loadScreenCatalogue(locale: Locale): Promise<Catalogue> {
  screensInUse = true;
  const [start, part] = await Promise.all([starts[locale].load(), screens[locale].load()]);
  let joined = full.get(locale);
  if (!joined) {
    joined = join(start, part);
    full.set(locale, joined);
  }
  return joined;
}

/**
 * For a route's loader: undefined when the words are already here, so the route renders in the
 * same task instead of waiting a microtask for a settled promise.
 */
export function screenCatalogueReady(locale: Locale): Promise<Catalogue> | undefined {
  return full.has(locale) ? undefined : loadScreenCatalogue(locale);
}

/**
 * The start part of a language already shown. The store only ever names such a language: start-up,
 * the switch and other tabs' changes all load the catalogue before the locale changes.
 */
export function startCatalogue(locale: Locale): StartCatalogue {
  const found = starts[locale].loaded;
  if (!found) throw new Error(`the ${locale} catalogue is used before it was loaded`);
  return found;
}

/** The whole catalogue, for the screens whose route or loader called loadScreenCatalogue first. */
export function catalogue(locale: Locale): Catalogue {
  const found = full.get(locale);
  if (!found) throw new Error(`the ${locale} screens' catalogue is used before it was loaded`);
  return found;
}
