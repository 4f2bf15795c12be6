// Each language's guidance, downloaded when a screen first asks for it, never with the first visit.
import type { Guidance } from './guidance';
import type { Locale } from './model';

const IMPORTS: Record<Locale, () => Promise<{ default: Guidance }>> = {
  zh: () => import('virtual:workbook-guidance/zh'),
  en: () => import('virtual:workbook-guidance/en'),
};

const loaded = new Map<Locale, Promise<Guidance>>();

/**
 * The shown language's guidance, fetched once per language. A failed download is forgotten, so a
 * later call asks again instead of repeating the failure.
 */
export function loadGuidance(locale: Locale): Promise<Guidance> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = IMPORTS[locale]().then((module) => module.default);
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}
