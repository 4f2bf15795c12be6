// A plan carried whole in a link's fragment (never sent to the host), for reading without a server:
// only what differs from the guide it came from, as compact JSON, deflate-raw compressed, base64url,
// behind a version mark so a later format can still read today's links.
import { templateKey } from './guide';
import {
  type Clock,
  isCalendarDay,
  isTemplateKey,
  NO_CRITERIA,
  type OwnCriterion,
  type Item,
  type ItemCriteria,
  type ItemId,
  PRIORITIES,
  STATUSES,
  type TemplateShape,
  type Workbook,
  itemsOf,
  areaIdsOf,
  isAreaId,
  MAX_PLAN_AREAS,
  planAreaIds,
  type PlanArea,
  type PlanGuide,
} from './model';
import { isSavableTitle } from './operations';

/** What starts a plan link's fragment; the digit is the format's version. */
export const PLAN_LINK_PREFIX = '#plan=1.';
/** A link longer than this is refused as a link: Export is the way to send such a plan. */
export const MAX_LINK_CHARS = 32_000;
/** Decompressed text beyond this is not a plan a link could carry (a deflate bomb, say). */
const MAX_PAYLOAD_CHARS = 2_000_000;
const MAX_ITEMS = 10_000;

/**
 * One item: a guide item left as the guide has it is its index alone; otherwise
 * `[index or null, status, owner, due, priority, notes, title, detail]`, trailing defaults left off.
 * Status and priority are indexes into STATUSES and PRIORITIES (priority -1 for none); a title or
 * detail that follows the guide's text is 0.
 */
type Text = string | 0;
/** Criteria met (ids) and the user's own criteria ([id, text]); 0 for none. */
type LinkCriteria = 0 | [string[], [string, string][]];
type LinkItem = number | [number | null, number?, string?, string?, number?, string?, Text?, Text?, LinkCriteria?];
interface LinkPayload {
  /** Plan name and company, when set. */
  n?: string;
  c?: string;
  /** Per area in the plan's order: its items in order; 0 for an area exactly as the built-in guide has it. */
  a: (LinkItem[] | 0)[];
  /** An imported guide's title, introduction and areas as [title, question]; absent for the built-in guide. */
  g?: [string, string, [string, string][]];
}

function toLinkItem(item: Item): LinkItem {
  const index = item.templateKey ? Number(item.templateKey.split('/')[1]) : null;
  const { met, own: ownCriteria } = item.criteria;
  const criteria: LinkCriteria =
    met.length === 0 && ownCriteria.length === 0
      ? 0
      : [[...met], ownCriteria.map(({ id, text }): [string, string] => [id, text])];
  const fields: [number | null, number?, string?, string?, number?, string?, Text?, Text?, LinkCriteria?] = [
    index,
    STATUSES.indexOf(item.status),
    item.owner,
    item.due ?? '',
    item.priority ? PRIORITIES.indexOf(item.priority) : -1,
    item.notes,
    item.title ?? 0,
    item.detail ?? 0,
    criteria,
  ];
  const defaults = [null, 0, '', '', -1, '', 0, 0, 0];
  let length = fields.length;
  while (length > 1 && fields[length - 1] === defaults[length - 1]) length -= 1;
  return length === 1 && index !== null ? index : (fields.slice(0, length) as LinkItem);
}

export function planToPayload(workbook: Workbook, template: TemplateShape): LinkPayload {
  const payload: LinkPayload = { a: [] };
  if (workbook.name) payload.n = workbook.name;
  if (workbook.company) payload.c = workbook.company;
  const { guide } = workbook;
  if (guide)
    payload.g = [guide.title, guide.introduction, guide.areas.map((area): [string, string] => [area.title, area.question])];
  for (const areaId of areaIdsOf(workbook)) {
    const items = itemsOf(workbook, areaId).flatMap((id) => (workbook.items[id] ? [toLinkItem(workbook.items[id])] : []));
    const guideItems = isAreaId(areaId) ? template.areas[areaId].items.length : -1;
    const asGuide = items.length === guideItems && items.every((item, index) => item === index);
    payload.a.push(asGuide ? 0 : items);
  }
  return payload;
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The fragment (from `#`) that carries this plan. */
export async function encodePlanLink(workbook: Workbook, template: TemplateShape): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(planToPayload(workbook, template)));
  return PLAN_LINK_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY));
}

export type PlanLinkProblem = 'not-a-plan-link' | 'newer-version' | 'damaged';
export type PlanLinkResult = { ok: true; workbook: Workbook } | { ok: false; problem: PlanLinkProblem };

const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown) => value === undefined || isText(value);

