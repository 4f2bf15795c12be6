// The dated obligations behind the guide: each source date once, with the guide items that cite it.
import type { Guidance, GuidanceSource } from '../workbook/guidance';
import { AREA_IDS, type AreaId } from '../workbook/model';

export interface CalendarEntry {
  date: string;
  source: GuidanceSource;
  /** The articles the items cite, each once, in the order first cited. */
  articles: string[];
  /** Guide item keys (`legal/1`) whose guidance cites this source with this date, in guide order. */
  itemKeys: string[];
}

/**
 * One entry per source and date (an act cited by several items for articles that apply from one
 * day is one obligation of that day), sorted by date. Only the dates the seeds carry: nothing is computed or guessed.
 */
export function calendarEntries(guidance: Guidance): CalendarEntry[] {
  const byKey = new Map<string, CalendarEntry>();
  for (const areaId of AREA_IDS as readonly AreaId[]) {
    guidance.areas[areaId].forEach((item, index) => {
      for (const source of item.sources) {
        const key = `${source.url} ${source.date}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { date: source.date, source, articles: [], itemKeys: [] };
          byKey.set(key, entry);
        }
        if (source.article && !entry.articles.includes(source.article)) entry.articles.push(source.article);
        const itemKey = `${areaId}/${index}`;
        if (!entry.itemKeys.includes(itemKey)) entry.itemKeys.push(itemKey);
      }
    });
  }
  return [...byKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether an obligation's date has come: a month-only date counts from its first day. */
export function isInForce(date: string, today: string): boolean {
  return (date.length === 7 ? `${date}-01` : date) <= today;
}
