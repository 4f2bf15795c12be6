import type { Page } from '@playwright/test';
import { AreaPage } from './page-models/area-page';
import { readPdf } from './pdf';
import { AREAS, expect, test } from './fixtures';

const EN_ITEMS = {
  challenges: ['Data privacy', 'Compute requirements', 'Model explainability', 'Fairness and bias', 'Security and regulation'],
  funding: ['Budget planning', 'Sources of funding', 'Fund management', 'Cash flow'],
  execution: ['Clear goals', 'Planning', 'Teamwork', 'Monitoring and feedback'],
};

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'));
});

/** A plan with ticks, owners, due dates and notes of several lines, entered as a person would (English UI). */
async function fillPlan(page: Page) {
  const area = new AreaPage(page);
  await area.open('funding');
  await area.toggleItem('Budget planning');
  await area.notes('Budget planning').fill('Seed: $1.5M\nRunway: 18 months\nGPU: 8×H100 rented');
  await area.trackItem('Sources of funding', { owner: 'Li Wei', due: '2026-11-20', priority: 'High' });
  await area.trackItem('Cash flow', { owner: 'Ana', due: '2026-12-03', status: 'In progress' });
  await area.open('execution');
  await area.toggleItem('Clear goals');
  await area.addItem('Weekly metrics review with the board');
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Company or founders' }).fill('Acme AI · Li Wei & Ana Souza');
}

async function printPdf(page: Page, path: string, testInfo: { outputPath: (name: string) => string }) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  return readPdf(pdf, testInfo.outputPath(path));
}

