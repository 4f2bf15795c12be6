// The guidance under each guide item (done-when criteria, first steps, dated sources): its types, its line grammar and its checks.
import { AREA_IDS, type AreaId, isTemplateKey } from './model.ts';

/**
 * When a source's date counts from: a Chinese measure's 施行 date, an EU article's date of
 * application (the AI Act is in force from 2024 but most duties apply later), or the publication
 * date of a voluntary framework or standard.
 */
export type SourceDateKind = 'in-force' | 'applies' | 'published';

export interface GuidanceSource {
  /** The name as the seed writes it: this language's name with the original beside it. */
  name: string;
  url: string;
  issuer: string;
  /** ISO 8601, a day (`2025-09-01`) or, for a standard published without one, a month (`2023-12`). */
  date: string;
  dateKind: SourceDateKind;
  /** The article or clause the item rests on, as written, or null when the whole instrument applies. */
  article: string | null;
}

export interface GuidanceCriterion {
  /**
   * `areaId/itemIndex/cN`: the item's template key and the criterion's 1-based position. Ticks are
   * saved under this id, so reordering a seed's criteria moves ticks onto other criteria.
   */
  id: string;
  text: string;
}

export interface ItemGuidance {
  criteria: GuidanceCriterion[];
  steps: string[];
  sources: GuidanceSource[];
}

/** One language's guidance, item for item with the template (`areas[id][index]`). */
export interface Guidance {
  /** The date the sources were last checked against: nothing the law did after it is reflected. */
  asOf: string;
  areas: Record<AreaId, ItemGuidance[]>;
}

/** What the parser collects under one item, with the item's line for errors found later. */
export interface ParsedItemGuidance {
  line: number;
  criteria: string[];
  steps: string[];
  sources: GuidanceSource[];
  /** The line of each source, for the shape check's errors. */
  sourceLines: number[];
}

export interface ParsedGuidance {
  asOf: string | null;
  /** Per section, per item, in guide order; an item with no nested lines has empty lists. */
  sections: ParsedItemGuidance[][];
}

export const CRITERIA_RANGE = [2, 4] as const;
export const STEPS_RANGE = [1, 3] as const;

// Labels are read in either language in either file, as the guide's 题目 / Question are.
const LINE = /^(完成标准|done when|第一步|first step|依据|source)\s*[：:]\s*(.*)$/i;
const KINDS: Record<string, 'criterion' | 'step' | 'source'> = {
  完成标准: 'criterion',
  'done when': 'criterion',
  第一步: 'step',
  'first step': 'step',
  依据: 'source',
  source: 'source',
};
const LINK = /^\[([^\]]+)\]\(([^)\s]+)\)\s*(.*)$/;
const SEPARATOR = /\s*[;；]\s*/;
// Literals, not new RegExp(): the screens import guide.ts, which imports this file, and a call at
// module level would stay in the first visit's bundle.
const DATE_EN = /^(in force|applies from|published)\s+(\d{4}-\d{2}(?:-\d{2})?)$/i;
const DATE_ZH = /^(\d{4}-\d{2}(?:-\d{2})?)\s*(起施行|起适用|发布)$/;
const DATE_KINDS: Record<string, SourceDateKind> = {
  'in force': 'in-force',
  'applies from': 'applies',
  published: 'published',
  起施行: 'in-force',
  起适用: 'applies',
  发布: 'published',
};
export const SOURCE_FORM =
  '"Source: [name](https://…); issuer; in force|applies from|published YYYY-MM-DD; article" or "依据：[名称](https://…)；发布机关；YYYY-MM-DD 起施行|起适用|发布；条款" (the article may be left out)';
const LINE_FORM = '"Done when: …" / "完成标准：…", "First step: …" / "第一步：…" or "Source: …" / "依据：…"';

export type GuidanceLine =
  | { kind: 'criterion'; text: string }
  | { kind: 'step'; text: string }
  | { kind: 'source'; source: GuidanceSource };

