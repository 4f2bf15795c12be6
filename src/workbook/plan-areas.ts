// A plan's areas as shown: the built-in guide's ten in the shown language, or an imported guide's own.
import { AREA_IDS, type AreaId, isAreaId, type PlanGuide, type TemplateTitles } from './model';

export interface ShownArea {
  id: string;
  /** Short, for navigation and lists. */
  name: string;
  /** The section's heading in its guide. */
  title: string;
  question: string;
}

/** The areas of a plan, in order; `names` are the shown language's short names of the built-in areas. */
export function planAreas(
  workbook: { guide: PlanGuide | null },
  names: Readonly<Record<AreaId, string>>,
  template: TemplateTitles,
): ShownArea[] {
  if (workbook.guide) return workbook.guide.areas.map((area) => ({ ...area, name: area.title }));
  return AREA_IDS.map((id) => ({ id, name: names[id], title: template.areas[id].title, question: template.areas[id].question }));
}

/** One area's short name; an id that is no area of the plan (a teammate's stale position) names itself. */
export function areaName(workbook: { guide: PlanGuide | null }, names: Readonly<Record<AreaId, string>>, areaId: string): string {
  if (workbook.guide) return workbook.guide.areas.find((area) => area.id === areaId)?.title ?? areaId;
  return isAreaId(areaId) ? names[areaId] : areaId;
}
