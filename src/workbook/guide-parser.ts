// Parses a guide (Markdown) into sections and items, and binds the built-in guide's to area ids as the
// template: at build time for the seeds, and on use for a guide a user imports (guide-import.ts). Apart
// from guide.ts, which the first download needs, so that this parser is not part of it.
import {
  addGuidanceLine,
  checkGuidanceCounts,
  isIsoDate,
  type ParsedGuidance,
  type ParsedItemGuidance,
  parseGuidanceLine,
} from './guidance.ts';
import { AREA_IDS, type AreaId, type Guide, type GuideArea, type GuideSection, type Template } from './model.ts';

export class GuideParseError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'GuideParseError';
  }
}

const TITLE = /^###\s+(?!#)(.+?)\s*$/;
const SECTION = /^####\s+(\d+)\.\s*(.+?)\s*$/;
// The guide writes labels as **题目：** or **Question:**, the colon inside or outside the bold.
const LABELLED = /^\*\*(.+?)\s*[：:]?\s*\*\*\s*[：:]?\s*(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
// A bullet indented under an item is that item's guidance (see guidance.ts).
const NESTED_BULLET = /^\s+[-*]\s+(.*)$/;
const QUESTION_LABELS = new Set(['题目', 'Question']);
const ANSWER_LABELS = new Set(['答案', 'Answer']);
const AS_OF_LABELS = new Set(['截至', 'As of']);
// The editor's rule for a title (operations.ts): one of only spaces and zero-width characters would show
// as a blank checkbox or link, and the plan's own JSON export could not be imported back.
const INVISIBLE = /[\s\p{Cf}]/gu;
const isBlank = (text: string) => text.replace(INVISIBLE, '') === '';

/** A line quoted in a message: a file of one enormous line must not make the message as long. */
const quoted = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** A parsed guide with the guidance nested under its items, which the template leaves out. */
export interface ParsedGuide extends Guide {
  guidance: ParsedGuidance;
}

interface Draft {
  section: GuideSection;
  line: number;
  answered: boolean;
}

/**
 * Reads the guide's fixed structure: a `###` title, an optional `**As of:**` date, numbered `####`
 * sections each with a question, an answer lead and `- **label：** text` bullets (each with
 * optional nested guidance bullets), then a closing paragraph (which a guide a user imports may leave out). HTML comments are skipped. Anything
 * else is an error naming the line, so a broken seed fails the build instead of shipping a
 * half-empty workbook.
 */
export function parseGuide(markdown: string, source = 'guide', options: { closingRequired?: boolean } = {}): ParsedGuide {
  const { closingRequired = true } = options;
  // Old Mac files end lines with a bare CR.
  const lines = markdown.split(/\r\n|\r|\n/);
  let title: string | null = null;
  const sections: GuideSection[] = [];
  let current: Draft | null = null;
  const closing: string[] = [];
  const guidance: ParsedGuidance = { asOf: null, sections: [] };
  let inComment = false;

  const fail = (line: number, reason: string): never => {
    throw new GuideParseError(source, line, reason);
  };
  const finish = (draft: Draft) => {
    if (draft.section.items.length === 0) {
      fail(draft.line, `section ${draft.section.number} "${draft.section.title}" has no bullet items`);
    }
    sections.push(draft.section);
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '') return;

    if (inComment || text.startsWith('<!--')) {
      inComment = !text.endsWith('-->');
      return;
    }

    const nested = NESTED_BULLET.exec(raw);
    if (nested) {
      const items = guidance.sections.at(-1);
      const item = items?.at(-1);
      if (closing.length > 0 || !item) {
        fail(lineNo, `an indented bullet that follows no item; guidance goes under an item's "- **label：** text" bullet`);
      }
      const line = parseGuidanceLine(nested[1]?.trim() ?? '');
      if ('expected' in line) fail(lineNo, `expected ${line.expected}`);
      const misplaced = addGuidanceLine(item as ParsedItemGuidance, line as Exclude<typeof line, { expected: string }>, lineNo);
      if (misplaced) fail(lineNo, `expected ${misplaced}`);
      return;
    }

    if (closing.length > 0 && !text.startsWith('#')) {
      closing.push(text);
      return;
    }

    const section = SECTION.exec(text);
    if (section) {
      if (closing.length > 0) fail(lineNo, 'a section follows the closing paragraph');
      if (title === null) fail(lineNo, 'the guide has no "### " title before its first section');
      if (current) finish(current);
      const number = Number(section[1]);
      if (isBlank(section[2] ?? '')) fail(lineNo, `section ${number} has a blank title`);
      if (number !== sections.length + 1) {
        fail(lineNo, `expected section ${sections.length + 1}, found section ${number}`);
      }
      current = {
        section: { number, title: section[2] ?? '', question: '', items: [] },
        line: lineNo,
        answered: false,
      };
      guidance.sections.push([]);
      return;
    }

    const heading = TITLE.exec(text);
    if (heading) {
      if (title !== null) fail(lineNo, 'a second "### " title; sections start with "#### N."');
      title = heading[1] ?? '';
      if (isBlank(title)) fail(lineNo, 'the "### " title is blank');
      return;
    }
    if (text.startsWith('#')) fail(lineNo, `unexpected heading "${quoted(text)}"`);

    if (current === null) {
      const asOf = LABELLED.exec(text);
      if (title !== null && asOf && AS_OF_LABELS.has(asOf[1]?.trim() ?? '')) {
        if (guidance.asOf !== null) fail(lineNo, 'a second "As of" / "截至" line');
        const date = asOf[2]?.trim() ?? '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) {
          fail(lineNo, `expected a day as YYYY-MM-DD after "${asOf[1]}", found "${date}"`);
        }
        guidance.asOf = date;
        return;
      }
      if (sections.length === 0) fail(lineNo, `text before the first "#### 1." section: "${quoted(text)}"`);
      return;
    }
    const draft: Draft = current;

    const bullet = BULLET.exec(text);
    if (bullet) {
      if (!draft.section.question) {
        fail(lineNo, `section ${draft.section.number} has a bullet before its question`);
      }
      const labelled = LABELLED.exec(bullet[1] ?? '');
      const label = labelled?.[1]?.trim();
      if (!labelled || !label) {
        fail(lineNo, `bullet without a bold label; expected "- **label：** text", found "${quoted(text)}"`);
      }
      if (isBlank(label ?? '')) fail(lineNo, 'a bullet whose bold label is blank or only invisible characters');
      draft.section.items.push({ title: label ?? '', detail: labelled?.[2]?.trim() ?? '' });
      guidance.sections.at(-1)?.push({ line: lineNo, criteria: [], steps: [], sources: [], sourceLines: [] });
      return;
    }

    const labelled = LABELLED.exec(text);
    const label = labelled?.[1]?.trim() ?? '';
    if (labelled && QUESTION_LABELS.has(label)) {
      if (draft.section.question) fail(lineNo, `section ${draft.section.number} has a second question`);
      const question = labelled[2]?.trim();
      if (!question || isBlank(question)) fail(lineNo, `section ${draft.section.number} has an empty question`);
      draft.section.question = question ?? '';
      return;
    }
    if (labelled && ANSWER_LABELS.has(label)) {
      draft.answered = true;
      return;
    }

    if (!draft.section.question) {
      fail(lineNo, `section ${draft.section.number} needs a "**题目：**" / "**Question:**" line first`);
    }
    if (draft.section.items.length === 0) {
      fail(lineNo, `unexpected text in section ${draft.section.number} before its bullets: "${quoted(text)}"`);
    }
    // Plain text after the last section's bullets is the guide's closing paragraph.
    closing.push(text);
  });

  if (title === null) fail(1, 'the guide has no "### " title');
  if (current) finish(current);
  if (sections.length === 0) fail(lines.length, 'the guide has no "#### 1." sections');
  if (closingRequired && closing.length === 0) fail(lines.length, 'the guide has no closing paragraph after its last section');
  if (inComment) fail(lines.length, 'an HTML comment "<!--" is never closed with "-->"');
  guidance.sections.forEach((items, sectionIndex) => {
    items.forEach((item, index) => {
      const counts = checkGuidanceCounts(item, sections[sectionIndex]?.items[index]?.title ?? '');
      if (counts) fail(item.line, counts);
    });
  });

  return { title: title ?? '', sections, closing: closing.join('\n'), guidance };
}

/** Binds a guide's sections to the ten area ids, in guide order. */
export function toTemplate(guide: Guide, source = 'guide'): Template {
  if (guide.sections.length !== AREA_IDS.length) {
    throw new GuideParseError(source, 1, `expected ${AREA_IDS.length} sections (one per area), found ${guide.sections.length}`);
  }
  const areas = Object.fromEntries(
    AREA_IDS.map((id, index) => [id, { ...(guide.sections[index] as GuideSection), id }]),
  ) as Record<AreaId, GuideArea>;
  return { title: guide.title, introduction: guide.closing, areas };
}

/**
 * The two languages' templates must line up item for item, since an unedited item shows the
 * bullet at the same position in whichever language is chosen.
 */
export function assertSameShape(a: Template, b: Template, sourceB = 'guide'): void {
  for (const id of AREA_IDS) {
    const countA = a.areas[id].items.length;
    const countB = b.areas[id].items.length;
    if (countA !== countB) {
      throw new GuideParseError(
        sourceB,
        1,
        `area "${id}" has ${countB} items but the other language has ${countA}; translations must match item for item`,
      );
    }
  }
}
