// The workbook's data types: what a founder's plan is made of, independent of React and storage.

/** The ten areas of the guide, in guide order. The order here is the order of the guide's sections. */
export const AREA_IDS = [
  'challenges',
  'direction',
  'team',
  'funding',
  'risk',
  'marketing',
  'legal',
  'international',
  'talent',
  'execution',
] as const;

/** One of the built-in guide's areas. A plan made from an imported guide has areas of its own (PlanGuide). */
export type AreaId = (typeof AREA_IDS)[number];

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}

/** An area of a plan made from an imported guide: one of that guide's sections. */
export interface PlanArea {
  id: string;
  title: string;
  question: string;
}

/** A guide the user imported, kept by the plans made from it: any number of areas, in its own language only. */
export interface PlanGuide {
  title: string;
  introduction: string;
  areas: readonly PlanArea[];
}

/** The most areas an imported guide may have: a screen of links, not a list to scroll. */
export const MAX_PLAN_AREAS = 50;

/** The ids of a plan's areas, in order: its imported guide's, else the built-in guide's ten. */
export function areaIdsOf(workbook: { guide: PlanGuide | null }): readonly string[] {
  return workbook.guide ? workbook.guide.areas.map((area) => area.id) : AREA_IDS;
}

/** Whether `value` names an area of this plan (an address or a teammate's position may name any). */
export function isAreaOf(workbook: { guide: PlanGuide | null }, value: unknown): value is string {
  return typeof value === 'string' && areaIdsOf(workbook).includes(value);
}

/** The area ids a plan made from an imported guide of `count` sections uses. */
export function planAreaIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `s${index + 1}`);
}

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The first visit follows the browser: any Chinese preference first in line means Chinese. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** One bullet of the guide: its bold label and the text after it. */
export interface GuideItem {
  title: string;
  detail: string;
}

export interface GuideSection {
  /** 1-based section number as written in the guide (`#### 3.`). */
  number: number;
  title: string;
  question: string;
  items: GuideItem[];
}

/** A guide parsed from Markdown, in one language. */
export interface Guide {
  title: string;
  sections: GuideSection[];
  /** The guide's closing paragraph, used as the workbook's introduction. */
  closing: string;
}

/** The template in one language: the guide's sections bound to area ids. */
export interface GuideArea extends GuideSection {
  id: AreaId;
}

export interface Template {
  title: string;
  introduction: string;
  areas: Record<AreaId, GuideArea>;
}

/** What naming a plan or an item needs of the template: its titles. A full Template is also one of these. */
export interface TemplateTitles {
  title: string;
  introduction: string;
  areas: Record<AreaId, Omit<GuideArea, 'items'> & { items: readonly { title: string }[] }>;
}

/** How many items the guide has per area: all that seeding a workbook needs, in any language. */
export interface TemplateShape {
  areas: Record<AreaId, { items: readonly unknown[] }>;
}

export type ItemId = string;

/** Where an item stands. The checkbox means Done; Not applicable items leave the progress count. */
export const STATUSES = ['todo', 'doing', 'done', 'na'] as const;
export type Status = (typeof STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The item fields a person edits; each carries its own change time so two tabs' edits merge field by field. */
export const ITEM_FIELDS = ['title', 'detail', 'status', 'notes', 'owner', 'due', 'priority', 'criteria'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** A "done when" criterion the user wrote for an item of their own (guide items take theirs from the guidance). */
export interface OwnCriterion {
  id: string;
  text: string;
}

/**
 * Which of an item's criteria are met, by id (a guide criterion's `team/2/c1`, or an own criterion's
 * id), and the criteria the user added. One field, so a tick merges and undoes like any other edit.
 */
export interface ItemCriteria {
  met: readonly string[];
  own: readonly OwnCriterion[];
}

export const NO_CRITERIA: ItemCriteria = { met: [], own: [] };

/**
 * Whether two values of one item field are the same. Criteria are an object, and a copy that came
 * through storage, another tab or the shared document is a new object with the same content.
 */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A checklist item. An item seeded from the guide keeps `templateKey` and leaves `title` / `detail`
 * null until the user edits them, so its text follows the template's language; once the user types
 * a title or detail, that text is theirs and no language switch changes it.
 */
export interface Item {
  id: ItemId;
  /** An area of its plan (see areaIdsOf). */
  areaId: string;
  /** `${areaId}/${index}` of the guide bullet it was seeded from, or null for the user's own items. */
  templateKey: string | null;
  title: string | null;
  detail: string | null;
  status: Status;
  notes: string;
  /** Who owns it; free text, '' for nobody. */
  owner: string;
  /** The day it is due, as the date input gives it (YYYY-MM-DD, no time zone), or null. */
  due: string | null;
  priority: Priority | null;
  criteria: ItemCriteria;
  /** Milliseconds since the epoch of the last change, including being added or restored. */
  updatedAt: number;
  /** When each field last changed; a field without a time has not changed since the item was seeded. */
  changedAt: Partial<Record<ItemField, number>>;
}

/**
 * Whether `text` is a real calendar day written YYYY-MM-DD, the only form a due date is kept in
 * (and the form stored data is checked against). A date field mid-typing can report a five-digit
 * year, which must not be kept.
 */
export function isCalendarDay(text: string): boolean {
  // Year 0 is a valid ISO year, but no date field offers it and a formatter shows it as year 1.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith('0000')) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/**
 * Whether a key is the name of a member every object inherits (`toString`, `__proto__`). Such a key
 * reads as present in an object that lacks it, so no item id may take one.
 */
export function isBuiltInName(key: string): boolean {
  return key in Object.prototype;
}

/**
 * The entry under `key` if the record itself has one. Ids come from files, other tabs and links, and
 * a plain read would take the inherited `toString` for an item.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An area's items in order; none for an id that is not an area of this plan (or a name every object has). */
export function itemsOf(workbook: { order: Record<string, readonly ItemId[]> }, areaId: string): readonly ItemId[] {
  return own(workbook.order, areaId) ?? NO_ITEMS;
}

// One empty list for every area a plan lacks, so a selector that reads one returns the same value each time.
const NO_ITEMS: readonly ItemId[] = [];

/** Whether `key` has the form of a guide bullet's key, `team/0` (see Item.templateKey). */
export function isTemplateKey(key: string): boolean {
  const [areaId, index, ...rest] = key.split('/');
  return rest.length === 0 && isAreaId(areaId) && /^(0|[1-9]\d{0,5})$/.test(index ?? '');
}

export interface Workbook {
  id: string;
  /** The user's name for the plan; null shows the guide's title in the current language. */
  name: string | null;
  createdAt: number;
  /** The imported guide the plan was made from, which gives its areas; null for the built-in guide. Never changes. */
  guide: PlanGuide | null;
  items: Record<ItemId, Item>;
  /** Each area's items, in the order the user arranged them; one entry per area of areaIdsOf. */
  order: Record<string, readonly ItemId[]>;
  /** When each area's order last changed, so a merge keeps the newer arrangement. */
  orderChangedAt: Record<string, number>;
  nameChangedAt: number;
  /** The founders' or company name for the printed cover; null when not given. */
  company: string | null;
  companyChangedAt: number;
  /**
   * Tombstones: when each deleted item was deleted. Without them a merge with another tab or a backup
   * could not tell "deleted here" from "added there", and deleted items would come back.
   */
  deleted: Record<ItemId, number>;
}

/** What the operations need from outside to stay pure: fresh ids and the current time. */
export interface Clock {
  newId: () => string;
  now: () => number;
}
