import { describe, expect, it } from 'vitest';
import type { Step } from '../workbook/steps';
import { createUndoHistory, TYPING_PAUSE_MS } from './undo-history';

const renamed = (from: string, to: string): Step => ({
  plan: { items: {}, order: {}, name: { before: from, after: to } },
});

function history(limit = 100) {
  let now = 0;
  const h = createUndoHistory({ limit, now: () => now });
  return { h, wait: (ms: number) => (now += ms), past: () => h.stacks.getState().past };
}

describe('undo history', () => {
  it('joins changes to the same thing within a typing pause, and only those', () => {
    const { h, wait, past } = history();
    h.record(renamed('', 'A'), 'details:name');
    wait(TYPING_PAUSE_MS - 1);
    h.record(renamed('A', 'AB'), 'details:name');
    expect(past()).toEqual([renamed('', 'AB')]);
    h.record(renamed('AB', 'ABC'), 'notes:x');
    wait(TYPING_PAUSE_MS);
    h.record(renamed('ABC', 'ABCD'), 'notes:x');
    h.record(renamed('ABCD', 'E'), null);
    h.record(renamed('E', 'EF'), null);
    expect(past()).toHaveLength(5);
  });

  it('moves steps between the stacks, and a new change clears what could be redone', () => {
    const { h, past } = history();
    h.record(renamed('', 'A'), null);
    h.record(renamed('A', 'B'), null);
    expect(h.take('undo')).toEqual(renamed('A', 'B'));
    expect(h.take('redo')).toEqual(renamed('A', 'B'));
    expect(h.take('redo')).toBeUndefined();
    h.take('undo');
    h.record(renamed('A', 'C'), null);
    expect(h.stacks.getState().future).toEqual([]);
    expect(past()).toEqual([renamed('', 'A'), renamed('A', 'C')]);
  });

  it('keeps only the newest steps up to its limit', () => {
    const { h, past } = history(2);
    for (const name of ['A', 'B', 'C']) h.record(renamed('', name), null);
    expect(past().map((step) => step.plan?.name?.after)).toEqual(['B', 'C']);
  });

  it('an undo ends the typing group, so typing again after it is a step of its own', () => {
    const { h, past } = history();
    h.record(renamed('', 'X'), null);
    h.record(renamed('X', 'XA'), 'details:name');
    h.take('undo');
    h.record(renamed('X', 'XB'), 'details:name');
    expect(past()).toEqual([renamed('', 'X'), renamed('X', 'XB')]);
  });
});