/** A real calendar day or month in ISO form: `2026-02-30` is refused, as a typo would be. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDate(field: string): { date: string; dateKind: SourceDateKind } | null {
  const en = DATE_EN.exec(field);
  if (en) return { date: en[2] ?? '', dateKind: DATE_KINDS[(en[1] ?? '').toLowerCase()] as SourceDateKind };
  const zh = DATE_ZH.exec(field);
  if (zh) return { date: zh[1] ?? '', dateKind: DATE_KINDS[zh[2] ?? ''] as SourceDateKind };
  return null;
}

function parseSource(body: string): GuidanceSource | string {
  const link = LINK.exec(body);
  if (!link) return `a source starting with a Markdown link "[name](https://…)"; expected ${SOURCE_FORM}`;
  const [, name = '', url = '', rest = ''] = link;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed?.protocol !== 'https:') return `an absolute https:// URL in the source's link, found "${url}"`;
  if (rest !== '' && !/^[;；]/.test(rest)) return `";" or "；" after the source's link, found "${rest}"`;
  const fields = rest.replace(/^[;；]\s*/, '').split(SEPARATOR);
  if (rest === '' || fields.length < 2 || fields.length > 3 || fields.some((field) => field === '')) {
    return `an issuer and a date after the link, separated by ";" or "；"; expected ${SOURCE_FORM}`;
  }
  const [issuer = '', dateField = '', article] = fields;
  const date = parseDate(dateField);
  if (!date) {
    return `a dated source: "in force YYYY-MM-DD", "applies from YYYY-MM-DD", "published YYYY-MM-DD" or "YYYY-MM-DD 起施行 / 起适用 / 发布", found "${dateField}"`;
  }
  if (!isIsoDate(date.date)) return `a date that exists, found "${date.date}"`;
  return { name: name.trim(), url, issuer, ...date, article: article ?? null };
}

/**
 * Reads one nested bullet's text (after its `- `). Returns the line, or what was expected in its
 * place, which the caller reports with the file and line.
 */
export function parseGuidanceLine(text: string): GuidanceLine | { expected: string } {
  const line = LINE.exec(text);
  if (!line) return { expected: `${LINE_FORM}, found "${text}"` };
  const kind = KINDS[(line[1] ?? '').toLowerCase()] as GuidanceLine['kind'];
  const body = (line[2] ?? '').trim();
  if (body === '') return { expected: `text after "${line[1]}"` };
  if (kind === 'source') {
    const source = parseSource(body);
    return typeof source === 'string' ? { expected: source } : { kind, source };
  }
  return { kind, text: body };
}

const ORDER: Record<GuidanceLine['kind'], number> = { criterion: 0, step: 1, source: 2 };
const LABEL: Record<GuidanceLine['kind'], string> = {
  criterion: '"Done when" / "完成标准"',
  step: '"First step" / "第一步"',
  source: '"Source" / "依据"',
};

/**
 * Adds a line to an item's guidance, keeping the order criteria, steps, sources so every item
 * reads the same way in the file. Returns what was expected when the line is out of place.
 */
export function addGuidanceLine(item: ParsedItemGuidance, line: GuidanceLine, lineNo: number): string | null {
  const last = item.sources.length ? 'source' : item.steps.length ? 'step' : item.criteria.length ? 'criterion' : null;
  if (last && ORDER[line.kind] < ORDER[last]) {
    return `${LABEL[line.kind]} lines before ${LABEL[last]} lines (each item lists criteria, then first steps, then sources)`;
  }
  if (line.kind === 'criterion') item.criteria.push(line.text);
  else if (line.kind === 'step') item.steps.push(line.text);
  else {
    item.sources.push(line.source);
    item.sourceLines.push(lineNo);
  }
  return null;
}

/** What is wrong with an item's counts once all its lines are read, or null. Items without guidance pass. */
export function checkGuidanceCounts(item: ParsedItemGuidance, title: string): string | null {
  const { criteria, steps, sources } = item;
  if (criteria.length + steps.length + sources.length === 0) return null;
  const [minC, maxC] = CRITERIA_RANGE;
  const [minS, maxS] = STEPS_RANGE;
  if (criteria.length < minC || criteria.length > maxC) {
    return `item "${title}" has ${criteria.length} "Done when" / "完成标准" lines; expected ${minC} to ${maxC}`;
  }
  if (steps.length < minS || steps.length > maxS) {
    return `item "${title}" has ${steps.length} "First step" / "第一步" lines; expected ${minS} to ${maxS}`;
  }
  return null;
}

