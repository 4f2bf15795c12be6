import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuide } from './guide-parser';
import {
  assertSameGuidance,
  type GuidanceError,
  type Guidance,
  isIsoDate,
  itemGuidance,
  type ParsedGuidance,
  parseGuidanceLine,
  toGuidance,
} from './guidance';
import { loadGuidance } from './guidance-modules';
import { AREA_IDS } from './model';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const titles = (guide: ReturnType<typeof parseGuide>) => guide.sections.map((s) => s.items.map((i) => i.title));
const builtIn = (locale: 'zh' | 'en'): Guidance => {
  const guide = parseGuide(seed(`guide.${locale}.md`), `guide.${locale}.md`);
  return toGuidance(guide.guidance, titles(guide), `guide.${locale}.md`);
};

const URL_CN1 = 'https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm';
// One section with one item and the given nested lines, in a guide of ten such sections.
const guideWith = (nested: string[], asOf = '**As of:** 2026-07-27') => {
  const section = (n: number, lines: string[]) =>
    `#### ${n}. S${n}\n\n**Question:** Q?\n\n- **Item:** detail\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  const plain = ['- Done when: a', '- Done when: b', '- First step: c'];
  const body = Array.from({ length: 10 }, (_, i) => section(i + 1, i === 0 ? nested : plain)).join('\n');
  return `### Title\n\n${asOf}\n\n${body}\nClosing words.\n`;
};
// Line 10 is the first nested line of section 1 in guideWith's output, under the item on line 9.
const FIRST_NESTED = 10;

function errorOf(run: () => unknown): GuidanceError | Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('the built-in guidance', () => {
  it.each(['zh', 'en'] as const)('gives every %s item 2–4 criteria, 1–3 first steps and dated https sources', (locale) => {
    const guidance = builtIn(locale);
    expect(guidance.asOf).toBe('2026-07-27');
    let items = 0;
    for (const areaId of AREA_IDS) {
      guidance.areas[areaId].forEach((item, index) => {
        items += 1;
        expect(item.criteria.length).toBeGreaterThanOrEqual(2);
        expect(item.criteria.length).toBeLessThanOrEqual(4);
        expect(item.steps.length).toBeGreaterThanOrEqual(1);
        expect(item.steps.length).toBeLessThanOrEqual(3);
        expect(item.criteria.map((c) => c.id)).toEqual(item.criteria.map((_, n) => `${areaId}/${index}/c${n + 1}`));
        for (const source of item.sources) {
          expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
          expect(isIsoDate(source.date)).toBe(true);
          expect(source.issuer).not.toBe('');
        }
      });
    }
    expect(items).toBe(43);
  });

  it('has the same shape, URLs and dates in both languages', () => {
    const zh = parseGuide(seed('guide.zh.md')).guidance;
    const en = parseGuide(seed('guide.en.md')).guidance;
    expect(() => assertSameGuidance(zh, en, 'guide.en.md')).not.toThrow();
  });

  it('cites the Chinese labelling measures, in force 2025-09-01, on the data-compliance item', () => {
    const legal = builtIn('en').areas.legal[1];
    expect(legal?.sources.map((s) => [s.date, s.dateKind])).toContainEqual(['2025-09-01', 'in-force']);
    const zh = builtIn('zh').areas.legal[1];
    expect(zh?.sources[1]?.name).toContain('人工智能生成合成内容标识办法');
    expect(zh?.sources[1]?.article).toBe('第四条、第五条、第八条、第九条');
  });

  it('is what the lazily loaded module holds, one per language', async () => {
    expect(await loadGuidance('zh')).toEqual(builtIn('zh'));
    expect(await loadGuidance('en')).toEqual(builtIn('en'));
  });

  it('looks an item up by template key, and nothing for a built-in member name', () => {
    const guidance = builtIn('en');
    expect(itemGuidance(guidance, 'team/2')?.criteria[0]?.id).toBe('team/2/c1');
    expect(itemGuidance(guidance, 'team/9')).toBeUndefined();
    expect(itemGuidance(guidance, 'toString/0')).toBeUndefined();
  });
});

