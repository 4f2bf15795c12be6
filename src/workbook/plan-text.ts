// The plan as text for people and other tools: Markdown (GFM task lists with the Obsidian Tasks marks)
// and CSV (RFC 4180, with a byte-order mark so spreadsheets read Chinese as UTF-8). Pure: the words
// of the language shown come in as `PlanTextWords`.
import { resolveItemText } from './guide';
import { AREA_IDS, type AreaId, type Item, type Priority, type Status, type Template, type Workbook, itemsOf } from './model';
import { planAreas } from './plan-areas';
import { areaProgress, overallProgress } from './progress';
import { DUE_MARK, PRIORITY_MARKS } from './task-marks';

// The files name areas by their guide titles, never by the short names of the screens.
const NO_NAMES = Object.fromEntries(AREA_IDS.map((id) => [id, id])) as Record<AreaId, string>;

export interface PlanTextWords {
  statuses: Record<Status, string>;
  priorities: Record<Priority, string>;
  /** What goes before an item's notes, with its punctuation ("Notes: "). */
  notes: string;
  /** A status that the checkbox cannot show, as written after the task ("(In progress)"). */
  statusNote: (status: string) => string;
  /** The CSV header row, in column order. */
  columns: {
    area: string;
    title: string;
    status: string;
    owner: string;
    due: string;
    priority: string;
    notes: string;
    detail: string;
  };
}

export interface PlanTextSource {
  workbook: Workbook;
  template: Template;
  /** The plan's name as shown. */
  name: string;
  /** The local day it is written, YYYY-MM-DD. */
  day: string;
  words: PlanTextWords;
}

export { DUE_MARK, PRIORITY_MARKS };

/** The marks a task line carries after its title (Obsidian Tasks: ours, and the dates the reader drops), which a title must not show as such. */
const TASK_MARKS = /[\u{1F4C5}\u{23EB}\u{1F53C}\u{1F53D}\u{2705}\u{2795}\u{1F6EB}\u{23F3}\u{274C}]/gu;

/** A character as a numeric HTML entity: Markdown shows it as the character, and no reader takes it for a mark. */
export const entity = (char: string) => `&#x${(char.codePointAt(0) as number).toString(16).toUpperCase()};`;

/**
 * Backslash before every character that would make Markdown read a title differently (emphasis, a
 * link, a heading, HTML) or that the task line's own marks use, so the title reads back as typed.
 * The due-date and priority marks become entities: a backslash before an emoji is no escape in
 * Markdown, and a title holding them would read back as a date or a priority.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#@|~]/g, '\\$&')
    .replace(/\s*\n\s*/g, ' ')
    .replace(TASK_MARKS, entity);
}

/**
 * A title as its task line writes it. A title ending in brackets, as "Hire a CTO (In progress)" does,
 * would read back as a title with a status after it: its last opening bracket is escaped, so
 * whatever ends the line in brackets is the status the writer put there.
 */
export function escapeTitle(title: string): string {
  const escaped = escapeMarkdown(title);
  if (!/[)）]$/.test(escaped)) return escaped;
  const open = Math.max(escaped.lastIndexOf('('), escaped.lastIndexOf('（'));
  if (open < 0) return escaped;
  const bracket = escaped[open] === '(' ? '\\(' : entity('（');
  return `${escaped.slice(0, open)}${bracket}${escaped.slice(open + 1)}`;
}

/**
 * An owner after `@`: bare when it is one word of letters and digits, else as a JSON string in
 * quotes (`@"Li Wei"`), which keeps spaces, quotes and marks, so it reads back whole. Inside the
 * quotes, what Markdown would read as a link, emphasis or HTML is written as an entity, so the owner
 * shows as typed once rendered.
 */