export class GuidanceError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
    this.name = 'GuidanceError';
  }
}

/**
 * The guidance a built-in guide ships: every item has criteria and steps, and the file has an
 * "as of" date. Criteria get their ids here, from the item's position and their own.
 */
export function toGuidance(parsed: ParsedGuidance, titles: readonly (readonly string[])[], source = 'guide'): Guidance {
  if (parsed.sections.length !== AREA_IDS.length) {
    throw new GuidanceError(source, 1, `expected ${AREA_IDS.length} sections of guidance, found ${parsed.sections.length}`);
  }
  if (parsed.asOf === null) {
    throw new GuidanceError(source, 1, 'no "**As of:** YYYY-MM-DD" / "**截至：** YYYY-MM-DD" line before the first section');
  }
  const areas = {} as Record<AreaId, ItemGuidance[]>;
  AREA_IDS.forEach((areaId, sectionIndex) => {
    const items = parsed.sections[sectionIndex] ?? [];
    areas[areaId] = items.map((item, index) => {
      if (item.criteria.length === 0) {
        const title = titles[sectionIndex]?.[index] ?? '';
        throw new GuidanceError(
          source,
          item.line,
          `item "${title}" has no guidance; expected nested "Done when" / "完成标准" lines`,
        );
      }
      return {
        criteria: item.criteria.map((text, position) => ({ id: criterionId(areaId, index, position), text })),
        steps: item.steps,
        sources: item.sources,
      };
    });
  });
  return { asOf: parsed.asOf, areas };
}

export function criterionId(areaId: AreaId, itemIndex: number, position: number): string {
  return `${areaId}/${itemIndex}/c${position + 1}`;
}

/**
 * The two languages must offer the same checklist (so a tick means the same criterion in either)
 * and cite the same instruments on the same dates: counts per item, and each source's URL, date
 * and kind of date, position for position. Names, issuers and articles are words and may differ.
 */
export function assertSameGuidance(a: ParsedGuidance, b: ParsedGuidance, sourceB = 'guide'): void {
  if (a.asOf !== b.asOf) {
    throw new GuidanceError(sourceB, 1, `guidance is as of ${b.asOf} but the other language's is as of ${a.asOf}`);
  }
  b.sections.forEach((items, sectionIndex) => {
    items.forEach((itemB, index) => {
      const itemA = a.sections[sectionIndex]?.[index];
      if (!itemA) return; // Item counts are assertSameShape's to report.
      const where = `item ${index + 1} of section ${sectionIndex + 1}`;
      for (const [what, countA, countB] of [
        ['"Done when" / "完成标准"', itemA.criteria.length, itemB.criteria.length],
        ['"First step" / "第一步"', itemA.steps.length, itemB.steps.length],
        ['"Source" / "依据"', itemA.sources.length, itemB.sources.length],
      ] as const) {
        if (countA !== countB) {
          throw new GuidanceError(
            sourceB,
            itemB.line,
            `${where} has ${countB} ${what} lines but the other language has ${countA}`,
          );
        }
      }
      itemB.sources.forEach((sb, position) => {
        const sa = itemA.sources[position] as GuidanceSource;
        for (const field of ['url', 'date', 'dateKind'] as const) {
          if (sa[field] !== sb[field]) {
            throw new GuidanceError(
              sourceB,
              itemB.sourceLines[position] ?? itemB.line,
              `source ${position + 1} of ${where} has ${field} "${sb[field]}" but the other language has "${sa[field]}"`,
            );
          }
        }
      });
    });
  });
}

/** The guidance of the guide item a template key names, if any. */
export function itemGuidance(guidance: Guidance, key: string): ItemGuidance | undefined {
  // As with templateItem: a key such as `toString/0` must not reach an inherited member.
  if (!isTemplateKey(key)) return undefined;
  const [areaId, index] = key.split('/') as [AreaId, string];
  return guidance.areas[areaId][Number(index)];
}
