// Turns stored or imported data of any released version into a valid current state, or says why not.
import * as v from 'valibot';
import { CHECKED, describeIssue, type FieldProblem, toFieldProblem } from './schema-errors';
import {
  AREA_IDS,
  isBuiltInName,
  isCalendarDay,
  isTemplateKey,
  ITEM_FIELDS,
  type Item,
  type ItemId,
  LOCALES,
  own,
  PRIORITIES,
  STATUSES,
  type Workbook,
  areaIdsOf,
  isAreaId,
  isAreaOf,
  itemsOf,
  MAX_PLAN_AREAS,
  planAreaIds,
} from './model';
import { isSavableTitle } from './operations';
import { type PersistedState, STATE_VERSION } from './persisted-state';
// The guide's items per area, as the store seeds from: a guide item's key must name one of them.
import { TEMPLATE_SHAPE } from './template-shape';

/**
 * Step N turns a state saved at version N into version N + 1. Steps are only ever appended, each
 * with a line saying what changed, and each is tested from a saved fixture of the version before.
 */
type Json = Record<string, unknown>;

const MIGRATIONS: Record<number, (state: Json) => Json> = {
  // 1 → 2: change times per item field and per area order, and tombstones, so tabs and backups merge.
  1: (state) => ({
    ...state,
    workbooks: asArray(state.workbooks).map((workbook: Json) => ({
      ...workbook,
      items: Object.fromEntries(
        Object.entries(asObject(workbook.items)).map(([id, item]) => [id, { ...asObject(item), changedAt: {} }]),
      ),
      orderChangedAt: Object.fromEntries(AREA_IDS.map((areaId) => [areaId, 0])),
      nameChangedAt: 0,
      deleted: {},
    })),
  }),
  // 2 → 3: tracking. `done` becomes a status (To do / Done); owner, due date and priority start empty.
  2: (state) => ({
    ...state,
    workbooks: asArray(state.workbooks).map((workbook: Json) => ({
      ...workbook,
      items: Object.fromEntries(
        Object.entries(asObject(workbook.items)).map(([id, value]) => {
          const { done, ...item } = asObject(value);
          const { done: doneAt, ...changedAt } = asObject(item.changedAt);
          return [
            id,
            {
              ...item,
              status: done === true ? 'done' : 'todo',
              owner: '',
              due: null,
              priority: null,
              changedAt: doneAt === undefined ? changedAt : { ...changedAt, status: doneAt },
            },
          ];
        }),
      ),
    })),
  }),
  // 3 → 4: the founders' or company name for the printed cover, not given yet.
  3: (state) => ({
    ...state,
    workbooks: asArray(state.workbooks).map((workbook: Json) => ({ ...workbook, company: null, companyChangedAt: 0 })),
  }),
  // 4 → 5: criteria. Guide items take theirs from the guidance by key, none met yet; no item has its own.
  4: (state) => ({
    ...state,
    workbooks: asArray(state.workbooks).map((workbook: Json) => ({
      ...workbook,
      items: Object.fromEntries(
        Object.entries(asObject(workbook.items)).map(([id, item]) => [id, { ...asObject(item), criteria: { met: [], own: [] } }]),
      ),
    })),
  }),
  // 5 → 6: plans made from an imported guide, with areas of their own; every earlier plan has the built-in guide.
  5: (state) => ({
    ...state,
    workbooks: asArray(state.workbooks).map((workbook: Json) => ({ ...workbook, guide: null })),
  }),
};

// Steps run before validation, so they tolerate any shape and leave judging it to restoreState.
function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(asObject) : [];
}
function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

export class StateVersionError extends Error {
  constructor(readonly found: number) {
    super(`saved by a newer version of the app (data version ${found}, this app reads up to ${STATE_VERSION})`);
    this.name = 'StateVersionError';
  }
}

/** Runs every step from `version` up to STATE_VERSION. */
export function migrate(state: unknown, version: number): unknown {
  if (!Number.isInteger(version) || version < 1) throw new StateVersionError(version);
  if (version > STATE_VERSION) throw new StateVersionError(version);
  let current = state;
  for (let from = version; from < STATE_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) throw new Error(`no migration from data version ${from}`);
    if (typeof current !== 'object' || current === null) return current;
    current = step(current as Json);
  }
  return current;
}

