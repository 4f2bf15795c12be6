// The plan as text for people and other tools: Markdown (GFM task lists with the Obsidian Tasks marks)
// and CSV (RFC 4180, with a byte-order mark so spreadsheets read Chinese as UTF-8). Pure: the words
// of the language shown come in as `PlanTextWords`.
import { resolveItemText } from './guide';
import { AREA_IDS, type Item, type Priority, type Status, type Template, type Workbook } from './model';
import { areaProgress, overallProgress } from './progress';

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

/** The Obsidian Tasks priority marks. */
export const PRIORITY_MARKS: Record<Priority, string> = { high: '⏫', medium: '🔼', low: '🔽' };
/** The Obsidian Tasks due-date mark. */
export const DUE_MARK = '📅';

/**
 * Backslash before every character that would make Markdown read a title differently (emphasis, a
 * link, a heading, HTML) or that the task line's own marks use, so the title reads back as typed.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#@|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/**
 * An owner after `@`: as is when it is one word, else in quotes, so "Li Wei" reads back whole; escaped
 * as a title is, so an owner cannot become a link, emphasis or HTML once the Markdown is rendered.
 */
export function ownerMark(owner: string): string {
  const text = escapeMarkdown(owner);
  return /^[^\s"]+$/.test(text) ? `@${text}` : `@"${text.replace(/"/g, "'")}"`;
}

/** A YAML scalar that is always a string: JSON's double-quoted string is valid YAML. */
const yamlString = (text: string) => JSON.stringify(text);

function taskLine(item: Item, title: string, words: PlanTextWords): string {
  const marks = [`- [${item.status === 'done' ? 'x' : ' '}] ${escapeMarkdown(title)}`];
  if (item.owner) marks.push(ownerMark(item.owner));
  if (item.due) marks.push(`${DUE_MARK} ${item.due}`);
  if (item.priority) marks.push(PRIORITY_MARKS[item.priority]);
  if (item.status === 'doing' || item.status === 'na') marks.push(words.statusNote(words.statuses[item.status]));
  return marks.join(' ');
}

/** Lines of text under a task, indented so Markdown keeps them inside the item. */
function indented(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `  ${line.trimEnd()}` : ''));
}

export function planToMarkdown({ workbook, template, name, day, words }: PlanTextSource): string {
  const overall = overallProgress(workbook);
  const lines = [
    '---',
    `plan: ${yamlString(name)}`,
    ...(workbook.company ? [`company: ${yamlString(workbook.company)}`] : []),
    `date: ${day}`,
    `progress: ${overall.percent}%`,
    `done: ${overall.done}`,
    `total: ${overall.total}`,
    '---',
    '',
    `# ${escapeMarkdown(name)}`,
  ];
  for (const areaId of AREA_IDS) {
    const area = template.areas[areaId];
    const progress = areaProgress(workbook, areaId);
    lines.push(
      '',
      `## ${area.number}. ${escapeMarkdown(area.title)} (${progress.done}/${progress.total})`,
      '',
      area.question,
      '',
    );
    for (const id of workbook.order[areaId]) {
      const item = workbook.items[id];
      if (!item) continue;
      const { title, detail } = resolveItemText(item, template);
      lines.push(taskLine(item, title, words));
      if (detail.trim()) lines.push(...indented(detail));
      if (item.notes.trim()) lines.push(...indented(`${words.notes}${item.notes}`));
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
  for (const areaId of AREA_IDS) {
    for (const id of workbook.order[areaId]) {
      const item = workbook.items[id];
      if (!item) continue;
      const { title, detail } = resolveItemText(item, template);
      rows.push([
        template.areas[areaId].title,
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
