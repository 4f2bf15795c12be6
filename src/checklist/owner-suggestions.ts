// The owner filter's suggestions, asked again after every change while an area is open.
import { ownerSuggestions } from '../workbook/filters';
import { type Workbook, itemsOf, areaIdsOf } from '../workbook/model';

/**
 * A selector that counts owners again only when one may have changed. Most changes (a tick, a note)
 * leave every owner as it was, which one pass of reference checks tells faster than counting again.
 */
export function createOwnerSuggestions(): (workbook: Workbook) => string[] {
  let last: { workbook: Workbook; owners: string[] } | null = null;
  return (workbook) => {
    if (!last || !sameOwners(last.workbook, workbook)) last = { workbook, owners: ownerSuggestions(workbook) };
    else last.workbook = workbook;
    return last.owners;
  };
}

/**
 * Walks the areas' orders, which list every item, rather than the items map: V8 walks arrays of
 * thousands of ids faster than it lists the keys of a map that size.
 */
function sameOwners(before: Workbook, after: Workbook): boolean {
  if (before.items === after.items) return true;
  let count = 0;
  for (const areaId of areaIdsOf(before)) {
    count += itemsOf(before, areaId).length;
    for (const id of itemsOf(after, areaId)) {
      count -= 1;
      const previous = before.items[id];
      const item = after.items[id];
      if (previous !== item && (!previous || previous.owner !== item?.owner)) return false;
    }
  }
  // An item gone since leaves one id of `before` unmatched.
  return count === 0;
}
