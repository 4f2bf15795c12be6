import { describe, expect, it, vi } from 'vitest';
import { RELOAD_GUARD_MS, reloadOnMissingCode } from './reload-after-deploy';

const OLD_PAGE = '<script type="module" crossorigin src="/assets/index-old.js"></script>';
const NEW_PAGE = '<script type="module" crossorigin src="/assets/index-new.js"></script>';

function fakePage({ onLine = true, served = NEW_PAGE as string | Error } = {}) {
  const listeners: ((event: Event) => unknown)[] = [];
  const session = new Map<string, string>();
  const order: string[] = [];
  const page = {
    addEventListener: (_type: string, listener: (event: Event) => unknown) => void listeners.push(listener),
    sessionStorage: {
      getItem: (key: string) => session.get(key) ?? null,
      setItem: (key: string, value: string) => void session.set(key, value),
    },
    navigator: { onLine },
    location: { reload: vi.fn(() => void order.push('reload')) },
    document: { querySelector: () => ({ getAttribute: () => '/assets/index-old.js' }) },
    fetch: vi.fn(async () => {
      if (served instanceof Error) throw served;
      return { ok: true, text: async () => served };
    }),
  };
  const fail = async () => {
    await Promise.all(listeners.map((listener) => listener(new Event('vite:preloadError'))));
  };
  return { page, fail, order };
}

describe('reloadOnMissingCode', () => {
  it('when the host serves a newer version: writes unsaved changes, reloads once, and not again while the guard lasts', async () => {
    const { page, fail, order } = fakePage();
    let now = 1_000_000;
    reloadOnMissingCode(
      page,
      () => void order.push('flush'),
      () => now,
    );
    await fail();
    expect(order).toEqual(['flush', 'reload']);

    // The reloaded page fails too: the error is left to show, no second reload.
    now += 5_000;
    await fail();
    expect(order).toEqual(['flush', 'reload']);

    // A later deploy, long after, may reload again.
    now += RELOAD_GUARD_MS;
    await fail();
    expect(order).toEqual(['flush', 'reload', 'flush', 'reload']);
  });

  it('does not reload when the host still serves this version, or cannot be reached', async () => {
    for (const served of [OLD_PAGE, new TypeError('Failed to fetch')]) {
      const { page, fail } = fakePage({ served });
      reloadOnMissingCode(page, () => {});
      await fail();
      expect(page.location.reload).not.toHaveBeenCalled();
    }
  });

  it('does not reload while offline, where a reload would lose the page', async () => {
    const { page, fail } = fakePage({ onLine: false });
    reloadOnMissingCode(page, () => {});
    await fail();
    expect(page.fetch).not.toHaveBeenCalled();
    expect(page.location.reload).not.toHaveBeenCalled();
  });
});
