// The checklist's rows in groups: each group, not each row, skips layout and paint while off screen
// (see AreaScreen). A row that changes group is made anew by React, losing its focus and anything
// open in it, so the groups are kept from one render to the next: a row stays in its group while
// rows around it are added, deleted or filtered out, and only a row moved past a group's edge changes.

export interface RowGroup<Id> {
  /** Stable for the group's life: React's key. */
  key: number;
  ids: Id[];
}

/**
 * `ids` (the rows shown, in order) in groups, keeping each row in its group from `previous` where the
 * order allows. New rows join the group before them while it has fewer than `size` rows.
 */
export function regroupRows<Id>(previous: readonly RowGroup<Id>[], ids: readonly Id[], size: number): RowGroup<Id>[] {
  const groupOf = new Map<Id, number>();
  let nextKey = 0;
  for (const group of previous) {
    for (const id of group.ids) groupOf.set(id, group.key);
    nextKey = Math.max(nextKey, group.key + 1);
  }
  const groups: RowGroup<Id>[] = [];
  const used = new Set<number>();
  let current: RowGroup<Id> | undefined;
  for (const id of ids) {
    const key = groupOf.get(id);
    const ownGroupAhead = key !== undefined && key !== current?.key && !used.has(key);
    const joins = current && !ownGroupAhead && (key === current.key || key !== undefined || current.ids.length < size);
    if (current && joins) {
      current.ids.push(id);
      continue;
    }
    current = { key: ownGroupAhead ? key : nextKey++, ids: [id] };
    used.add(current.key);
    groups.push(current);
  }
  return groups;
}
