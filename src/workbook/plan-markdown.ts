// Reads our own Markdown export (plan-text.ts) back into a new plan, in either language; anything else
// is refused with the line at fault. Pure: the guides and words of both languages come in as arguments.
import { templateKey } from './guide';
import {
  AREA_IDS,
  type AreaId,
  type Clock,
  isCalendarDay,
  type Item,
  NO_CRITERIA,
  type ItemId,
  LOCALES,
  type Locale,
  type Priority,
  type Status,
  type Template,
  type Workbook,
  areaIdsOf,
  isAreaId,
  MAX_PLAN_AREAS,
  type PlanArea,
  type PlanGuide,
} from './model';
import { blankWorkbook, isSavableTitle } from './operations';
import type { PlanTextWords } from './plan-text';
import { recordChanges } from './stamps';
import { DUE_MARK, PRIORITY_MARKS } from './task-marks';
import { MAX_IMPORT_BYTES } from './transfer';

/** What reading a language's export needs: its guide, to know the areas and the guide's items, and its words. */
export interface MarkdownLanguage {
  template: Template;
  words: Pick<PlanTextWords, 'statuses' | 'notes' | 'statusNote'>;
}

/**
 * A plan read from Markdown holds at most this many items: about what a JSON export within the 5 MB
 * import limit can hold, since a line of Markdown per item would otherwise allow hundreds of thousands.
 */
export const MAX_MARKDOWN_ITEMS = 10_000;

/** What a line was expected to be, for the screens to word. */
export type MarkdownExpectation =
  | { kind: 'front-matter-start' }
  | { kind: 'front-matter-field' }
  | { kind: 'front-matter-end' }
  | { kind: 'quoted-text'; field: string }
  | { kind: 'area-heading' }
  | { kind: 'known-area'; found: string }
  | { kind: 'other-area'; title: string; line: number }
  | { kind: 'task-or-heading' }
  | { kind: 'title' }
  | { kind: 'due-date' }
  | { kind: 'owner' };

export type MarkdownProblem =
  | { code: 'line'; line: number; expected: MarkdownExpectation }
  | { code: 'too-large'; bytes: number }
  | { code: 'too-many-items'; limit: number };

export type MarkdownReadResult = { ok: true; workbook: Workbook } | { ok: false; problem: MarkdownProblem };

class LineError extends Error {
  constructor(
    readonly line: number,
    readonly expected: MarkdownExpectation,
  ) {
    super(`line ${line}: expected ${expected.kind}`);
  }
}

class TooManyItems extends Error {}

/**
 * Undoes the writer's escapes (plan-text.ts): a backslash before ASCII punctuation, as Markdown reads
 * it, and numeric entities, which the writer uses for the marks a title must not show as marks.
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));/g, (whole, escaped, hex, decimal) => {
    if (escaped !== undefined) return escaped;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const regExpText = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FIELD = /^([A-Za-z_][\w-]*):(.*)$/;
const HEADING = /^##[ \t]+(?:(\d+)\.[ \t]+)?(.*?)(?:[ \t]+\(\d+\/\d+\))?[ \t]*$/;
const TASK_START = /^[-*+][ \t]+\[[^\]]*\]/;
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';

interface Draft {
  areaId: string;
  line: number;
  title: string;
  status: Status;
  owner: string;
  due: string | null;
  priority: Priority | null;
  body: string[];
}

/** The words of the file's language, or of both when the file does not show which (a hand-made heading). */
function taskPattern(languages: MarkdownLanguage[]): RegExp {
  const notes = languages.flatMap(({ words }) =>
    (['doing', 'na'] as const).map((status) => regExpText(words.statusNote(words.statuses[status]))),
  );
  const priorities = Object.values(PRIORITY_MARKS).map(regExpText).join('|');
  return new RegExp(
    `^[-*+] \\[([ xX])\\] (.*?)(?: @(${QUOTED}|[^\\s"]+))?(?: ${DUE_MARK} (\\S*))?(?: (${priorities})\\uFE0F?)?(?: (${notes.join('|')}))?$`,
    'u',
  );
}

/** Obsidian Tasks' dated marks that a plan has no field for: done, created, start, scheduled, cancelled. */
const UNTRACKED_DATES = /(?: (?:✅|➕|🛫|⏳|❌)\uFE0F? \d{4}-\d{2}-\d{2})+$/u;
const PRIORITY_BEFORE_DUE = new RegExp(
  `( (?:${Object.values(PRIORITY_MARKS).map(regExpText).join('|')})\\uFE0F?) (${DUE_MARK} \\S+)$`,
  'u',
);

