// Changes to an item's criteria. Apart from operations.ts so they load with the screens that show
// criteria, not with the first download.
import type { Clock, Item } from './model';

/** Marks one criterion (a guide criterion's id or an own criterion's) met or not; the item's status stays as it is. */
export function withCriterionMet(item: Item, criterionId: string, met: boolean): Item {
  const { criteria } = item;
  if (criteria.met.includes(criterionId) === met) return item;
  const ids = met ? [...criteria.met, criterionId] : criteria.met.filter((id) => id !== criterionId);
  return { ...item, criteria: { ...criteria, met: ids } };
}

/** Gives an item a criterion of the user's own; blank text adds nothing. */
export function addOwnCriterion(item: Item, text: string, clock: Pick<Clock, 'newId'>): Item {
  const trimmed = text.trim();
  if (!trimmed) return item;
  return { ...item, criteria: { ...item.criteria, own: [...item.criteria.own, { id: `own/${clock.newId()}`, text: trimmed }] } };
}
