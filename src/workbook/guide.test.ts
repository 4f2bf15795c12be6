import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planName, templateItem } from './guide';
import { assertSameShape, GuideParseError, parseGuide, toTemplate } from './guide-parser';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ITEM_COUNTS = [5, 5, 5, 4, 4, 4, 4, 4, 4, 4];

const minimal = (body: string) => `### Title\n\n${body}\n\nClosing words.\n`;
const section = (n: number, bullets = '- **A：** a') =>
  `#### ${n}. Section ${n}\n\n**题目：** Q${n}?\n\n**答案：** lead\n\n${bullets}\n`;

function parseError(markdown: string): GuideParseError {
  try {
    parseGuide(markdown, 'test.md');
  } catch (error) {
    if (error instanceof GuideParseError) return error;
    throw error;
  }
  throw new Error('expected a GuideParseError');
}

describe('parseGuide on the seeds', () => {
  it('reads the Chinese guide into ten sections with 43 items in guide order', () => {
    const guide = parseGuide(seed('guide.zh.md'));
    expect(guide.title).toBe('AI大模型创业：如何抓住未来机遇？');
    expect(guide.sections.map((s) => s.items.length)).toEqual(ITEM_COUNTS);
    const first = guide.sections[0];
    expect(first?.title).toBe('AI大模型创业的主要挑战');
    expect(first?.question).toBe('在AI大模型创业过程中，可能会遇到哪些主要挑战？');
    expect(first?.items[0]).toEqual({
      title: '数据隐私问题',
      detail: '大模型训练需要大量的数据，但收集和使用数据可能会引发隐私问题，需要确保用户隐私保护。',
    });
    expect(guide.sections[9]?.items.map((i) => i.title)).toEqual(['目标明确', '计划制定', '团队协作', '监控反馈']);
    expect(guide.closing).toMatch(/^通过以上问题及答案的解析/);
    expect(guide.closing).toMatch(/期待与您共同探讨AI大模型创业的未来！$/);
  });

  it('reads the English translation with the same structure', () => {
    const zh = toTemplate(parseGuide(seed('guide.zh.md')));
    const en = toTemplate(parseGuide(seed('guide.en.md')));
    expect(Object.values(en.areas).map((a) => a.items.length)).toEqual(ITEM_COUNTS);
    expect(() => assertSameShape(zh, en)).not.toThrow();
    expect(en.areas.challenges.items[0]?.title).toBe('Data privacy');
    expect(en.areas.execution.question).toBe('How should a founder improve execution on an AI large-model project?');
    expect(en.introduction).toMatch(/^With the questions and answers above/);
  });

  it('binds sections to area ids in guide order and looks items up by template key', () => {
    const template = toTemplate(parseGuide(seed('guide.zh.md')));
    expect(Object.keys(template.areas)).toEqual([
      'challenges',
      'direction',
      'team',
      'funding',
      'risk',
      'marketing',
      'legal',
      'international',
      'talent',
      'execution',
    ]);
    expect(template.areas.funding.title).toBe('AI大模型创业的资金规划');
    expect(templateItem(template, 'legal/1')?.title).toBe('数据合规');
    expect(templateItem(template, 'legal/9')).toBeUndefined();
    expect(templateItem(template, 'nowhere/0')).toBeUndefined();
  });

  it('finds no guide item for a key named after a built-in object member', () => {
    const template = toTemplate(parseGuide(seed('guide.zh.md')));
    for (const key of ['toString/0', 'constructor/1', '__proto__/0', 'team/length', 'team/at']) {
      expect(templateItem(template, key)).toBeUndefined();
    }
  });
});

describe('parseGuide on hand-written input', () => {
  it('accepts the colon inside or outside the bold label, full-width or ASCII', () => {
    const guide = parseGuide(
      minimal(section(1, ['- **One：** a', '- **Two:** b', '- **Three**：c', '- **Four**: d', '- **Five** e'].join('\n'))),
    );
    expect(guide.sections[0]?.items).toEqual([
      { title: 'One', detail: 'a' },
      { title: 'Two', detail: 'b' },
      { title: 'Three', detail: 'c' },
      { title: 'Four', detail: 'd' },
      { title: 'Five', detail: 'e' },
    ]);
  });

  it('accepts English labels and Windows line endings', () => {
    const text = '### T\r\n#### 1. S\r\n**Question:** Why?\r\n**Answer:** Because.\r\n- **X:** y\r\nThe end.\r\n';
    const guide = parseGuide(text);
    expect(guide.sections[0]?.question).toBe('Why?');
    expect(guide.closing).toBe('The end.');
  });

  it.each([
    ['a bullet without a bold label', minimal(section(1, '- just text')), 9, /bullet without a bold label/],
    ['a skipped section number', minimal(`${section(1)}\n${section(3)}`), 11, /expected section 2, found section 3/],
    ['a section without a question', '### T\n\n#### 1. S\n\n- **A：** a\n\nEnd.\n', 5, /bullet before its question/],
    ['a section without bullets', `### T\n\n#### 1. S\n\n**题目：** Q?\n\n#### 2. S2\n`, 3, /section 1 "S" has no bullet items/],
    ['text before the first section', '### T\n\nStray words.\n', 3, /text before the first/],
    ['no title', `${section(1)}\nEnd.\n`, 1, /no "### " title/],
    ['no closing paragraph', `### T\n\n${section(1)}`, 10, /no closing paragraph/],
    ['an unexpected heading', minimal(`${section(1)}\n##### Deep`), 11, /unexpected heading/],
  ])('refuses %s, naming the line', (_, markdown, line, reason) => {
    const error = parseError(markdown);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^test\\.md:${line}: `));
    expect(error.message).toMatch(reason);
  });

  it('refuses a guide that does not have one section per area', () => {
    const guide = parseGuide(minimal(section(1)));
    expect(() => toTemplate(guide, 'short.md')).toThrow(/short\.md:1: expected 10 sections/);
  });

  it('refuses translations that do not line up item for item', () => {
    const ten = (extra: boolean) =>
      minimal(
        Array.from({ length: 10 }, (_, i) => section(i + 1, i === 4 && extra ? '- **A：** a\n- **B：** b' : '- **A：** a')).join(
          '\n',
        ),
      );
    const a = toTemplate(parseGuide(ten(false)));
    const b = toTemplate(parseGuide(ten(true)));
    expect(() => assertSameShape(a, b, 'b.md')).toThrow(/area "risk" has 2 items but the other language has 1/);
  });
});

describe('planName', () => {
  const template = { title: 'Guide title' } as Parameters<typeof planName>[1];
  it.each([
    [null, 'Guide title'],
    ['   ', 'Guide title'],
    ['  Acme AI plan ', 'Acme AI plan'],
  ])('shows %j as %j', (name, shown) => {
    expect(planName({ name }, template)).toBe(shown);
  });
});
