import { describe, expect, it } from 'vitest';
import { readGuideMarkdown } from './guide-import';
import { importedWorkbook, mergeWorkbooks } from './merge';
import { restoreState } from './migrations';
import { areaIdsOf, itemsOf, type PlanGuide, type Workbook } from './model';
import * as ops from './operations';
import { decodePlanLink, encodePlanLink } from './plan-link';
import { readPlanMarkdown } from './plan-markdown';
import { planToCsv, planToMarkdown } from './plan-text';
import { overallProgress } from './progress';
import { previewImport } from './transfer';
import { TEMPLATES } from './test-templates';
import { PLAN_TEXT_WORDS, SIX_SECTIONS, testClock } from './testing';

function read(text: string): Workbook {
  const result = readGuideMarkdown(text, testClock());
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.workbook;
}

describe('a guide file read into a plan', () => {
  it('makes one area per section and one item per bullet, the label the title, Chinese or English colons', () => {
    const workbook = read(SIX_SECTIONS);
    expect(workbook.guide?.title).toBe('孵化器申请指南');
    expect(workbook.guide?.areas.map((area) => [area.id, area.title, area.question])).toEqual([
      ['s1', '团队', '谁来做？'],
      ['s2', 'Product', 'What is it?'],
      ['s3', 'Market', 'Who buys it?'],
      ['s4', 'Traction', 'What proves it?'],
      ['s5', 'Money', 'How much?'],
      ['s6', 'Ask', 'What do you need?'],
    ]);
    const team = itemsOf(workbook, 's1').map((id) => workbook.items[id]);
    expect(team.map((item) => [item?.title, item?.detail, item?.templateKey])).toEqual([
      ['创始人', '至少两位全职创始人。', null],
      ['顾问', '行业顾问一名。', null],
    ]);
    expect(overallProgress(workbook)).toMatchObject({ done: 0, total: 7 });
    expect(restoreState({ workbooks: [workbook], activeWorkbookId: workbook.id, locale: 'zh' }).ok).toBe(true);
  });

  it('refuses a file that is not such a guide with the line and what was expected, and a file of too many sections', () => {
    const problem = (text: string) => {
      const result = readGuideMarkdown(text, testClock());
      return result.ok ? null : result.problem;
    };
    expect(problem(SIX_SECTIONS.replace('#### 3. Market', '#### 4. Market'))).toEqual({
      code: 'guide-line',
      line: 13,
      reason: 'expected section 3, found section 4',
    });
    expect(problem(SIX_SECTIONS.replace('- **ICP:** the first', '- ICP the first'))).toMatchObject({
      code: 'guide-line',
      line: 15,
    });
    expect(problem(SIX_SECTIONS.replace('**Question:** Who buys it?\n', ''))).toMatchObject({ code: 'guide-line', line: 14 });
    // Invisible characters only: a blank checkbox, link or heading, and an export that would not import back.
    expect(problem(SIX_SECTIONS.replace('**Demo:**', '**\u200B:**'))).toMatchObject({ code: 'guide-line', line: 11 });
    expect(problem(SIX_SECTIONS.replace('#### 2. Product', '#### 2. \u200B\u200F'))).toMatchObject({
      code: 'guide-line',
      line: 9,
    });
    expect(problem(SIX_SECTIONS.replace('What is it?', '\u200B'))).toMatchObject({ code: 'guide-line', line: 10 });
    expect(problem(SIX_SECTIONS.replace('### 孵化器申请指南', '### \u2060'))).toMatchObject({ code: 'guide-line', line: 1 });
    expect(read(SIX_SECTIONS.replace(/\n/g, '\r')).guide?.areas).toHaveLength(6);
    expect(problem(`### T\n\n${'x'.repeat(10_000)}`)).toMatchObject({ code: 'guide-line', line: 3 });
    const long = problem(`### T\n\n${'x'.repeat(10_000)}`);
    expect(long && 'reason' in long && long.reason.length).toBeLessThan(200);
    const many = Array.from({ length: 51 }, (_, i) => `#### ${i + 1}. S${i}\n**Question:** Q?\n- **A:** b\n`).join('\n');
    expect(problem(`### Big\n\n${many}`)).toEqual({ code: 'too-many-areas', limit: 50 });
  });

  it('keeps its areas through a read-only link, a merge and the Markdown and CSV exports', async () => {
    const clock = testClock();
    let workbook = read(SIX_SECTIONS);
    const [first] = itemsOf(workbook, 's4');
    workbook = ops.toggleItem(workbook, first as string, true);
    workbook = ops.addItem(workbook, 's6', { title: 'Data room' }, clock).workbook;

    const link = await decodePlanLink(await encodePlanLink(workbook, TEMPLATES.en), TEMPLATES.en, clock);
    expect(link.ok && link.workbook.guide).toEqual(workbook.guide);
    // A link whose guide was tampered with to name an area by nothing is damaged, not a plan of nameless links.
    const nameless = {
      ...workbook,
      guide: {
        ...(workbook.guide as PlanGuide),
        areas: workbook.guide?.areas.map((area) => ({ ...area, title: '\u200b' })) ?? [],
      },
    };
    expect(await decodePlanLink(await encodePlanLink(nameless, TEMPLATES.en), TEMPLATES.en, clock)).toEqual({
      ok: false,
      problem: 'damaged',
    });
    expect(link.ok && itemsOf(link.workbook, 's6').map((id) => link.workbook.items[id]?.title)).toEqual(['Intro', 'Data room']);

    expect(mergeWorkbooks(workbook, ops.toggleItem(workbook, itemsOf(workbook, 's1')[0] as string, true)).guide).toBe(
      workbook.guide,
    );

    const source = { workbook, template: TEMPLATES.en, words: PLAN_TEXT_WORDS.en, name: 'Apply', day: '2026-12-05' };
    const markdown = planToMarkdown(source);
    expect(markdown).toContain('## 4. Traction (1/1)');
    expect(markdown).toContain('What proves it?');
    expect(markdown).toContain('- [x] Pilots');
    expect(planToCsv(source).split('\r\n')[1]).toContain('团队,创始人');
  });

  it('reads its own Markdown export back as a plan of the same areas, questions and tracking', () => {
    const clock = testClock();
    let workbook = read(SIX_SECTIONS);
    workbook = ops.toggleItem(workbook, itemsOf(workbook, 's4')[0] as string, true);
    workbook = ops.setNotes(workbook, itemsOf(workbook, 's1')[0] as string, 'Ask Ana\n- [ ] not a task');
    const markdown = planToMarkdown({
      workbook,
      template: TEMPLATES.zh,
      words: PLAN_TEXT_WORDS.zh,
      name: 'Apply',
      day: '2026-12-05',
    });
    const result = readPlanMarkdown(
      markdown,
      { en: { template: TEMPLATES.en, words: PLAN_TEXT_WORDS.en }, zh: { template: TEMPLATES.zh, words: PLAN_TEXT_WORDS.zh } },
      clock,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const back = result.workbook;
    expect(back.guide?.title).toBe('孵化器申请指南');
    expect(back.guide?.areas).toEqual(workbook.guide?.areas);
    const shown = (w: Workbook) =>
      areaIdsOf(w).map((areaId) => itemsOf(w, areaId).map((id) => [w.items[id]?.title, w.items[id]?.status, w.items[id]?.notes]));
    expect(shown(back)).toEqual(shown(workbook));
  });
  it('reads back questions that look like a heading or a task as the questions they are, and the closing paragraph', () => {
    const workbook = read(
      `${SIX_SECTIONS.replace('What is it?', '## 3. Is it a *heading*?').replace('Who buys it?', '- [ ] a task? \\ <b>')}\nApply by March.\n- [ ] "not" a task\n`,
    );
    expect(workbook.guide?.introduction).toBe('Apply by March.\n- [ ] "not" a task');
    const markdown = planToMarkdown({
      workbook,
      template: TEMPLATES.en,
      words: PLAN_TEXT_WORDS.en,
      name: 'Apply',
      day: '2026-12-05',
    });
    const result = readPlanMarkdown(
      markdown,
      { en: { template: TEMPLATES.en, words: PLAN_TEXT_WORDS.en }, zh: { template: TEMPLATES.zh, words: PLAN_TEXT_WORDS.zh } },
      testClock(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.workbook.guide).toEqual(workbook.guide);
    expect(areaIdsOf(result.workbook).map((areaId) => itemsOf(result.workbook, areaId).length)).toEqual([2, 1, 1, 1, 1, 1]);
  });
});

describe('an import between plans of different guides', () => {
  it('is offered as a plan of its own: neither Replace nor Merge changes the plan, whose guide never changes', () => {
    const own = read(SIX_SECTIONS);
    const builtIn = ops.createWorkbook(TEMPLATES.en, testClock(0, 'b'));
    expect(previewImport(own, builtIn)).toBeNull();
    expect(previewImport(builtIn, own)).toBeNull();
    for (const [current, incoming] of [
      [own, builtIn],
      [builtIn, own],
    ] as const) {
      for (const mode of ['replace', 'merge'] as const) expect(importedWorkbook(current, incoming, mode)).toBe(current);
    }
    expect(previewImport(own, own)?.merge).toBeDefined();
  });
});