/** The item a link entry describes, or null when the entry is not one this format writes. */
function fromLinkItem(entry: unknown, areaId: string, template: TemplateShape, clock: Clock): Item | null {
  const fields = typeof entry === 'number' ? [entry] : entry;
  if (!Array.isArray(fields) || fields.length < 1 || fields.length > 9) return null;
  const [index, status = 0, owner = '', due = '', priority = -1, notes = '', title = 0, detail = 0, criteria = 0] =
    fields as unknown[];
  const guided = typeof index === 'number';
  const guideItems = isAreaId(areaId) ? template.areas[areaId].items.length : 0;
  if (guided && !(Number.isInteger(index) && index >= 0 && index < guideItems)) return null;
  if (!guided && index !== null) return null;
  if (!(typeof status === 'number' && STATUSES[status])) return null;
  if (!(typeof priority === 'number' && (priority === -1 || PRIORITIES[priority]))) return null;
  if (![owner, due, notes].every(isText)) return null;
  if (due && !isCalendarDay(due as string)) return null;
  // Only a guide item may follow the guide's text; a title of its own must be one the editor could save.
  if (title === 0 ? !guided : !(isText(title) && isSavableTitle(title))) return null;
  if (detail === 0 ? !guided : !isText(detail)) return null;
  const key = guided && isAreaId(areaId) ? templateKey(areaId, index as number) : null;
  if (key !== null && !isTemplateKey(key)) return null;
  const itemCriteria = fromLinkCriteria(criteria);
  if (!itemCriteria) return null;
  return {
    id: clock.newId(),
    areaId,
    templateKey: key,
    title: title === 0 ? null : (title as string),
    detail: detail === 0 ? null : (detail as string),
    status: STATUSES[status] as Item['status'],
    notes: notes as string,
    owner: owner as string,
    due: (due as string) || null,
    priority: priority === -1 ? null : (PRIORITIES[priority] as Item['priority']),
    criteria: itemCriteria,
    updatedAt: clock.now(),
    changedAt: {},
  };
}

function fromLinkCriteria(entry: unknown): ItemCriteria | null {
  if (entry === 0) return NO_CRITERIA;
  if (!Array.isArray(entry) || entry.length !== 2) return null;
  const [met, own] = entry as unknown[];
  if (!Array.isArray(met) || !met.every(isText) || !Array.isArray(own)) return null;
  const ownCriteria = own.map((pair) =>
    Array.isArray(pair) && pair.length === 2 && isText(pair[0]) && isText(pair[1]) ? { id: pair[0], text: pair[1] } : null,
  );
  if (ownCriteria.some((criterion) => criterion === null)) return null;
  return { met, own: ownCriteria as OwnCriterion[] };
}

/** The imported guide a link carries, null for none, or undefined when it is not one this format writes. */
function linkGuide(entry: unknown): PlanGuide | undefined {
  if (!Array.isArray(entry) || entry.length !== 3) return undefined;
  const [title, introduction, areas] = entry as unknown[];
  if (!isText(title) || !isText(introduction) || !Array.isArray(areas)) return undefined;
  if (areas.length === 0 || areas.length > MAX_PLAN_AREAS) return undefined;
  const ids = planAreaIds(areas.length);
  const planAreas = areas.map((area, index) =>
    Array.isArray(area) && area.length === 2 && isText(area[0]) && isSavableTitle(area[0]) && isText(area[1])
      ? { id: ids[index] as string, title: area[0], question: area[1] }
      : null,
  );
  if (planAreas.some((area) => area === null)) return undefined;
  return { title, introduction, areas: planAreas as PlanArea[] };
}

/**
 * The plan in a fragment, as a fresh workbook (new ids, nothing stamped); never throws: a fragment that
 * is not a plan link, one from a newer version, and a damaged or tampered one are told apart.
 */
export async function decodePlanLink(fragment: string, template: TemplateShape, clock: Clock): Promise<PlanLinkResult> {
  const version = /^#plan=(\d+)\./.exec(fragment);
  if (!version) return { ok: false, problem: 'not-a-plan-link' };
  if (version[1] !== '1') return { ok: false, problem: 'newer-version' };
  const damaged = { ok: false, problem: 'damaged' } as const;
  if (fragment.length > MAX_LINK_CHARS + PLAN_LINK_PREFIX.length) return damaged;
  const bytes = fromBase64Url(fragment.slice(PLAN_LINK_PREFIX.length));
  if (!bytes) return damaged;
  let payload: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_PAYLOAD_CHARS),
    );
    payload = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (typeof payload !== 'object' || payload === null) return damaged;
  const { n, c, a, g } = payload as Record<string, unknown>;
  const guide = g === undefined ? null : linkGuide(g);
  if (guide === undefined) return damaged;
  const areaIds = areaIdsOf({ guide });
  if (!optionalText(n) || !optionalText(c) || !Array.isArray(a) || a.length !== areaIds.length) return damaged;

  const items: Record<ItemId, Item> = {};
  const order: Record<string, ItemId[]> = {};
  let count = 0;
  for (const [at, areaId] of areaIds.entries()) {
    const entries: unknown = a[at] === 0 && isAreaId(areaId) ? template.areas[areaId].items.map((_, index) => index) : a[at];
    if (!Array.isArray(entries)) return damaged;
    const areaOrder: ItemId[] = [];
    order[areaId] = areaOrder;
    const seen = new Set<number>();
    for (const entry of entries) {
      const item = fromLinkItem(entry, areaId, template, clock);
      count += 1;
      if (!item || count > MAX_ITEMS) return damaged;
      // A guide item twice is not a plan the app could have made.
      const index = item.templateKey === null ? null : Number(item.templateKey.split('/')[1]);
      if (index !== null && seen.has(index)) return damaged;
      if (index !== null) seen.add(index);
      items[item.id] = item;
      areaOrder.push(item.id);
    }
  }
  return {
    ok: true,
    workbook: {
      id: clock.newId(),
      name: (n as string | undefined) ?? null,
      createdAt: clock.now(),
      guide,
      items,
      order,
      orderChangedAt: Object.fromEntries(areaIds.map((areaId) => [areaId, 0])),
      nameChangedAt: 0,
      company: (c as string | undefined) ?? null,
      companyChangedAt: 0,
      deleted: {},
    },
  };
}
