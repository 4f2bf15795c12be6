import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import type { Workbook } from './model';
import * as ops from './operations';
import { csvField, escapeMarkdown, ownerMark, type PlanTextSource, planToCsv, planToMarkdown } from './plan-text';
import { TEMPLATES } from './test-templates';
import { PLAN_TEXT_WORDS, testClock } from './testing';

const EN_WORDS = PLAN_TEXT_WORDS.en;
const ZH_WORDS = PLAN_TEXT_WORDS.zh;
const first = (workbook: Workbook, area: 'team' | 'funding') => itemsOf(workbook, area)[0] as string;

function tracked(): Workbook {
  let workbook = ops.createWorkbook(TEMPLATES.en, testClock());
  const team = first(workbook, 'team');
  const funding = first(workbook, 'funding');
  workbook = ops.trackItem(workbook, team, { status: 'done', owner: 'Li Wei', due: '2027-01-31', priority: 'high' });
  workbook = ops.trackItem(workbook, funding, { status: 'doing', owner: 'ana', priority: 'low' });
  workbook = ops.setNotes(workbook, funding, 'Runway: 18 months, "base case"\nGPU, training and inference apart');
  return workbook;
}

const source = (workbook: Workbook, locale: 'en' | 'zh' = 'en'): PlanTextSource => ({
  workbook,
  template: TEMPLATES[locale],
  name: 'Acme AI plan',
  day: '2026-12-05',
  words: locale === 'en' ? EN_WORDS : ZH_WORDS,
});

describe('Markdown', () => {
  it('opens with front matter: plan, date and overall progress', () => {
    const text = planToMarkdown(source(tracked()));
    expect(text.startsWith('---\nplan: "Acme AI plan"\ndate: 2026-12-05\nprogress: 2%\ndone: 1\ntotal: 43\n---\n')).toBe(true);
  });

  it('writes one task line per item with owner, due date, priority and status words, notes indented below', () => {
    const text = planToMarkdown(source(tracked()));
    const teamTitle = TEMPLATES.en.areas.team.items[0]?.title as string;
    const fundingTitle = TEMPLATES.en.areas.funding.items[0]?.title as string;
    expect(text).toContain(`- [x] ${escapeMarkdown(teamTitle)} @"Li Wei" 📅 2027-01-31 ⏫\n`);
    expect(text).toContain(`- [ ] ${escapeMarkdown(fundingTitle)} @ana 🔽 (In progress)\n`);
    expect(text).toContain('  Notes: Runway: 18 months, "base case"\n  GPU, training and inference apart\n');
    expect(text).toContain(`## 3. ${TEMPLATES.en.areas.team.title} (1/`);
    expect(text).toContain(TEMPLATES.en.areas.team.question);
    expect(text.match(/^- \[[ x]\] /gm)).toHaveLength(43);
  });

  it('is written in the language shown', () => {
    const text = planToMarkdown(source(tracked(), 'zh'));
    expect(text).toContain(TEMPLATES.zh.areas.team.title);
    expect(text).toContain('🔽 （进行中）\n');
    expect(text).toContain('  备注：Runway');
  });

  it('escapes what would change how a title reads', () => {
    expect(escapeMarkdown('Fix *all* [links] <b> #1 @me')).toBe('Fix \\*all\\* \\[links\\] \\<b\\> \\#1 \\@me');
    expect(ownerMark('Zhang Min')).toBe('@"Zhang Min"');
    expect(ownerMark('张敏')).toBe('@张敏');
    // An owner is text as typed, like a title: no link, emphasis or HTML of its own once rendered.
    expect(ownerMark('[click](https://evil.example)')).toBe('@"&#x5B;click&#x5D;(https://evil.example)"');
    expect(ownerMark('*Ana*')).toBe('@"&#x2A;Ana&#x2A;"');
    expect(ownerMark('<b>Li</b> Wei')).toBe('@"&#x3C;b&#x3E;Li&#x3C;/b&#x3E; Wei"');
  });
});

describe('CSV', () => {
  it('starts with a byte-order mark and a header row in the language shown, one row per item', () => {
    const text = planToCsv(source(tracked(), 'zh'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.slice(1).split('\r\n');
    expect(rows[0]).toBe(Object.values(ZH_WORDS.columns).join(','));
    expect(rows.filter(Boolean)).toHaveLength(44);
  });

  it('quotes commas, quotes and line breaks (RFC 4180), so notes survive', () => {
    const text = planToCsv(source(tracked()));
    expect(text).toContain(',In progress,ana,,Low,"Runway: 18 months, ""base case""\nGPU, training and inference apart",');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+2')).toBe("'-1+2");
    // A space after the minus is still a formula to a spreadsheet ("- 1+1" is 0), so it is no exception.
    expect(csvField('- 1+1')).toBe("'- 1+1");
    expect(csvField("- 2+cmd|' /C calc'!A0")).toBe("'- 2+cmd|' /C calc'!A0");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