describe('a guidance line', () => {
  it.each([
    ['Done when: A 24-month runway model.', { kind: 'criterion', text: 'A 24-month runway model.' }],
    ['done when：full-width colon', { kind: 'criterion', text: 'full-width colon' }],
    ['完成标准：跑道模型覆盖 24 个月。', { kind: 'criterion', text: '跑道模型覆盖 24 个月。' }],
    ['完成标准: ASCII colon', { kind: 'criterion', text: 'ASCII colon' }],
    ['First step: Ask two providers.', { kind: 'step', text: 'Ask two providers.' }],
    ['第一步：向两家供应商询价。', { kind: 'step', text: '向两家供应商询价。' }],
  ])('reads %j', (text, expected) => {
    expect(parseGuidanceLine(text)).toEqual(expected);
  });

  it('reads an English source with its article', () => {
    expect(parseGuidanceLine(`Source: [Interim Measures (暂行办法)](${URL_CN1}); CAC; in force 2023-08-15; Art. 7`)).toEqual({
      kind: 'source',
      source: {
        name: 'Interim Measures (暂行办法)',
        url: URL_CN1,
        issuer: 'CAC',
        date: '2023-08-15',
        dateKind: 'in-force',
        article: 'Art. 7',
      },
    });
  });

  it('reads a Chinese source with full-width punctuation, and one without an article', () => {
    const zh = parseGuidanceLine(
      `依据：[暂行办法（Interim Measures）](${URL_CN1})；国家网信办等七部门；2023-08-15 起施行；第七条`,
    );
    expect(zh).toMatchObject({ kind: 'source', source: { issuer: '国家网信办等七部门', date: '2023-08-15', article: '第七条' } });
    const noArticle = parseGuidanceLine('Source: [AI RMF](https://doi.org/10.6028/NIST.AI.100-1); NIST; published 2023-01-26');
    expect(noArticle).toMatchObject({ source: { dateKind: 'published', article: null } });
  });

  it.each([
    ['applies from 2026-08-02', 'applies'],
    ['2026-08-02 起适用', 'applies'],
    ['2026-08-02起施行', 'in-force'],
    ['2023-12 发布', 'published'],
    ['Published 2023-12', 'published'],
  ])('reads the date "%s" as %s', (date, kind) => {
    expect(parseGuidanceLine(`Source: [X](https://example.org/x); Y; ${date}`)).toMatchObject({ source: { dateKind: kind } });
  });

  it.each([
    ['an unknown label', 'Note: something', /^"Done when: …" \/ "完成标准：…".*found "Note: something"/],
    ['no text after the label', 'Done when:  ', /^text after "Done when"/],
    ['a source without a link', 'Source: AI Act; EU; in force 2024-08-01', /a Markdown link "\[name\]\(https:\/\/…\)"/],
    [
      'a relative URL',
      'Source: [AI Act](eur-lex/2024/1689); EU; in force 2024-08-01',
      /absolute https:\/\/ URL.*"eur-lex\/2024\/1689"/,
    ],
    ['a plain http URL', 'Source: [AI Act](http://example.org); EU; in force 2024-08-01', /absolute https:\/\/ URL/],
    [
      'text glued to the link',
      'Source: [AI Act](https://example.org)EU; in force 2024-08-01',
      /";" or "；" after the source's link/,
    ],
    ['no issuer', 'Source: [AI Act](https://example.org); in force 2024-08-01', /an issuer and a date after the link/],
    ['an empty field', 'Source: [AI Act](https://example.org); ; in force 2024-08-01', /an issuer and a date after the link/],
    ['a date without its kind', 'Source: [AI Act](https://example.org); EU; 2024-08-01', /a dated source.*found "2024-08-01"/],
    ['a date in another form', 'Source: [AI Act](https://example.org); EU; in force 1 Aug 2024', /a dated source/],
    [
      'a day that does not exist',
      'Source: [AI Act](https://example.org); EU; in force 2026-02-30',
      /a date that exists, found "2026-02-30"/,
    ],
  ])('refuses %s, saying what was expected', (_, text, message) => {
    const line = parseGuidanceLine(text);
    expect(line).toHaveProperty('expected');
    expect((line as { expected: string }).expected).toMatch(message);
  });
});

