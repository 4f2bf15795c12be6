// After a deploy, a tab of the older version can ask for code files the host no longer has. Vite
// reports that as vite:preloadError; one reload fetches the new version's files. Part of the first download.

/** Reloads within this time of the last such reload are not repeated: the fault is not the deploy's. */
export const RELOAD_GUARD_MS = 60_000;
export const RELOAD_GUARD_KEY = 'ai-startup-workbook.reloaded-for-missing-code';

interface PageLike {
  addEventListener(type: 'vite:preloadError', listener: (event: Event) => void): void;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  navigator: { onLine: boolean };
  location: { reload(): void };
}

/**
 * Reloads once, after `flush` has written the unsaved changes. Not while offline (the reload would
 * lose the page; the screen's error says to check the connection), and not again within a minute,
 * so a file missing from the new version too cannot make the page reload forever.
 */
export function reloadOnMissingCode(page: PageLike, flush: () => void, now: () => number = Date.now) {
  page.addEventListener('vite:preloadError', (event) => {
    if (!page.navigator.onLine) return;
    try {
      if (now() - Number(page.sessionStorage.getItem(RELOAD_GUARD_KEY)) < RELOAD_GUARD_MS) return;
      page.sessionStorage.setItem(RELOAD_GUARD_KEY, String(now()));
    } catch {
      // Without session storage there is no guard against a loop, so no reload: the error shows instead.
      return;
    }
    flush();
    // Handled here: the page is replaced, so the screen's error need not flash first.
    event.preventDefault();
    page.location.reload();
  });
}
