// What the screens need of the guide at run time: an item's text and key, and a plan's name.
import { type AreaId, isTemplateKey, type PlanGuide, type TemplateTitles, type Template } from './model.ts';

export function templateKey(areaId: AreaId, index: number): string {
  return `${areaId}/${index}`;
}

/** The plan's name as shown: the user's, unless blank, else the guide's title in this template's language. */
export function planName(
  workbook: { name: string | null; guide?: PlanGuide | null },
  template: Pick<TemplateTitles, 'title'>,
): string {
  return workbook.name?.trim() || workbook.guide?.title || template.title;
}

/** An item's title and detail as shown: the user's own text, else the guide's in this template's language. */
export function resolveItemText(
  item: { templateKey: string | null; title: string | null; detail: string | null },
  template: Template,
): { title: string; detail: string } {
  const seeded = item.templateKey ? templateItem(template, item.templateKey) : undefined;
  return { title: item.title ?? seeded?.title ?? '', detail: item.detail ?? seeded?.detail ?? '' };
}

/** An item's title as shown: the user's own, else the guide's in this template's language. */
export function resolveItemTitle(item: { templateKey: string | null; title: string | null }, template: TemplateTitles): string {
  return item.title ?? (item.templateKey ? templateItem(template, item.templateKey)?.title : undefined) ?? '';
}

/** The guide bullet an item was seeded from, in the given template's language. */
export function templateItem<T extends TemplateTitles>(
  template: T,
  key: string,
): T['areas'][AreaId]['items'][number] | undefined {
  // Only a well-formed key is looked up: `toString/0` would otherwise reach an inherited member.
  if (!isTemplateKey(key)) return undefined;
  const [areaId, index] = key.split('/') as [AreaId, string];
  return template.areas[areaId].items[Number(index)];
}