// Valibot: the same validation as zod in a third of the bytes, since it runs at every start-up.
const id = v.pipe(
  v.string(),
  v.check((text) => text.length > 0, CHECKED.emptyId),
);
/** Item ids key the items and deletion records, so none may be a name every object already has. */
const itemId = v.pipe(
  id,
  v.check((key) => !isBuiltInName(key), CHECKED.reservedId),
);

/**
 * A record that is an object and not a list: valibot's record takes a list too, reading `[1]` as
 * `{ "0": 1 }`, which no saved plan or export ever holds.
 */
function record<K extends v.GenericSchema<string>, T extends v.GenericSchema>(key: K, value: T) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      CHECKED.object,
    ),
    v.record(key, value),
  );
}

/** Whether a record has exactly one entry per area of the plan (valibot's record does not require every key). */
function hasEachArea(workbook: Pick<Workbook, 'guide'>, record: Record<string, unknown>): boolean {
  const ids = areaIdsOf(workbook);
  return Object.keys(record).length === ids.length && ids.every((areaId) => Object.hasOwn(record, areaId));
}

const text = v.string();
const guideSchema = v.object({
  title: text,
  introduction: text,
  areas: v.pipe(
    // An area's title names its link and heading: a blank one, which no guide file gives, would name nothing.
    v.array(v.object({ id, title: v.pipe(text, v.check(isSavableTitle, CHECKED.title)), question: text })),
    v.minLength(1),
    v.maxLength(MAX_PLAN_AREAS),
    v.check((areas) => areas.every((area, index) => area.id === planAreaIds(areas.length)[index]), CHECKED.area),
  ),
});

/** The area and bullet index of a well-formed guide item key (see isTemplateKey). */
function keyParts(key: string): { areaId: string; index: number } {
  const [areaId = '', index = ''] = key.split('/');
  return { areaId, index: Number(index) };
}

const itemFields = v.object({
  id,
  areaId: id,
  templateKey: v.nullable(v.pipe(v.string(), v.check(isTemplateKey, CHECKED.templateKey))),
  // The editor's rule: a title it would refuse would show as a blank checkbox.
  // Not checked against the editor's title rule here: an older version saved titles that rule now
  // refuses, and a whole saved plan must not be set aside for one title. Imports check it (transfer.ts).
  title: v.nullable(v.string()),
  detail: v.nullable(v.string()),
  status: v.picklist(STATUSES),
  notes: v.string(),
  owner: v.string(),
  due: v.nullable(v.pipe(v.string(), v.isoDate(), v.check(isCalendarDay, CHECKED.date))),
  priority: v.nullable(v.picklist(PRIORITIES)),
  criteria: v.object({ met: v.array(id), own: v.array(v.object({ id, text: v.pipe(v.string(), v.minLength(1)) })) }),
  updatedAt: v.number(),
  changedAt: record(v.picklist(ITEM_FIELDS), v.number()),
});

/**
 * A guide item's key must name a bullet of the item's own area that the guide has: another area's
 * would show that bullet's title in the wrong area, and one past the last would show no title and
 * never match the guide item on a merge.
 */
const itemSchema = v.pipe(
  itemFields,
  v.forward(
    v.check((item) => item.templateKey === null || keyParts(item.templateKey).areaId === item.areaId, CHECKED.guideKeyArea),
    ['templateKey'],
  ),
  v.forward(
    v.check(
      (item) =>
        item.templateKey === null ||
        keyParts(item.templateKey).index < (isAreaId(item.areaId) ? TEMPLATE_SHAPE.areas[item.areaId].items.length : 0),
      CHECKED.guideKeyBeyond,
    ),
    ['templateKey'],
  ),
);

const workbookFields = v.object({
  id,
  name: v.nullable(v.string()),
  createdAt: v.number(),
  guide: v.nullable(guideSchema),
  items: record(itemId, itemSchema),
  order: record(id, v.array(itemId)),
  orderChangedAt: record(id, v.number()),
  nameChangedAt: v.number(),
  company: v.nullable(v.string()),
  companyChangedAt: v.number(),
  deleted: record(itemId, v.number()),
});

