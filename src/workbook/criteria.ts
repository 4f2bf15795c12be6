// Changes to an item's criteria. Apart from operations.ts so they load with the screens that show
// criteria, not with the first download.
import type { Clock, Item, OwnCriterion } from './model';
import { checkTitle } from './operations';

/** Marks one criterion (a guide criterion's id or an own criterion's) met or not; the item's status stays as it is. */
export function withCriterionMet(item: Item, criterionId: string, met: boolean): Item {
  const { criteria } = item;
  if (criteria.met.includes(criterionId) === met) return item;
  const ids = met ? [...criteria.met, criterionId] : criteria.met.filter((id) => id !== criterionId);
  return { ...item, criteria: { ...criteria, met: ids } };
}

/**
 * Whether text would make a criterion that shows as nothing: blank by a title's rule, so spaces or
 * zero-width characters alone are refused like an empty field rather than kept as an empty tick box.
 */
export function isBlankCriterion(text: string): boolean {
  return !checkTitle(text).ok;
}

/** Gives an item a criterion of the user's own; blank text adds nothing (the form says so first). */
export function addOwnCriterion(item: Item, text: string, clock: Pick<Clock, 'newId'>): Item {
  if (isBlankCriterion(text)) return item;
  const trimmed = text.trim();
  return { ...item, criteria: { ...item.criteria, own: [...item.criteria.own, { id: `own/${clock.newId()}`, text: trimmed }] } };
}

/** Takes one of the user's own criteria off the item, and its tick with it; a guide criterion stays. */
export function removeOwnCriterion(item: Item, criterionId: string): Item {
  const { criteria } = item;
  if (!criteria.own.some((criterion) => criterion.id === criterionId)) return item;
  return {
    ...item,
    criteria: {
      met: criteria.met.filter((id) => id !== criterionId),
      own: criteria.own.filter((criterion) => criterion.id !== criterionId),
    },
  };
}

/** Puts a removed criterion of the user's own back where it stood, ticked if it was; the toast's Undo. */
export function putBackOwnCriterion(item: Item, criterion: OwnCriterion, index: number, met: boolean): Item {
  const { criteria } = item;
  if (criteria.own.some((own) => own.id === criterion.id)) return item;
  const own = [...criteria.own];
  own.splice(Math.min(index, own.length), 0, criterion);
  return { ...item, criteria: { met: met ? [...criteria.met, criterion.id] : criteria.met, own } };
}
