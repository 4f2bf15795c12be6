import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planName, resolveItemText } from './guide';
import { AREA_IDS, type AreaId, type Item, type Locale, PRIORITIES, STATUSES, type Workbook, itemsOf } from './model';
import * as ops from './operations';
import { MAX_MARKDOWN_ITEMS, type MarkdownLanguage, readPlanMarkdown, unescapeMarkdown } from './plan-markdown';
import { planToMarkdown } from './plan-text';
import { TEMPLATES } from './test-templates';
import { PLAN_TEXT_WORDS, testClock } from './testing';
import { itemsInOrder } from './tracking';

const LANGUAGES: Record<Locale, MarkdownLanguage> = {
  en: { template: TEMPLATES.en, words: PLAN_TEXT_WORDS.en },
  zh: { template: TEMPLATES.zh, words: PLAN_TEXT_WORDS.zh },
};

const write = (workbook: Workbook, locale: Locale) =>
  planToMarkdown({
    workbook,
    template: TEMPLATES[locale],
    name: planName(workbook, TEMPLATES[locale]),
    day: '2026-12-05',
    words: PLAN_TEXT_WORDS[locale],
  });

function read(text: string) {
  const result = readPlanMarkdown(text, LANGUAGES, testClock(2_000_000_000_000, 'read'));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.workbook;
}

function refusal(text: string) {
  const result = readPlanMarkdown(text, LANGUAGES, testClock());
  if (result.ok) throw new Error('read a file that should be refused');
  return result.problem;
}

/** What a person sees of a plan in a language: per area, each item's text and tracking, with no ids or times. */
function seen(workbook: Workbook, locale: Locale) {
  return {
    name: planName(workbook, TEMPLATES[locale]),
    company: workbook.company,
    items: itemsInOrder(workbook).map((item) => ({
      areaId: item.areaId,
      ...resolveItemText(item, TEMPLATES[locale]),
      status: item.status,
      owner: item.owner,
      due: item.due,
      priority: item.priority,
      notes: item.notes,
    })),
  };
}

/** A plan from the guide with tracking, notes, an edited guide item and the user's own items. */
function tracked(): Workbook {
  const clock = testClock();
  let workbook = ops.setPlanDetails(ops.createWorkbook(TEMPLATES.en, clock), { name: 'Acme 计划', company: 'Acme, Inc.' });
  const [core, skills, rd] = itemsOf(workbook, 'team') as [string, string, string];
  const [budget, sources] = itemsOf(workbook, 'funding') as [string, string];
  workbook = ops.trackItem(workbook, core, { status: 'done', owner: 'Li Wei', due: '2027-01-31', priority: 'high' });
  workbook = ops.trackItem(workbook, skills, { status: 'doing', owner: '张敏', priority: 'medium' });
  workbook = ops.trackItem(workbook, rd, { status: 'na', due: '2027-02-28', priority: 'low' });
  workbook = ops.setNotes(
    workbook,
    core,
    'Runway: 18 months, "base case"\n- [ ] not a task\n## not a heading\n\n  indented *and* `code`',
  );
  workbook = ops.editItem(workbook, budget, { title: 'Budget for GPUs' }).workbook;
  workbook = ops.editItem(workbook, sources, {
    detail: 'Angels first, then a seed round.\nNotes: a detail line, not notes',
  }).workbook;
  const added = ops.addItem(workbook, 'legal', { title: 'File the model with the CAC (In progress)', detail: '' }, clock);
  if ('error' in added) throw new Error('refused');
  workbook = ops.trackItem(added.workbook, added.itemId, { owner: 'Ana "the lawyer" Souza', status: 'doing' });
  return ops.setNotes(workbook, added.itemId, '备注：第一行\n第二行 📅 2027-01-01 ⏫');
}

