// After a deploy, a tab of the older version can ask for code files the host no longer has. Vite
// reports a failed code download as vite:preloadError; when the host now serves a newer version, one
// reload fetches its files. Part of the first download, since it must work when downloads fail.

/** Reloads within this time of the last such reload are not repeated: the fault is not the deploy's. */
export const RELOAD_GUARD_MS = 60_000;
export const RELOAD_GUARD_KEY = 'ai-startup-workbook.reloaded-for-missing-code';

interface PageLike {
  addEventListener(type: 'vite:preloadError', listener: (event: Event) => void): void;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  navigator: { onLine: boolean };
  location: { reload(): void };
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  fetch(url: string, init: RequestInit): Promise<Pick<Response, 'ok' | 'text'>>;
}

/**
 * Whether the host's page now loads another entry than this page did. A download that failed for
 * any other reason (the connection, a blocked file) is left to the screen's own error: a reload
 * would only take away what the user was doing, such as the file they chose to import.
 */
async function newerVersionServed(page: PageLike): Promise<boolean> {
  const entry = page.document.querySelector('script[type="module"][src]')?.getAttribute('src');
  if (!entry) return false;
  try {
    const response = await page.fetch('/', { cache: 'no-store' });
    return response.ok && !(await response.text()).includes(`src="${entry}"`);
  } catch {
    return false;
  }
}

/**
 * Reloads once a newer version is found, after `flush` has written the unsaved changes. Not while
 * offline, and not again within a minute, so a file missing from the new version too cannot make
 * the page reload forever. The screen's error shows meanwhile, and stays when there is no reload.
 */
export function reloadOnMissingCode(page: PageLike, flush: () => void, now: () => number = Date.now) {
  page.addEventListener('vite:preloadError', async () => {
    if (!page.navigator.onLine || !(await newerVersionServed(page))) return;
    try {
      if (now() - Number(page.sessionStorage.getItem(RELOAD_GUARD_KEY)) < RELOAD_GUARD_MS) return;
      page.sessionStorage.setItem(RELOAD_GUARD_KEY, String(now()));
    } catch {
      // Without session storage there is no guard against a loop, so no reload: the error stays.
      return;
    }
    flush();
    page.location.reload();
  });
}
