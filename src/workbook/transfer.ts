// Export to and import from a JSON file: a versioned envelope, and validation before anything changes.
import * as v from 'valibot';
import { CHECKED, describeFieldProblem, describeIssue, type FieldProblem, toFieldProblem } from './schema-errors';
import { canMerge, importedWorkbook } from './merge';
import { migrate, restoreState, StateVersionError } from './migrations';
import { alignSeededItems, isSavableTitle } from './operations';
import { STATE_VERSION } from './persisted-state';
import { type Item, ITEM_FIELDS, own, sameFieldValue, type Workbook, itemsOf, areaIdsOf } from './model';

export const EXPORT_FORMAT = 'ai-startup-workbook';
/** Larger files are refused before they are read: a plan of thousands of items is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  workbook: Workbook;
}

export function toExportFile(workbook: Workbook, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: STATE_VERSION, exportedAt: now.toISOString(), workbook };
}

/** `acme-ai-plan-2026-11-28.json`: the plan's name (any script) and the local date. */
export function exportFileName(name: string, now: Date, extension = 'json'): string {
  const slug = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${slug || 'workbook'}-${date}.${extension}`;
}

export type ImportProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json'; detail: string }
  | { code: 'forbidden-key'; path: string }
  | { code: 'too-deep'; depth: number }
  | { code: 'not-a-workbook'; detail: string; field?: FieldProblem }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; detail: string; field?: FieldProblem };

export type ImportResult = { ok: true; workbook: Workbook; exportedAt: string | null } | { ok: false; problem: ImportProblem };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An export nests five levels (file, workbook, items, item, change times); deeper data is not one. */
export const MAX_IMPORT_DEPTH = 16;

/**
 * Finds a key that could pollute prototypes if the data were ever spread or assigned naively, or
 * data nested deeper than an export. Walks with its own stack: a file of a hundred thousand nested
 * lists must be refused, not overflow the call stack.
 */
function scanKeys(data: unknown): ImportProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_IMPORT_DEPTH) return { code: 'too-deep', depth: MAX_IMPORT_DEPTH };
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: here };
      stack.push({ value: (value as Record<string, unknown>)[key], path: here, depth: depth + 1 });
    }
  }
  return null;
}

const envelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // The preview shows it, so it must be a time a date formatter accepts.
  exportedAt: v.optional(
    v.pipe(
      v.string(),
      v.isoTimestamp(),
      v.check((text) => !Number.isNaN(Date.parse(text)), CHECKED.timestamp),
    ),
  ),
  workbook: v.unknown(),
});

/**
 * Turns a file's text into a workbook, or says precisely what is wrong with it. Nothing here
 * touches the current plan: the caller shows a preview and changes nothing until the user agrees.
 */
export function parseImport(text: string, bytes = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const unsafe = scanKeys(data);
  if (unsafe) return { ok: false, problem: unsafe };

  const envelope = v.safeParse(envelopeSchema, data, { abortPipeEarly: true });
  if (!envelope.success) {
    const [issue] = envelope.issues;
    return { ok: false, problem: { code: 'not-a-workbook', detail: describeIssue(issue), field: toFieldProblem(issue) } };
  }
  const { version, workbook, exportedAt } = envelope.output;
  if (version > STATE_VERSION) return { ok: false, problem: { code: 'newer-version', version } };

  // Exports of older versions go through the same migrate chain as stored data.
  let migrated: unknown;
  try {
    migrated = migrate({ workbooks: [workbook], activeWorkbookId: '', locale: 'en' }, version);
  } catch (error) {
    if (error instanceof StateVersionError) return { ok: false, problem: { code: 'newer-version', version } };
    throw error;
  }
  const restored = restoreState({ ...(migrated as object), activeWorkbookId: (workbook as { id?: unknown })?.id ?? '' });
  if (!restored.ok) {
    const inFile = (text: string) => text.replace(/workbooks\.0\./g, 'workbook.').replace(/^workbooks\.0$/, 'workbook');
    const field = restored.field && { ...restored.field, path: inFile(restored.field.path) };
    return { ok: false, problem: { code: 'invalid', detail: inFile(restored.problem), ...(field && { field }) } };
  }
  const imported = restored.state.workbooks[0] as Workbook;
  for (const id in imported.items) {
    const { title } = imported.items[id] as Item;
    if (title === null || isSavableTitle(title)) continue;
    const field: FieldProblem = { path: `workbook.items.${id}.title`, expectation: { kind: 'title' } };
    return { ok: false, problem: { code: 'invalid', detail: describeFieldProblem(field), field } };
  }
  return { ok: true, workbook: imported, exportedAt: exportedAt ?? null };
}

export interface ImportDiff {
  added: number;
  changed: number;
  removed: number;
}

const itemDiffers = (a: Item, b: Item) =>
  a.areaId !== b.areaId || ITEM_FIELDS.some((field) => !sameFieldValue(a[field], b[field]));

/** How a file's workbook differs from the current one, item by item, for the preview. */
export function diffWorkbooks(current: Workbook, incoming: Workbook): ImportDiff {
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const id in incoming.items) {
    const mine = own(current.items, id);
    if (!mine) added += 1;
    else if (itemDiffers(mine, incoming.items[id] as Item)) changed += 1;
  }
  for (const id in current.items) if (!Object.hasOwn(incoming.items, id)) removed += 1;
  // Items that only moved count as changed too, once.
  const moved = new Set<string>();
  for (const areaId of areaIdsOf(current)) {
    const a = itemsOf(current, areaId).filter((id) => Object.hasOwn(incoming.items, id));
    const b = itemsOf(incoming, areaId).filter((id) => Object.hasOwn(current.items, id));
    a.forEach((id, index) => {
      if (b[index] !== id && !itemDiffers(current.items[id] as Item, incoming.items[id] as Item)) moved.add(id);
    });
  }
  return { added, changed: changed + moved.size, removed };
}

/**
 * The preview's counts. Replace compares the file's items with the current ones, a guide item in
 * both counting as the same item; Merge counts the result of the very merge it would run, so
 * deletions recorded on either side are counted as they will turn out.
 */
export function previewImport(current: Workbook, incoming: Workbook): { replace: ImportDiff; merge: ImportDiff } | null {
  // Null when the file's plan follows another guide: it can only be added as a plan of its own.
  if (!canMerge(current, incoming)) return null;
  return {
    replace: diffWorkbooks(current, alignSeededItems(current, incoming)),
    merge: diffWorkbooks(current, importedWorkbook(current, incoming, 'merge')),
  };
}
