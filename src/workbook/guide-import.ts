// A guide a user brings, written like the seeds (`#### N. title`, a question, `- **label：** text`
// bullets), read into a new plan whose areas are its sections and whose items are its bullets.
import { GuideParseError, parseGuide } from './guide-parser';
import { type Clock, type Item, type ItemId, MAX_PLAN_AREAS, type PlanGuide, planAreaIds, type Workbook } from './model';
import { blankWorkbook, NEW_ITEM_FIELDS } from './operations';
import { MAX_MARKDOWN_ITEMS } from './plan-markdown';
import { recordChanges } from './stamps';
import { MAX_IMPORT_BYTES } from './transfer';

export type GuideProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'too-many-items'; limit: number }
  | { code: 'too-many-areas'; limit: number }
  /** `reason` is the parser's own, in English: what it expected on that line. */
  | { code: 'guide-line'; line: number; reason: string };

export type GuideReadResult = { ok: true; workbook: Workbook } | { ok: false; problem: GuideProblem };

/** Whether a Markdown file is written as a guide rather than as a plan's export: it has a `#### 1.` section. */
export function looksLikeGuide(text: string): boolean {
  return /^\s*####[ \t]+\d+\./m.test(text);
}

/**
 * The plan a guide file makes: one area per section, with its title and question, one item per bullet,
 * with the bullet's label as title and the rest as detail. Its text is the plan's own from the start (the
 * app has the guide in one language only), so it never changes with the language shown.
 */
export function readGuideMarkdown(text: string, clock: Clock, bytes = new TextEncoder().encode(text).length): GuideReadResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  let parsed: ReturnType<typeof parseGuide>;
  try {
    parsed = parseGuide(text.replace(/^\uFEFF/, ''), 'file', { closingRequired: false });
  } catch (error) {
    if (error instanceof GuideParseError)
      return { ok: false, problem: { code: 'guide-line', line: error.line, reason: error.reason } };
    throw error;
  }
  const { sections } = parsed;
  if (sections.length > MAX_PLAN_AREAS) return { ok: false, problem: { code: 'too-many-areas', limit: MAX_PLAN_AREAS } };
  const itemCount = sections.reduce((sum, section) => sum + section.items.length, 0);
  if (itemCount > MAX_MARKDOWN_ITEMS) return { ok: false, problem: { code: 'too-many-items', limit: MAX_MARKDOWN_ITEMS } };
  const ids = planAreaIds(sections.length);
  const guide: PlanGuide = {
    title: parsed.title,
    introduction: parsed.closing,
    areas: sections.map((section, index) => ({ id: ids[index] as string, title: section.title, question: section.question })),
  };

  const blank = blankWorkbook(clock, guide);
  const items: Record<ItemId, Item> = {};
  const order: Record<string, ItemId[]> = {};
  sections.forEach((section, index) => {
    const areaId = ids[index] as string;
    order[areaId] = section.items.map(({ title, detail }) => {
      const item: Item = {
        id: clock.newId(),
        areaId,
        templateKey: null,
        // A label the parser accepts is one line and not blank: a title the editor could have saved.
        title,
        detail,
        ...NEW_ITEM_FIELDS,
        updatedAt: clock.now(),
        changedAt: {},
      };
      items[item.id] = item;
      return item.id;
    });
  });
  // Stamped as an addition is, like a plan read from a Markdown export.
  return { ok: true, workbook: recordChanges(blank, { ...blank, items, order }, clock.now()) };
}
