import { describe, expect, it, vi } from 'vitest';
import { RELOAD_GUARD_MS, reloadOnMissingCode } from './reload-after-deploy';

function fakePage(onLine = true) {
  const listeners: ((event: Event) => void)[] = [];
  const session = new Map<string, string>();
  const order: string[] = [];
  const page = {
    addEventListener: (_type: string, listener: (event: Event) => void) => void listeners.push(listener),
    sessionStorage: {
      getItem: (key: string) => session.get(key) ?? null,
      setItem: (key: string, value: string) => void session.set(key, value),
    },
    navigator: { onLine },
    location: { reload: vi.fn(() => void order.push('reload')) },
  };
  const fail = () => {
    const event = new Event('vite:preloadError', { cancelable: true });
    for (const listener of listeners) listener(event);
    return event;
  };
  return { page, fail, order };
}

describe('reloadOnMissingCode', () => {
  it('writes unsaved changes, then reloads once, and not again while the guard lasts', () => {
    const { page, fail, order } = fakePage();
    let now = 1_000_000;
    reloadOnMissingCode(
      page,
      () => void order.push('flush'),
      () => now,
    );
    expect(fail().defaultPrevented).toBe(true);
    expect(order).toEqual(['flush', 'reload']);

    // The reloaded page fails too: the error is left to show, no second reload.
    now += 5_000;
    expect(fail().defaultPrevented).toBe(false);
    expect(order).toEqual(['flush', 'reload']);

    // A later deploy, long after, may reload again.
    now += RELOAD_GUARD_MS;
    fail();
    expect(order).toEqual(['flush', 'reload', 'flush', 'reload']);
  });

  it('does not reload while offline, where a reload would lose the page', () => {
    const { page, fail } = fakePage(false);
    reloadOnMissingCode(page, () => {});
    expect(fail().defaultPrevented).toBe(false);
    expect(page.location.reload).not.toHaveBeenCalled();
  });
});