/**
 * A task line as Obsidian Tasks writes it, put in the order our writer uses: its done, created, start
 * and scheduled dates at the end dropped (a plan keeps none of them, and a kept one would read as part
 * of the title), and a priority mark written before the due date moved after it.
 */
function inWriterOrder(line: string): string {
  return line.replace(UNTRACKED_DATES, '').replace(PRIORITY_BEFORE_DUE, ' $2$1');
}

function statusFromNote(note: string | undefined, languages: MarkdownLanguage[]): Status | null {
  if (note === undefined) return null;
  for (const { words } of languages) {
    for (const status of ['doing', 'na'] as const) if (words.statusNote(words.statuses[status]) === note) return status;
  }
  return null;
}

function priorityFromMark(mark: string | undefined): Priority | null {
  const found = Object.entries(PRIORITY_MARKS).find(([, value]) => value === mark);
  return found ? (found[0] as Priority) : null;
}

function readTask(match: RegExpExecArray, lineNo: number, areaId: string, languages: MarkdownLanguage[]): Draft {
  const [, tick = ' ', rawTitle = '', rawOwner, due, mark, note] = match;
  // The writer escapes the marks in a title, so a due-date mark or a quoted owner left in it is one the
  // line got wrong, not text.
  if (rawTitle.includes(DUE_MARK)) throw new LineError(lineNo, { kind: 'due-date' });
  if (/(^|\s)@"/.test(rawTitle)) throw new LineError(lineNo, { kind: 'owner' });
  const title = unescapeMarkdown(rawTitle).trim();
  if (!isSavableTitle(title)) throw new LineError(lineNo, { kind: 'title' });
  if (due !== undefined && !isCalendarDay(due)) throw new LineError(lineNo, { kind: 'due-date' });
  let owner = '';
  if (rawOwner?.startsWith('"')) {
    try {
      owner = unescapeMarkdown(JSON.parse(rawOwner) as string);
    } catch {
      throw new LineError(lineNo, { kind: 'owner' });
    }
  } else if (rawOwner !== undefined) owner = rawOwner;
  return {
    areaId,
    line: lineNo,
    title,
    status: tick === ' ' ? (statusFromNote(note, languages) ?? 'todo') : 'done',
    owner,
    due: due ?? null,
    priority: priorityFromMark(mark),
    body: [],
  };
}

/** A front matter value: a JSON string in quotes, as the writer writes them, or plain text as YAML allows. */
function fieldValue(raw: string, field: string, lineNo: number): string {
  const value = raw.trim();
  if (!value.startsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return parsed;
  } catch {
    // Worded below, with the line.
  }
  throw new LineError(lineNo, { kind: 'quoted-text', field });
}

/** The area a heading names: by its title in either language, else by its number (a renamed heading). */
function headingArea(
  match: RegExpExecArray,
  guides: Record<Locale, Template>,
): { areaId: AreaId; locale: Locale | null; title: string } | null {
  const title = unescapeMarkdown(match[2] ?? '').trim();
  for (const locale of LOCALES) {
    const areaId = AREA_IDS.find((id) => guides[locale].areas[id].title === title);
    if (areaId) return { areaId, locale, title };
  }
  const number = match[1] === undefined ? Number.NaN : Number(match[1]);
  const areaId = AREA_IDS[number - 1];
  return areaId ? { areaId, locale: null, title } : null;
}

/**
 * Splits an item's indented lines into its detail and its notes: the notes start at the first line
 * that starts with the notes' label ("Notes: "); a detail line starting so was given a backslash.
 */
function detailAndNotes(body: string[], labels: string[]): { detail: string; notes: string } {
  const start = body.findIndex((line) => labels.some((label) => line.startsWith(label)));
  const detailPart = start < 0 ? body : body.slice(0, start);
  const detail = detailPart.map((line) => (line.startsWith('\\') ? line.slice(1) : line)).join('\n');
  if (start < 0) return { detail, notes: '' };
  const first = body[start] as string;
  const label = labels.find((candidate) => first.startsWith(candidate)) as string;
  return { detail, notes: [first.slice(label.length), ...body.slice(start + 1)].join('\n') };
}

/**
 * The item a task becomes. A title that is a guide item's of its area keeps that item's identity (its
 * text then follows the language shown, as a plan from the guide does, when it is the file's
 * language's); a guide item renamed still has the guide's detail, which identifies it. Others are
 * the user's own items.
 */
function toItem(
  draft: Draft,
  labels: string[],
  fileLocale: Locale | null,
  guides: Record<Locale, Template>,
  used: Set<string>,
  clock: Clock,
): Item {
  const { detail, notes } = detailAndNotes(draft.body, labels);
  const locales = fileLocale ? [fileLocale, ...LOCALES.filter((l) => l !== fileLocale)] : [...LOCALES];
  const { areaId } = draft;
  // An area of a guide of the plan's own has no guide items to match: every item is the plan's own.
  const guideItems = (locale: Locale) =>
    isAreaId(areaId) ? guides[locale].areas[areaId].items.map((item, index) => ({ item, key: templateKey(areaId, index) })) : [];
  const find = (test: (guide: { title: string; detail: string }) => boolean) => {
    for (const locale of locales) {
      const found = guideItems(locale).find(({ item, key }) => !used.has(key) && test(item));
      if (found) return { ...found, locale };
    }
    return null;
  };
  const byTitle = find((guide) => guide.title === draft.title);
  const match = byTitle ?? (detail ? find((guide) => guide.detail === detail) : null);
  if (match) used.add(match.key);
  const followsGuide = byTitle !== null && (fileLocale === null || byTitle.locale === fileLocale);
  const guideDetail = match
    ? locales.some((locale) => isAreaId(areaId) && guides[locale].areas[areaId].items[keyIndex(match.key)]?.detail === detail)
    : false;
  return {
    id: clock.newId(),
    areaId: draft.areaId,
    templateKey: match?.key ?? null,
    title: followsGuide ? null : draft.title,
    detail: match && guideDetail ? null : detail,
    status: draft.status,
    notes,
    owner: draft.owner,
    due: draft.due,
    // The export does not carry criteria; an imported plan starts with none met.
    criteria: NO_CRITERIA,
    priority: draft.priority,
    updatedAt: clock.now(),
    changedAt: {},
  };
}

const keyIndex = (key: string) => Number(key.split('/')[1]);

/**
 * Reads a Markdown export into a new plan under new ids: front matter (`plan`, `company`), then per
 * area a `##` heading, its question, and task lines with their detail and notes indented below.
 * Returns the first line that is not such an export's, with what was expected there.
 */
export function readPlanMarkdown(
  text: string,
  languages: Record<Locale, MarkdownLanguage>,
  clock: Clock,
  bytes = new TextEncoder().encode(text).length,
): MarkdownReadResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  try {
    return { ok: true, workbook: read(text, languages, clock) };
  } catch (error) {
    if (error instanceof LineError) return { ok: false, problem: { code: 'line', line: error.line, expected: error.expected } };
    if (error instanceof TooManyItems) return { ok: false, problem: { code: 'too-many-items', limit: MAX_MARKDOWN_ITEMS } };
    throw error;
  }
}