describe('reading a Markdown export back', () => {
  it.each(['en', 'zh'] as const)('keeps titles, statuses, owners, due dates, priorities and notes (%s)', (locale) => {
    const workbook = tracked();
    const copy = read(write(workbook, locale));
    expect(seen(copy, locale)).toEqual(seen(workbook, locale));
    expect(copy.name).toBe('Acme 计划');
    expect(copy.company).toBe('Acme, Inc.');
  });

  it('keeps the guide items as the guide’s, so they follow the language shown; other items are the user’s own', () => {
    const workbook = tracked();
    const copy = read(write(workbook, 'zh'));
    const keys = (w: Workbook) => itemsInOrder(w).map((item) => [item.templateKey, item.title === null, item.detail === null]);
    expect(keys(copy)).toEqual(keys(workbook));
    // Written in Chinese, read back, shown in English: the guide's items speak English.
    expect(seen(copy, 'en')).toEqual(seen(workbook, 'en'));
    const own = itemsInOrder(copy).find((item) => item.areaId === 'legal' && item.templateKey === null);
    expect(own?.title).toBe('File the model with the CAC (In progress)');
  });

  it('makes a new plan under new ids, every field dated as added', () => {
    const workbook = tracked();
    const copy = read(write(workbook, 'en'));
    expect(copy.id).not.toBe(workbook.id);
    const ids = new Set(Object.keys(workbook.items));
    expect(Object.keys(copy.items).some((id) => ids.has(id))).toBe(false);
    const item = copy.items[itemsOf(copy, 'team')[0] as string];
    expect(item?.changedAt.owner).toBe(2_000_000_000_000);
    expect(copy.nameChangedAt).toBe(2_000_000_000_000);
  });

  it('reads owners, titles and notes that look like the line’s own marks as they were typed', () => {
    const clock = testClock();
    let workbook = ops.blankWorkbook(clock);
    const marks = { status: 'doing', due: '2027-03-01', priority: 'low' } as const;
    const cases = [
      { title: 'Ship ⏫ then 🔽, due 📅 2027-01-01', owner: 'Bo "B" \\ Chen 📅', notes: '', ...marks },
      { title: 'Hire a CTO (In progress)', owner: '(Not applicable)', notes: '\n', ...marks },
      { title: '招聘 CTO（进行中）', owner: '@ana', notes: 'Notes: twice\nNotes: again', ...marks },
      {
        title: 'Email @bob about \\*stars\\* and &#x41; &amp; <b>',
        owner: 'li.wei',
        notes: '  \n  leading and trailing  \n\n',
        ...marks,
      },
      {
        title: 'Ends with a backslash \\',
        owner: 'x\ny',
        notes: '- [x] done?\n## 3. How to build an AI large-model technical team',
        ...marks,
      },
      // Nothing after the title: its own brackets must not read as a status, nor its end as a priority.
      { title: 'Hire a CTO (In progress)', owner: '', notes: '', status: 'todo' },
      { title: '招聘 CTO（不适用）', owner: '', notes: '', status: 'done' },
      { title: 'Raise the seed ⏫', owner: '', notes: '', status: 'todo' },
    ] as const;
    for (const { title, notes, ...tracking } of cases) {
      const added = ops.addItem(workbook, 'team', { title, detail: '' }, clock);
      if ('error' in added) throw new Error('refused');
      workbook = ops.trackItem(added.workbook, added.itemId, tracking);
      workbook = ops.setNotes(workbook, added.itemId, notes);
    }
    for (const locale of ['en', 'zh'] as const)
      expect(seen(read(write(workbook, locale)), locale)).toEqual(seen(workbook, locale));
  });

  it('undoes Markdown escapes and the entities the writer uses, and nothing else', () => {
    expect(unescapeMarkdown('\\*a\\* \\@b &#x1F4C5; &#128317; \\q &amp; &#x0; C:\\Users')).toBe(
      '*a* @b 📅 🔽 \\q &amp; &#x0; C:\\Users',
    );
  });

  it('keeps any plan through export and import: property over titles, owners, notes and details', () => {
    const tricky = fc.constantFrom(
      '\n',
      '- [ ] ',
      '- [x] ',
      '## 3. ',
      '# ',
      'Notes: ',
      '备注：',
      '"',
      '\\',
      '@',
      ' @',
      '📅',
      ' 📅 2027-01-01',
      '⏫',
      '🔼',
      ' 🔽',
      ' ✅ 2027-01-02',
      ' ⏳ 2027-01-03',
      '(In progress)',
      '（不适用）',
      '*',
      '_',
      '#',
      '&#x41;',
      '  ',
      '\t',
      '---',
      '中文',
    );
    const text = fc.string({
      unit: fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
      maxLength: 12,
    });
    const line = text.map((value) => value.replace(/\n/g, ' ').trim()).filter((value) => ops.isSavableTitle(value));
    // A title ending as a status or a priority does is the writer's hardest case: make it common.
    const title = fc.oneof(line, ...[' (In progress)', '（不适用）', ' ⏫'].map((end) => line.map((value) => `${value}${end}`)));
    const item = fc.record({
      areaId: fc.constantFrom(...AREA_IDS),
      title,
      detail: text,
      notes: text,
      owner: fc.oneof(
        fc.constant(''),
        text.map((value) => value.trim()),
      ),
      status: fc.constantFrom(...STATUSES),
      due: fc.option(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      priority: fc.option(fc.constantFrom(...PRIORITIES)),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.constantFrom<Locale>('en', 'zh'), (items, locale) => {
        const clock = testClock();
        let workbook = ops.createWorkbook(TEMPLATES.en, clock);
        for (const { areaId, title, detail, notes, ...tracking } of items) {
          const added = ops.addItem(workbook, areaId as AreaId, { title, detail }, clock);
          if ('error' in added) return;
          workbook = ops.trackItem(added.workbook, added.itemId, tracking);
          // Set as typed: the editor trims a detail, but one from a backup may hold any text.
          workbook = ops.replaceItem(workbook, { ...(workbook.items[added.itemId] as Item), detail, notes });
        }
        expect(seen(read(write(workbook, locale)), locale)).toEqual(seen(workbook, locale));
      }),
      { numRuns: 200 },
    );
  });

  it('matches areas by their title in either language, or by their number when renamed', () => {
    const text = [
      '---',
      'plan: Hand made',
      '---',
      '## 3. 如何构建AI大模型技术团队',
      '- [ ] 核心成员 @张敏',
      '## 4. Money',
      '- [x] Runway',
      '## How to manage the risks of an AI large-model project (0/4)',
      '- [ ] Risk assessment （进行中）',
    ].join('\n');
    const workbook = read(text);
    expect(workbook.name).toBe('Hand made');
    const [core] = itemsOf(workbook, 'team').map((id) => workbook.items[id]);
    expect(core).toMatchObject({ templateKey: 'team/0', title: null, owner: '张敏' });
    expect(workbook.items[itemsOf(workbook, 'funding')[0] as string]).toMatchObject({ title: 'Runway', status: 'done' });
    // The file is Chinese (its first heading says so), so Chinese status words are its statuses.
    expect(workbook.items[itemsOf(workbook, 'risk')[0] as string]).toMatchObject({ templateKey: 'risk/0', status: 'doing' });
  });

  it('reads a task line as Obsidian Tasks writes it: priority before the due date, done and other dates dropped', () => {
    const text = [
      '---',
      'plan: From Obsidian',
      '---',
      '## 4. Money',
      '- [x] Runway model ⏫ 📅 2026-03-01 ✅ 2026-02-27',
      '- [ ] Pitch deck @Lin 🔼 📅 2026-04-01 ➕ 2026-01-05 🛫 2026-01-10 ⏳ 2026-03-20',
      '- [ ] Ship ✅ tests',
    ].join('\n');
    const workbook = read(text);
    const [runway, deck, ship] = itemsOf(workbook, 'funding').map((id) => workbook.items[id]);
    expect(runway).toMatchObject({ title: 'Runway model', status: 'done', priority: 'high', due: '2026-03-01' });
    expect(deck).toMatchObject({ title: 'Pitch deck', owner: 'Lin', priority: 'medium', due: '2026-04-01' });
    // A mark in the middle of a title, with no date after it, is the title's own text.
    expect(ship).toMatchObject({ title: 'Ship ✅ tests' });
  });

  it('reads a file saved with Windows line ends and a byte-order mark', () => {
    const workbook = tracked();
    const text = `\uFEFF${write(workbook, 'en').replace(/\n/g, '\r\n')}`;
    expect(seen(read(text), 'en')).toEqual(seen(workbook, 'en'));
  });
});

describe('refusing what is not a Markdown export', () => {
  const good = write(tracked(), 'en').split('\n');
  const firstHeading = good.findIndex((line) => line.startsWith('## ')) + 1;
  const firstTask = good.findIndex((line) => line.startsWith('- [')) + 1;
  const replaceLine = (line: number, text: string) => good.map((value, index) => (index === line - 1 ? text : value)).join('\n');
  const insertAfter = (line: number, text: string) => [...good.slice(0, line), text, ...good.slice(line)].join('\n');

  it.each([
    ['no front matter', '# My plan\n## 1. Anything', 1, { kind: 'front-matter-start' }],
    ['a front matter line that is no field', '---\nplan: "x"\nthis is prose\n---', 3, { kind: 'front-matter-field' }],
    ['front matter that never ends', '---\nplan: "x"\n', 3, { kind: 'front-matter-end' }],
    ['a plan name with a broken quote', '---\nplan: "x\n---', 2, { kind: 'quoted-text', field: 'plan' }],
    ['prose before the first area', '---\nplan: "x"\n---\n# x\nSome prose', 5, { kind: 'area-heading' }],
    ['no area at all', '---\nplan: "x"\n---\n# x\n', 5, { kind: 'area-heading' }],
    ['a heading that is no area', '---\n---\n## 11. Hiring plan', 3, { kind: 'known-area', found: '11. Hiring plan' }],
  ])('%s', (_, text, line, expected) => {
    expect(refusal(text)).toEqual({ code: 'line', line, expected });
  });

  it('a second heading of the same area, naming the first', () => {
    const text = insertAfter(firstTask, good[firstHeading - 1] as string);
    expect(refusal(text)).toEqual({
      code: 'line',
      line: firstTask + 1,
      expected: { kind: 'other-area', title: TEMPLATES.en.areas.challenges.title, line: firstHeading },
    });
  });

  it.each([
    ['prose among the tasks', 'Just a paragraph', { kind: 'task-or-heading' }],
    ['a plain bullet', '- a bullet without a box', { kind: 'task-or-heading' }],
    ['a malformed box', '- [y] Maybe', { kind: 'task-or-heading' }],
    ['a deeper heading', '### Subsection', { kind: 'task-or-heading' }],
    ['a blank title', '- [ ]  @ana', { kind: 'title' }],
    ['a day that does not exist', '- [ ] Pay taxes 📅 2027-02-30', { kind: 'due-date' }],
    ['a due mark with no day', '- [ ] Pay taxes 📅 soon', { kind: 'due-date' }],
    ['an owner whose quote never ends', '- [ ] Pay taxes @"Li Wei', { kind: 'owner' }],
  ])('%s, with its line number', (_, line, expected) => {
    expect(refusal(insertAfter(firstTask, line))).toEqual({ code: 'line', line: firstTask + 1, expected });
  });

  it('an indented line that follows no task', () => {
    expect(refusal(replaceLine(firstHeading + 1, '  indented'))).toEqual({
      code: 'line',
      line: firstHeading + 1,
      expected: { kind: 'task-or-heading' },
    });
  });

  it('a file over 5 MB, before reading it', () => {
    expect(readPlanMarkdown('', LANGUAGES, testClock(), 6 * 1024 * 1024)).toEqual({
      ok: false,
      problem: { code: 'too-large', bytes: 6 * 1024 * 1024 },
    });
  });

  it(`more than ${MAX_MARKDOWN_ITEMS} items`, () => {
    const text = `---\n---\n## 1. x\n${'- [ ] a\n'.repeat(MAX_MARKDOWN_ITEMS + 1)}`;
    expect(refusal(text)).toEqual({ code: 'too-many-items', limit: MAX_MARKDOWN_ITEMS });
    expect(readPlanMarkdown(`---\n---\n## 1. x\n${'- [ ] a\n'.repeat(MAX_MARKDOWN_ITEMS)}`, LANGUAGES, testClock()).ok).toBe(
      true,
    );
  });
});