export function ownerMark(owner: string): string {
  if (/^[\p{L}\p{N}\p{M}.'’-]+$/u.test(owner)) return `@${owner}`;
  return `@${JSON.stringify(owner.replace(/[\\`*_[\]<>#|~&]/g, (c) => entity(c)))}`;
}

/** A YAML scalar that is always a string: JSON's double-quoted string is valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);

function taskLine(item: Item, title: string, words: PlanTextWords): string {
  const marks = [`- [${item.status === 'done' ? 'x' : ' '}] ${escapeTitle(title)}`];
  if (item.owner) marks.push(ownerMark(item.owner));
  if (item.due) marks.push(`${DUE_MARK} ${item.due}`);
  if (item.priority) marks.push(PRIORITY_MARKS[item.priority]);
  if (item.status === 'doing' || item.status === 'na') marks.push(words.statusNote(words.statuses[item.status]));
  return marks.join(' ');
}

/**
 * Lines of text under a task, indented so Markdown keeps them inside the item (a note's line that looks
 * like a task or a heading stays part of the note). Written as they are, blank lines and spaces
 * included, so they read back exactly.
 */
function indented(text: string): string[] {
  return text.split('\n').map((line) => `  ${line}`);
}

/**
 * The detail's lines, before the notes: one that starts as the notes do ("Notes: ") would read back
 * as the start of the notes, so it gets a backslash, as does one that starts with a backslash.
 */
function detailLines(detail: string, notesLabel: string): string[] {
  return indented(detail).map((line) =>
    line.startsWith(`  ${notesLabel}`) || line.startsWith('  \\') ? `  \\${line.slice(2)}` : line,
  );
}

export function planToMarkdown({ workbook, template, name, day, words }: PlanTextSource): string {
  const overall = overallProgress(workbook);
  const lines = [
    '---',
    `plan: ${yamlString(name)}`,
    ...(workbook.guide ? [`guide: ${yamlString(workbook.guide.title)}`] : []),
    // The dashboard shows a guide's closing paragraph: without it here a read-back plan would lose it.
    ...(workbook.guide?.introduction ? [`introduction: ${yamlString(workbook.guide.introduction)}`] : []),
    ...(workbook.company ? [`company: ${yamlString(workbook.company)}`] : []),
    `date: ${day}`,
    `progress: ${overall.percent}%`,
    `done: ${overall.done}`,
    `total: ${overall.total}`,
    '---',
    '',
    `# ${escapeMarkdown(name)}`,
  ];
  for (const [index, area] of planAreas(workbook, NO_NAMES, template).entries()) {
    const areaId = area.id;
    const progress = areaProgress(workbook, areaId);
    // A guide of the plan's own may ask anything, "## 3. …" or "- [ ] …" too, which would read back as an
    // area or a task; the built-in guide's questions are known plain text, written as they were.
    const question = workbook.guide ? escapeMarkdown(area.question) : area.question;
    lines.push('', `## ${index + 1}. ${escapeMarkdown(area.title)} (${progress.done}/${progress.total})`, '', question, '');
    for (const id of itemsOf(workbook, areaId)) {
      const item = workbook.items[id];
      if (!item) continue;
      const { title, detail } = resolveItemText(item, template);
      lines.push(taskLine(item, title, words));
      if (detail) lines.push(...detailLines(detail, words.notes));
      if (item.notes) lines.push(...indented(`${words.notes}${item.notes}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled, RFC 4180). A
 * field a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, the
 * OWASP list) gets a leading apostrophe, which spreadsheets show as text. A minus before a space is
 * no exception: a spreadsheet reads "- 1+1" as a formula all the same.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function planToCsv({ workbook, template, words }: PlanTextSource): string {
  const { columns } = words;
  const rows = [
    [columns.area, columns.title, columns.status, columns.owner, columns.due, columns.priority, columns.notes, columns.detail],
  ];
  for (const area of planAreas(workbook, NO_NAMES, template)) {
    for (const id of itemsOf(workbook, area.id)) {
      const item = workbook.items[id];
      if (!item) continue;
      const { title, detail } = resolveItemText(item, template);
      rows.push([
        area.title,
        title,
        words.statuses[item.status],
        item.owner,
        item.due ?? '',
        item.priority ? words.priorities[item.priority] : '',
        item.notes,
        detail,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
