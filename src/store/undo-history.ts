// This tab's undo and redo stacks: steps that record what each change did, keystrokes grouped.
import { createStore } from 'zustand/vanilla';
import { combineSteps, type Direction, type Step } from '../workbook/steps';

/** Typing into notes makes one undo step per pause, not one per keystroke. */
export const TYPING_PAUSE_MS = 1000;

export interface UndoStacks {
  past: Step[];
  future: Step[];
}

/**
 * Only steps are kept, never copies of the plan: putting back a copy would erase what other tabs did
 * since. A store of its own, so the Undo and Redo buttons can follow whether there is anything to
 * take without the plan's subscribers hearing of it.
 */
export function createUndoHistory({ limit, now }: { limit: number; now: () => number }) {
  const stacks = createStore<UndoStacks>()(() => ({ past: [], future: [] }));
  /** The group of the last recorded step and when it was recorded; a step in the same group soon after joins it. */
  let lastGroup: { key: string | null; at: number } = { key: null, at: 0 };

  return {
    stacks,
    /**
     * Records a new change. `group` names what is being typed into (an item's notes, its owner); a
     * change to the same thing within a typing pause joins the step before it.
     */
    record(step: Step, group: string | null) {
      const at = now();
      const { past } = stacks.getState();
      const joins = group !== null && group === lastGroup.key && at - lastGroup.at < TYPING_PAUSE_MS && past.length > 0;
      lastGroup = { key: group, at };
      const next = joins ? [...past.slice(0, -1), combineSteps(past.at(-1) as Step, step)] : [...past, step];
      stacks.setState({ past: next.slice(-limit), future: [] });
    },
    /** Moves the newest step of one stack onto the other and returns it, to be applied in that direction. */
    take(direction: Direction): Step | undefined {
      const { past, future } = stacks.getState();
      const step = (direction === 'undo' ? past : future).at(-1);
      if (!step) return undefined;
      lastGroup = { key: null, at: 0 };
      stacks.setState(
        direction === 'undo'
          ? { past: past.slice(0, -1), future: [...future, step] }
          : { past: [...past, step], future: future.slice(0, -1) },
      );
      return step;
    },
  };
}

export type UndoHistory = ReturnType<typeof createUndoHistory>;