function read(text: string, languages: Record<Locale, MarkdownLanguage>, clock: Clock): Workbook {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const guides = { en: languages.en.template, zh: languages.zh.template };
  let index = 0;
  const at = () => lines[index] as string;

  // Front matter.
  while (index < lines.length && at().trim() === '') index += 1;
  if (index >= lines.length || at().trim() !== '---') throw new LineError(index + 1, { kind: 'front-matter-start' });
  index += 1;
  const fields: Record<string, string> = {};
  for (; ; index += 1) {
    if (index >= lines.length) throw new LineError(lines.length, { kind: 'front-matter-end' });
    const line = at();
    if (line.trim() === '---') break;
    if (line.trim() === '') continue;
    const field = FIELD.exec(line);
    if (!field) throw new LineError(index + 1, { kind: 'front-matter-field' });
    const [, key = '', raw = ''] = field;
    if (key === 'plan' || key === 'company' || key === 'guide' || key === 'introduction')
      fields[key] = fieldValue(raw, key, index + 1);
  }
  index += 1;

  // The first heading named by its title says which language the file is in, and so in which words its
  // statuses and notes are written: a title ending in the other language's status words is a title.
  let fileLocale: Locale | null = null;
  for (let n = index; n < lines.length && fileLocale === null; n += 1) {
    const heading = HEADING.exec(lines[n] as string);
    if (heading) fileLocale = headingArea(heading, guides)?.locale ?? null;
  }
  const wordsOf = fileLocale ? [languages[fileLocale]] : [languages.en, languages.zh];
  const pattern = taskPattern(wordsOf);
  let areaId: string | null = null;
  // Written by a plan from a guide of its own (`guide:` in the front matter; see planToMarkdown).
  const ownAreas: PlanArea[] | null = fields.guide === undefined ? null : [];
  let afterTask = false;
  let current: Draft | null = null;
  let blanks = 0;
  const drafts: Draft[] = [];
  const headings = new Map<string, { line: number; title: string }>();

  for (; index < lines.length; index += 1) {
    const line = at();
    const lineNo = index + 1;
    // An item's detail and notes are indented; blank lines between them are theirs, not the item's end.
    if (current && (line.startsWith('  ') || line.startsWith('\t'))) {
      for (; blanks > 0; blanks -= 1) current.body.push('');
      current.body.push(line.slice(line.startsWith('\t') ? 1 : 2));
      continue;
    }
    if (line.trim() === '') {
      if (current) blanks += 1;
      continue;
    }
    current = null;
    blanks = 0;

    const heading = HEADING.exec(line);
    if (heading && ownAreas) {
      // A plan from a guide of its own: its headings are its areas, in order, whatever their titles.
      if (ownAreas.length === MAX_PLAN_AREAS) throw new LineError(lineNo, { kind: 'task-or-heading' });
      const area = { id: `s${ownAreas.length + 1}`, title: unescapeMarkdown(heading[2] ?? '').trim(), question: '' };
      ownAreas.push(area);
      headings.set(area.id, { line: lineNo, title: area.title });
      areaId = area.id;
      afterTask = false;
      continue;
    }
    if (heading) {
      const area = headingArea(heading, guides);
      if (!area) throw new LineError(lineNo, { kind: 'known-area', found: line.replace(/^##\s*/, '') });
      const earlier = headings.get(area.areaId);
      if (earlier) throw new LineError(lineNo, { kind: 'other-area', title: earlier.title, line: earlier.line });
      headings.set(area.areaId, { line: lineNo, title: area.title });
      areaId = area.areaId;
      afterTask = false;
      continue;
    }
    if (areaId === null) {
      // Before the first area: only the plan's `# name` title.
      if (/^#[ \t]/.test(line)) continue;
      throw new LineError(lineNo, { kind: 'area-heading' });
    }
    const task = pattern.exec(inWriterOrder(line));
    if (task) {
      current = readTask(task, lineNo, areaId, wordsOf);
      drafts.push(current);
      if (drafts.length > MAX_MARKDOWN_ITEMS) throw new TooManyItems();
      afterTask = true;
      continue;
    }
    const ownArea = ownAreas?.at(-1);
    if (ownArea && !afterTask && ownArea.question === '' && !TASK_START.test(line) && !/^\s/.test(line)) {
      ownArea.question = unescapeMarkdown(line.trim());
      continue;
    }
    // The area's guiding question stands between its heading and its first task; anything else that
    // is not a task is not our export's.
    if (afterTask || TASK_START.test(line) || /^[-*+#>|]|^\d+\./.test(line.trimStart()) || /^\s/.test(line)) {
      throw new LineError(lineNo, { kind: 'task-or-heading' });
    }
  }
  if (headings.size === 0) throw new LineError(lines.length, { kind: 'area-heading' });

  const labels = wordsOf.map(({ words }) => words.notes);
  const used = new Set<string>();
  const now = clock.now();
  const guide: PlanGuide | null = ownAreas
    ? { title: fields.guide ?? '', introduction: fields.introduction ?? '', areas: ownAreas }
    : null;
  const blank = blankWorkbook(clock, guide);
  const items: Record<ItemId, Item> = {};
  const order: Record<string, ItemId[]> = Object.fromEntries(areaIdsOf(blank).map((id) => [id, []]));
  for (const draft of drafts) {
    const item = toItem(draft, labels, fileLocale, guides, used, clock);
    items[item.id] = item;
    order[item.areaId]?.push(item.id);
  }
  const read: Workbook = {
    ...blank,
    name: fields.plan || null,
    company: fields.company || null,
    items,
    order,
  };
  // Stamped as an addition is: every field of every item, the name and the company, dated now.
  return recordChanges(blank, read, now);
}