describe('guidance in a guide', () => {
  const good = [
    '- Done when: one',
    '- 完成标准：二',
    '- First step: go',
    `- 依据：[办法](${URL_CN1})；网信办；2023-08-15 起施行`,
  ];

  it('attaches nested lines to the item above, skipping HTML comments, and keeps the templates as they were', () => {
    const guide = parseGuide(`<!--\n  - Done when: not read\n-->\n${guideWith(good)}`, 'test.md');
    expect(guide.sections[0]?.items).toEqual([{ title: 'Item', detail: 'detail' }]);
    const first = guide.guidance.sections[0]?.[0];
    expect(first).toMatchObject({ line: FIRST_NESTED - 1 + 3, criteria: ['one', '二'], steps: ['go'] });
    expect(first?.sources).toHaveLength(1);
    const guidance = toGuidance(guide.guidance, titles(guide), 'test.md');
    expect(guidance.asOf).toBe('2026-07-27');
    expect(guidance.areas.challenges[0]?.criteria).toEqual([
      { id: 'challenges/0/c1', text: 'one' },
      { id: 'challenges/0/c2', text: '二' },
    ]);
  });

  it('accepts the Chinese "as of" label', () => {
    expect(parseGuide(guideWith(good, '**截至：** 2026-07-27')).guidance.asOf).toBe('2026-07-27');
  });

  it.each([
    ['a malformed line', ['- Done when: a', '- Remark: b'], FIRST_NESTED + 1, /expected "Done when: …".*found "Remark: b"/],
    [
      'a criterion after a step',
      ['- Done when: a', '- First step: s', '- Done when: b'],
      FIRST_NESTED + 2,
      /expected "Done when" \/ "完成标准" lines before "First step"/,
    ],
    [
      'a step after a source',
      ['- Done when: a', '- Done when: b', `- Source: [X](${URL_CN1}); Y; in force 2023-08-15`, '- First step: s'],
      FIRST_NESTED + 3,
      /lines before "Source" \/ "依据" lines/,
    ],
    [
      'one criterion',
      ['- Done when: a', '- First step: s'],
      FIRST_NESTED - 1,
      /item "Item" has 1 "Done when" \/ "完成标准" lines; expected 2 to 4/,
    ],
    [
      'five criteria',
      [...'abcde'].map((c) => `- Done when: ${c}`).concat('- First step: s'),
      FIRST_NESTED - 1,
      /has 5 "Done when".*expected 2 to 4/,
    ],
    [
      'no first step',
      ['- Done when: a', '- Done when: b'],
      FIRST_NESTED - 1,
      /has 0 "First step" \/ "第一步" lines; expected 1 to 3/,
    ],
    [
      'four first steps',
      ['- Done when: a', '- Done when: b', ...'wxyz'].map((l) => (l.length === 1 ? `- First step: ${l}` : l)),
      FIRST_NESTED - 1,
      /has 4 "First step".*expected 1 to 3/,
    ],
  ])('stops at %s, naming the file and line', (_, nested, line, message) => {
    const error = errorOf(() => parseGuide(guideWith(nested), 'test.md'));
    expect(error.message).toMatch(new RegExp(`^test\\.md:${line}: `));
    expect(error.message).toMatch(message);
  });

  it('refuses a nested bullet before the section has an item', () => {
    const text = '### T\n\n#### 1. S\n\n**Question:** Q?\n\n  - Done when: a\n- **Item:** d\n\nEnd.\n';
    expect(() => parseGuide(text, 'test.md')).toThrow(/^test\.md:7: an indented bullet that follows no item/);
  });

  it.each([
    [
      'a malformed date',
      '**As of:** 27 July 2026',
      /test\.md:3: expected a day as YYYY-MM-DD after "As of", found "27 July 2026"/,
    ],
    ['a month only', '**As of:** 2026-07', /test\.md:3: expected a day as YYYY-MM-DD/],
    ['a second "as of"', '**As of:** 2026-07-27\n**截至：** 2026-07-27', /test\.md:4: a second "As of" \/ "截至" line/],
  ])('refuses %s for "as of"', (_, asOf, message) => {
    expect(() => parseGuide(guideWith(good, asOf), 'test.md')).toThrow(message);
  });

  it('refuses an HTML comment that is never closed', () => {
    expect(() => parseGuide(`${guideWith(good)}\n<!-- forgotten\n`, 'test.md')).toThrow(/"<!--" is never closed/);
  });

  it('requires guidance for every built-in item and an "as of" date', () => {
    const withoutAsOf = parseGuide(guideWith(good, ''), 'test.md');
    expect(() => toGuidance(withoutAsOf.guidance, titles(withoutAsOf), 'test.md')).toThrow(
      /^test\.md:1: no "\*\*As of:\*\* YYYY-MM-DD"/,
    );
    const bare = parseGuide(guideWith([]), 'test.md');
    expect(() => toGuidance(bare.guidance, titles(bare), 'test.md')).toThrow(
      /^test\.md:9: item "Item" has no guidance; expected nested "Done when"/,
    );
  });
});