/** The plan's areas are its guide's: an order for another area would hold items no screen shows. */
const workbookSchema = v.pipe(
  workbookFields,
  v.forward(
    v.check((workbook) => hasEachArea(workbook, workbook.order), CHECKED.area),
    ['order'],
  ),
  v.forward(
    v.check((workbook) => hasEachArea(workbook, workbook.orderChangedAt), CHECKED.area),
    ['orderChangedAt'],
  ),
  v.forward(
    v.check((workbook) => Object.values(workbook.items).every((item) => isAreaOf(workbook, item.areaId)), CHECKED.area),
    ['items'],
  ),
);

const stateSchema = v.object({
  workbooks: v.pipe(v.array(workbookSchema), v.minLength(1)),
  activeWorkbookId: v.string(),
  locale: v.picklist(LOCALES),
  deletedWorkbooks: v.optional(record(itemId, v.number())),
});

export type RestoreResult =
  | { ok: true; state: PersistedState }
  | { ok: false; problem: string /** The first field at fault, for the screens to word. */; field?: FieldProblem };

/**
 * Orders may point at missing items or miss some items after a bad write or a hand-edited file.
 * Keep every item that exists (appending strays to their area) and drop only dangling ids.
 */
function repairWorkbook(workbook: Workbook): Workbook {
  const placed = new Set<ItemId>();
  const order: Record<string, ItemId[]> = {};
  for (const areaId of areaIdsOf(workbook)) {
    order[areaId] = itemsOf(workbook, areaId).filter((id) => {
      const keep = own(workbook.items, id)?.areaId === areaId && !placed.has(id);
      if (keep) placed.add(id);
      return keep;
    });
  }
  const items: Record<ItemId, Item> = {};
  for (const [key, item] of Object.entries(workbook.items)) {
    const fixed = item.id === key ? item : { ...item, id: key };
    items[key] = fixed;
    // The schema has checked every item's area is the plan's.
    if (!placed.has(key)) order[fixed.areaId]?.push(key);
  }
  return { ...workbook, items, order };
}

/** Validates unknown data (already migrated to the current version) into a state the app can use. */
export function restoreState(data: unknown): RestoreResult {
  const parsed = v.safeParse(stateSchema, data, { abortPipeEarly: true });
  if (!parsed.success) {
    const [first] = parsed.issues;
    return {
      ok: false,
      problem: parsed.issues.slice(0, 3).map(describeIssue).join('; '),
      field: toFieldProblem(first),
    };
  }
  const workbooks = parsed.output.workbooks.map(repairWorkbook);
  const activeWorkbookId = workbooks.some((w) => w.id === parsed.output.activeWorkbookId)
    ? parsed.output.activeWorkbookId
    : (workbooks[0] as Workbook).id;
  const { locale, deletedWorkbooks } = parsed.output;
  return { ok: true, state: { workbooks, activeWorkbookId, locale, ...(deletedWorkbooks && { deletedWorkbooks }) } };
}

export type SavedTextResult =
  | RestoreResult
  | { ok: false; problem: string; notJson: true }
  /** Written by a newer version of the app, in a format this version cannot read. */
  | { ok: false; problem: string; newerVersion: number };

/** Reads the text the app saves (`{ state, version }`), from storage or as another tab wrote it, into a valid state. */
export function readSavedText(text: string): SavedTextResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON', notJson: true };
  }
  const envelope = parsed as { state?: unknown; version?: unknown };
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    !('state' in envelope) ||
    !Number.isInteger(envelope.version) ||
    (envelope.version as number) < 1
  ) {
    return { ok: false, problem: 'no state and version' };
  }
  const version = envelope.version as number;
  if (version > STATE_VERSION) return { ok: false, problem: new StateVersionError(version).message, newerVersion: version };
  try {
    return restoreState(migrate(envelope.state, version));
  } catch (error) {
    return { ok: false, problem: String(error) };
  }
}
