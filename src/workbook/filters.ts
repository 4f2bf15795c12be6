import { itemsOf } from './model';
// Finding items: an area's filters, the owner field's suggestions and the search across areas. Apart
// from tracking.ts because only the area and search screens use them, so the dashboard does not load them.
import type { Guidance } from './guidance';
import { templateItem } from './guide';
import type { AreaId, ItemId, Status, Template, Workbook } from './model';
import { type Day, isOverdue, itemsInOrder } from './tracking';

/** Owners already used in this workbook, most used first, for the area's owner filter. */
export function ownerSuggestions(workbook: Workbook, exceptItemId?: ItemId): string[] {
  const uses = new Map<string, number>();
  for (const item of Object.values(workbook.items)) {
    if (item.id === exceptItemId) continue;
    const owner = item.owner.trim();
    if (owner) uses.set(owner, (uses.get(owner) ?? 0) + 1);
  }
  return [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([owner]) => owner);
}

/**
 * The suggestions for one item's owner field: the owners of the other items. The field keeps each
 * keystroke as it is typed, so the item's own owner would otherwise suggest what is being typed.
 */
export function ownerSuggestionsFor(workbook: Workbook, itemId: ItemId): string[] {
  return ownerSuggestions(workbook, itemId);
}

export interface AreaFilter {
  status?: Status;
  owner?: string;
  overdue?: boolean;
}

export function hasFilter(filter: AreaFilter): boolean {
  return filter.status !== undefined || filter.owner !== undefined || filter.overdue === true;
}

export function filterArea(workbook: Workbook, areaId: string, filter: AreaFilter, today: Day): readonly ItemId[] {
  const ids = itemsOf(workbook, areaId);
  if (!hasFilter(filter)) return ids;
  return ids.filter((id) => {
    const item = workbook.items[id];
    if (!item) return false;
    if (filter.status !== undefined && item.status !== filter.status) return false;
    if (filter.owner !== undefined && item.owner.trim() !== filter.owner) return false;
    if (filter.overdue && !isOverdue(item, today)) return false;
    return true;
  });
}

/** Case- and width-insensitive text for matching ("ＡＩ" finds "ai"). */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

export interface SearchHit {
  areaId: string;
  itemId: ItemId;
}

/**
 * Finds items whose title, detail, notes or owner contain every word of the query. Items seeded
 * from the guide match in both languages, so a Chinese word finds an item shown in English. Given
 * the shown language's guidance, its criteria, first steps and source names match too, as do the
 * criteria users wrote for their own items.
 */
export function searchItems(workbook: Workbook, query: string, templates: readonly Template[], guidance?: Guidance): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const item of itemsInOrder(workbook)) {
    const texts = [item.title ?? '', item.detail ?? '', item.notes, item.owner, ...item.criteria.own.map((c) => c.text)];
    const [areaId = '', index = ''] = item.templateKey?.split('/') ?? [];
    const guide = guidance && Object.hasOwn(guidance.areas, areaId) ? guidance.areas[areaId as AreaId][Number(index)] : undefined;
    if (guide) {
      texts.push(...guide.criteria.map((c) => c.text), ...guide.steps, ...guide.sources.map((source) => source.name));
    }
    if (item.templateKey) {
      for (const template of templates) {
        const seeded = templateItem(template, item.templateKey);
        if (seeded) texts.push(item.title === null ? seeded.title : '', item.detail === null ? seeded.detail : '');
      }
    }
    const haystack = fold(texts.join('\n'));
    if (words.every((word) => haystack.includes(word))) hits.push({ areaId: item.areaId, itemId: item.id });
  }
  return hits;
}
