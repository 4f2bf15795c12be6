// Test helpers: a clock with predictable ids and times.
import type { Clock } from './model';

export function testClock(start = 1_700_000_000_000, prefix = 'id'): Clock & { tick: (ms: number) => void } {
  let id = 0;
  let time = start;
  return {
    newId: () => `${prefix}-${++id}`,
    now: () => time,
    tick: (ms) => {
      time += ms;
    },
  };
}
