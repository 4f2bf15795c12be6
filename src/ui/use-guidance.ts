// The shown language's guidance for a screen: null until its chunk has arrived, 'failed' when it could not.
import { useEffect, useState } from 'react';
import type { Guidance, ItemGuidance } from '../workbook/guidance';
import type { Locale } from '../workbook/model';

// Kept once arrived, so a row mounted later (scrolling, another area) shows it in its first frame.
const arrived = new Map<Locale, Guidance>();

const pending = new Map<Locale, Promise<Guidance>>();

// The screens showing a failed download; Try again on any of them asks once for all.
const retries = new Set<() => void>();

/** Asks again for the guidance every screen failed to download (back online, or a flaky network). */
export function retryGuidance(): void {
  for (const retry of [...retries]) retry();
}

/** Downloads a language's guidance once for every screen; rejects when it could not, and a later call tries again. */
export function preloadGuidance(locale: Locale): Promise<Guidance> {
  let promise = pending.get(locale);
  if (!promise) {
    promise = import('../workbook/guidance-modules')
      .then(({ loadGuidance }) => loadGuidance(locale))
      .then((guidance) => {
        arrived.set(locale, guidance);
        return guidance;
      });
    promise.catch(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}

export function useGuidance(locale: Locale): Guidance | null | 'failed' {
  const [state, setState] = useState<{ locale: Locale; value: Guidance | 'failed' } | null>(null);
  const ready = arrived.get(locale);
  useEffect(() => {
    if (arrived.has(locale)) return;
    let live = true;
    const load = () =>
      preloadGuidance(locale).then(
        (guidance) => live && setState({ locale, value: guidance }),
        () => live && setState({ locale, value: 'failed' }),
      );
    const retry = () => {
      setState(null);
      load();
    };
    load();
    retries.add(retry);
    return () => {
      live = false;
      retries.delete(retry);
    };
  }, [locale]);
  return ready ?? (state?.locale === locale ? state.value : null);
}

/**
 * One guide item's guidance by its key (`team/2`). The same lookup as itemGuidance in guidance.ts,
 * repeated here: importing that module into a screen chunk made Rolldown cut the entry into ten
 * shared chunks, 2.8 KB gzip more for a first visit.
 */
export function guidanceOf(guidance: Guidance, key: string): ItemGuidance | undefined {
  const [areaId = '', index = ''] = key.split('/');
  const items = Object.hasOwn(guidance.areas, areaId) ? guidance.areas[areaId as keyof Guidance['areas']] : undefined;
  return items?.[Number(index)];
}
