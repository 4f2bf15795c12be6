// Writes the persisted state as JSON, reusing each unchanged item's text from the last write.
import type { PersistedState } from '../workbook/persisted-state';
import type { Item } from '../workbook/model';

const itemJson = new WeakMap<Item, string>();

function serializeItem(item: Item): string {
  let json = itemJson.get(item);
  if (json === undefined) {
    json = JSON.stringify(item);
    itemJson.set(item, json);
  }
  return json;
}

/**
 * JSON of { state, version } (items last in each workbook), built so that a plan of thousands of items
 * costs one item's serialisation per edit instead of the whole plan's: items are immutable, so an
 * item object seen before has the same JSON as before.
 */
export function serializeState({ state, version }: { state: PersistedState; version?: number }): string {
  const workbooks = state.workbooks.map((workbook) => {
    const { items, ...rest } = workbook;
    const parts: string[] = [];
    for (const id in items) parts.push(`${JSON.stringify(id)}:${serializeItem(items[id] as Item)}`);
    const head = JSON.stringify(rest);
    return `${head.slice(0, -1)},"items":{${parts.join(',')}}}`;
  });
  const { workbooks: _omitted, ...others } = state;
  const tail = JSON.stringify(others).slice(1);
  return `{"state":{"workbooks":[${workbooks.join(',')}]${tail === '}' ? '}' : `,${tail}`},"version":${JSON.stringify(version)}}`;
}