test('the printed plan (A4) has a cover, a summary and every area and item, and nothing of the screen', async ({
  page,
}, testInfo) => {
  await fillPlan(page);
  await page.getByRole('link', { name: 'Print' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await printPdf(page, 'plan-a4.pdf', testInfo);

  expect(pdf.pageSize).toContain('A4');
  expect(pdf.pages).toBeGreaterThanOrEqual(12);
  expect(pdf.text).toContain('AI Large-Model Startups: How to Seize the Opportunities Ahead');
  expect(pdf.text).toContain('Prepared by Acme AI · Li Wei & Ana Souza');
  expect(pdf.text).toContain('Printed November 28, 2026');
  expect(pdf.text).toContain('Overall progress: 2 of 44 done');
  expect(pdf.text).toMatch(/Summary Area Done Open N\/A Overdue Progress/);
  expect(pdf.text).toContain(
    'Sources of funding — Funding · To do · Owner: Li Wei · due Nov 20, 2026 · Overdue · Priority: High',
  );
  expect(pdf.text).toContain('Cash flow — Funding · In progress · Owner: Ana · due Dec 3, 2026');
  for (const [index, area] of AREAS.entries()) expect(pdf.text).toContain(`${index + 1}. ${area.en}`);
  for (const title of [...EN_ITEMS.challenges, ...EN_ITEMS.funding, ...EN_ITEMS.execution]) expect(pdf.text).toContain(title);
  expect(pdf.text).toContain('Weekly metrics review with the board');
  expect(pdf.text).toContain('Notes Seed: $1.5M Runway: 18 months GPU: 8×H100 rented');
  expect(pdf.text).toMatch(/☑ Budget planning/);
  expect(pdf.text).toMatch(/☐ Sources of funding/);
  expect(pdf.text).toContain('Page 1 of');
  for (const screenOnly of [
    'Dashboard',
    'Skip to content',
    'Save as PDF',
    'Back to the workbook',
    'Include done items',
    'Undo',
    'Language',
  ]) {
    expect(pdf.text).not.toContain(screenOnly);
  }
});

test('print options in the address: Letter paper, done items and notes left out', async ({ page }, testInfo) => {
  await fillPlan(page);
  await page.goto('/print');
  await page.getByRole('checkbox', { name: 'Include done items' }).uncheck();
  await page.getByRole('checkbox', { name: 'Include notes' }).uncheck();
  await page.getByRole('combobox', { name: 'Paper size' }).selectOption('letter');
  await expect(page).toHaveURL('/print?done=false&notes=false&paper=letter');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Include done items' })).not.toBeChecked();
  const pdf = await printPdf(page, 'plan-letter.pdf', testInfo);

  expect(pdf.pageSize).toContain('letter');
  expect(pdf.pages).toBeGreaterThanOrEqual(12);
  expect(pdf.text).not.toMatch(/☑/);
  expect(pdf.text).not.toContain('Budget planning Draw up');
  expect(pdf.text).not.toContain('Clear goals Make sure');
  expect(pdf.text).toContain('1 done item left out.');
  expect(pdf.text).not.toContain('Runway: 18 months');
  expect(pdf.text).toContain('Sources of funding');
  // The summary still counts what the sections leave out.
  expect(pdf.text).toContain('Overall progress: 2 of 44 done');
});

test('the browser’s Print from an area page prints the whole plan, not the screen', async ({ page }, testInfo) => {
  const area = new AreaPage(page);
  await area.open('team');
  await area.toggleItem('Core members');
  await page.waitForFunction(() => document.readyState === 'complete');
  const pdf = await printPdf(page, 'from-area.pdf', testInfo);
  expect(pdf.pages).toBeGreaterThanOrEqual(12);
  for (const [index, areaInfo] of AREAS.entries()) expect(pdf.text).toContain(`${index + 1}. ${areaInfo.en}`);
  expect(pdf.text).toMatch(/☑ Core members/);
  for (const screenOnly of ['New item', 'Reset area', 'Filter this area', 'Move up']) expect(pdf.text).not.toContain(screenOnly);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  for (const paper of ['a4', 'letter'] as const) {
    test(`the printed plan (${paper}) is in Chinese, in a CJK font, with every area and item`, async ({ page }, testInfo) => {
      await page.goto('/areas/funding');
      await page.getByRole('checkbox', { name: '预算规划' }).check();
      await page.getByRole('textbox', { name: '预算规划 的备注' }).fill('种子轮：150 万美元\n跑道：18 个月');
      await page.getByRole('button', { name: '负责人：资金来源，无负责人' }).click();
      await page.getByRole('combobox', { name: '负责人：资金来源' }).fill('李伟');
      await page.getByRole('button', { name: '截止日期：资金来源，无截止日期' }).click();
      await page.getByLabel('截止日期：资金来源').fill('2026-11-20');
      await page.goto(paper === 'letter' ? '/print?paper=letter' : '/print');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
      const pdf = await printPdf(page, `plan-zh-${paper}.pdf`, testInfo);
      expect(pdf.pageSize).toContain(paper === 'letter' ? 'letter' : 'A4');
      expect(pdf.pages).toBeGreaterThanOrEqual(12);
      expect(pdf.compact).toContain('资金来源—资金规划·待办·负责人：李伟·2026年11月20日截止·已逾期');
      for (const screenOnly of ['总览', '跳到正文', '另存为PDF', '返回工作簿', '包含备注', '撤销', '简体中文'])
        expect(pdf.compact).not.toContain(screenOnly);
      for (const [index, area] of AREAS.entries()) expect(pdf.compact).toContain(`${index + 1}.${area.zh}`);
      for (const title of ['数据隐私问题', '预算规划', '资金来源', '目标明确', '监控反馈']) expect(pdf.compact).toContain(title);
      expect(pdf.compact).toContain('备注种子轮：150万美元跑道：18个月');
      expect(pdf.compact).toContain('第1页，共');
      expect(pdf.compact).toContain('☑预算规划');
      // The font stack names an installed CJK face before any generic fallback.
      await page.emulateMedia({ media: 'print' });
      const family = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family.indexOf('Noto Sans CJK SC')).toBeGreaterThanOrEqual(0);
      expect(family.indexOf('Noto Sans CJK SC')).toBeLessThan(family.indexOf('sans-serif'));
    });
  }
});
