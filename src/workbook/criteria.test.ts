import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import { addOwnCriterion, removeOwnCriterion, withCriterionMet } from './criteria';
import * as ops from './operations';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

const guideItem = () => {
  const workbook = ops.createWorkbook(TEMPLATES.en, testClock(0));
  return workbook.items[itemsOf(workbook, 'legal')[1] as string]!;
};

describe('criteria', () => {
  it('ticks and unticks one criterion, leaving the item’s status and the other ticks alone', () => {
    const item = guideItem();
    const ticked = withCriterionMet(withCriterionMet(item, 'legal/1/c1', true), 'legal/1/c3', true);
    expect(ticked.criteria.met).toEqual(['legal/1/c1', 'legal/1/c3']);
    expect(ticked.status).toBe('todo');
    expect(withCriterionMet(ticked, 'legal/1/c1', false).criteria.met).toEqual(['legal/1/c3']);
    // Ticking what is already ticked is no change, so it records no step to undo.
    expect(withCriterionMet(ticked, 'legal/1/c1', true)).toBe(ticked);
  });

  it('adds a criterion of the user’s own, trimmed, and nothing for blank text', () => {
    const item = guideItem();
    const added = addOwnCriterion(item, '  Counsel signed off  ', { newId: () => 'a1' });
    expect(added.criteria.own).toEqual([{ id: 'own/a1', text: 'Counsel signed off' }]);
    expect(addOwnCriterion(item, ' \n ', { newId: () => 'a2' })).toBe(item);
    // Zero-width characters draw nothing: a criterion of them alone would be a tick box with no words.
    expect(addOwnCriterion(item, '\u200B\u2060\uFEFF', { newId: () => 'a3' })).toBe(item);
  });

  it('removes a criterion of the user’s own with its tick, and leaves a guide criterion alone', () => {
    const item = withCriterionMet(addOwnCriterion(guideItem(), 'Typo critrion', { newId: () => 'a1' }), 'own/a1', true);
    const ticked = withCriterionMet(item, 'legal/1/c1', true);
    const removed = removeOwnCriterion(ticked, 'own/a1');
    expect(removed.criteria).toEqual({ met: ['legal/1/c1'], own: [] });
    expect(removeOwnCriterion(ticked, 'legal/1/c1')).toBe(ticked);
  });
});
