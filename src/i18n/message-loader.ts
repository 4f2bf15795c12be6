// Loads a language's words once, sharing one download between callers; pure, so it is tested with fake imports.
import type { Locale } from '../workbook/model';

export interface MessageLoader<M> {
  /** The language's words, downloaded on the first call; a failed download may be asked for again. */
  load: (locale: Locale) => Promise<M>;
  /** The words if they have arrived, for a render, which cannot wait. */
  loaded: (locale: Locale) => M | undefined;
}

export function createMessageLoader<M>(imports: Record<Locale, () => Promise<M>>): MessageLoader<M> {
  const loaded: Partial<Record<Locale, M>> = {};
  const pending: Partial<Record<Locale, Promise<M>>> = {};
  const load = (locale: Locale): Promise<M> => {
    const ready = loaded[locale];
    if (ready) return Promise.resolve(ready);
    pending[locale] ??= imports[locale]().then(
      (messages) => {
        loaded[locale] = messages;
        return messages;
      },
      (error: unknown) => {
        delete pending[locale];
        throw error;
      },
    );
    return pending[locale];
  };
  return { load, loaded: (locale) => loaded[locale] };
}

/**
 * Changes the language only once its words have arrived, so the screen keeps the old language until
 * then instead of showing half of each. When switches overlap, the last one chosen wins.
 */
export function createLanguageSwitcher({
  load,
  apply,
  onFailure,
}: {
  load: (locale: Locale) => Promise<unknown>;
  apply: (locale: Locale) => void;
  onFailure: (error: unknown) => void;
}) {
  let latest = 0;
  return async (locale: Locale): Promise<void> => {
    latest += 1;
    const request = latest;
    try {
      await load(locale);
    } catch (error) {
      if (request === latest) onFailure(error);
      return;
    }
    if (request === latest) apply(locale);
  };
}