describe('the shape check between languages', () => {
  const source = (url: string, date: string, kind = 'in force') => `- Source: [N](${url}); I; ${kind} ${date}`;
  const base = ['- Done when: a', '- Done when: b', '- First step: s', source(URL_CN1, '2023-08-15')];
  const parsed = (nested: string[], asOf?: string): ParsedGuidance => parseGuide(guideWith(nested, asOf)).guidance;

  it('passes when only the words differ', () => {
    const zh = parsed([
      '- 完成标准：甲',
      '- 完成标准：乙',
      '- 第一步：丙',
      `- 依据：[名](${URL_CN1})；机关；2023-08-15 起施行；第七条`,
    ]);
    expect(() => assertSameGuidance(zh, parsed(base), 'en.md')).not.toThrow();
  });

  it.each([
    [
      'a criterion more',
      ['- Done when: c', ...base],
      /en\.md:9: item 1 of section 1 has 3 "Done when" \/ "完成标准" lines but the other language has 2/,
    ],
    [
      'a step more',
      [...base.slice(0, 3), '- First step: t', base[3] as string],
      /has 2 "First step" \/ "第一步" lines but the other language has 1/,
    ],
    ['a source fewer', base.slice(0, 3), /has 0 "Source" \/ "依据" lines but the other language has 1/],
    [
      'another URL',
      [...base.slice(0, 3), source('https://example.org/other', '2023-08-15')],
      /en\.md:13: source 1 of item 1 of section 1 has url "https:\/\/example\.org\/other"/,
    ],
    [
      'another date',
      [...base.slice(0, 3), source(URL_CN1, '2023-08-16')],
      /has date "2023-08-16" but the other language has "2023-08-15"/,
    ],
    [
      'another kind of date',
      [...base.slice(0, 3), source(URL_CN1, '2023-08-15', 'applies from')],
      /has dateKind "applies" but the other language has "in-force"/,
    ],
  ])('fails on %s, naming the line', (_, nested, message) => {
    expect(() => assertSameGuidance(parsed(base), parsed(nested), 'en.md')).toThrow(message);
  });

  it('fails when the "as of" dates differ', () => {
    expect(() => assertSameGuidance(parsed(base), parsed(base, '**As of:** 2026-08-01'), 'en.md')).toThrow(
      /en\.md:1: guidance is as of 2026-08-01 but the other language's is as of 2026-07-27/,
    );
  });
});
