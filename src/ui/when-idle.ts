// Work that can wait for a quiet moment: loading code before it is needed, taking down what left the screen.
/**
 * Runs `run` once the browser is idle (within `timeout` ms at the latest); returns a cancel. Safari
 * has no requestIdleCallback: there a timer of `fallbackDelay` ms lets the next paint happen first.
 */
export function whenIdle(run: () => void, { timeout, fallbackDelay }: { timeout?: number; fallbackDelay: number }): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, fallbackDelay);
    return () => window.clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, timeout === undefined ? undefined : { timeout });
  return () => cancelIdleCallback(handle);
}
