// A Markdown export read back with Import: a new plan beside the others, with everything tracked kept; a
// file that is not such an export refused with the line at fault. In both languages.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.MD_SHOTS;

async function exportMarkdown(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) as string, 'utf8') };
}

async function importFile(page: Page, button: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
}

test('Export Markdown, then Import it: a new plan with the same owners, due dates, statuses, priorities and notes', async ({
  page,
  areaPage,
}) => {
  // A whole plan's tracking typed, exported, imported and checked: more steps than most tests.
  test.slow();
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Acme');
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await areaPage.trackItem('R&D experience', { status: 'In progress', owner: 'Li Wei', due: '2027-03-31', priority: 'High' });
  await areaPage
    .notes('R&D experience')
    .fill('Two shipped LLM products, "both" in production\n- [ ] not a task\n## not a heading');
  await areaPage.addItem('Hire a CTO (Not applicable)');
  await areaPage.trackItem('Hire a CTO (Not applicable)', { status: 'Not applicable', owner: '张敏' });
  await page.goto('/');
  const exported = await exportMarkdown(page, 'Export Markdown');

  await importFile(page, 'Import', exported.name, exported.text);
  await expect(page.getByRole('status')).toContainText(
    `Made a new plan, “Acme”, from ${exported.name}. Your other plans are unchanged.`,
  );
  const switcher = page.getByRole('combobox', { name: 'Plan' });
  await expect(switcher.getByRole('option')).toHaveText(['2% · Acme', '2% · Acme']);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/imported-en.png`, fullPage: true });

  // The new plan is the one shown; its area has what the exported one had.
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeChecked();
  await expect(areaPage.chip('Status: R&D experience')).toHaveText('In progress');
  await expect(areaPage.chip('Owner: R&D experience')).toHaveText('Li Wei');
  await expect(areaPage.chip('Due date: R&D experience')).toHaveText('Mar 31, 2027');
  await expect(areaPage.chip('Priority: R&D experience')).toHaveText('High');
  await expect(areaPage.notes('R&D experience')).toHaveValue(
    'Two shipped LLM products, "both" in production\n- [ ] not a task\n## not a heading',
  );
  await expect(areaPage.chip('Status: Hire a CTO (Not applicable)')).toHaveText('Not applicable');
  await expect(areaPage.chip('Owner: Hire a CTO (Not applicable)')).toHaveText('张敏');
  await areaPage.expectTitles([
    'Core members',
    'Technical capability',
    'R&D experience',
    'Capacity to innovate',
    'Communication and collaboration',
    'Hire a CTO (Not applicable)',
  ]);

  // Nothing was overwritten: the exported plan is still there as it was, and both survive a reload.
  await areaPage.toggleItem('Technical capability');
  await page.reload();
  await switcher.selectOption({ index: 0 });
  await expect(areaPage.item('Technical capability')).not.toBeChecked();
  await expect(areaPage.chip('Owner: R&D experience')).toHaveText('Li Wei');
});

test('a file that is not a Markdown export is refused with its line number, and nothing changes', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => localStorage.getItem('ai-startup-workbook'));
  await importFile(page, 'Import', 'notes.md', '---\nplan: "Side project"\n---\n\n## 11. Hiring plan\n- [ ] Find a CTO\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“notes.md” was not imported');
  await expect(alert).toContainText('Line 5: expected the heading of one of the plan’s ten areas, not “11. Hiring plan”.');
  await expect(alert).toContainText('Your current plan has not been changed.');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/refused-en.png`, fullPage: true });
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('ai-startup-workbook'))).toBe(before);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('导出 Markdown 再导入：新计划保留负责人、截止日期、状态和备注；坏文件给出行号', async ({ page }) => {
    test.slow();
    await page.goto('/areas/team');
    await page.getByRole('button', { name: /^负责人：研发经验，/ }).press('Enter');
    await page.getByLabel('负责人：研发经验', { exact: true }).fill('张敏');
    await page.getByLabel('负责人：研发经验', { exact: true }).press('Enter');
    await page.getByRole('button', { name: /^状态：研发经验，/ }).click();
    await page.getByRole('combobox', { name: '状态：研发经验', exact: true }).selectOption({ label: '进行中' });
    await page.getByRole('textbox', { name: '研发经验 的备注' }).fill('第一行\n“引号” *星号*');
    await page.goto('/');
    const exported = await exportMarkdown(page, '导出 Markdown');
    expect(exported.text).toContain('- [ ] 研发经验 @张敏 （进行中）\n');
    expect(exported.text).toContain('  备注：第一行\n');

    await importFile(page, '导入', exported.name, exported.text);
    await expect(page.getByRole('status')).toContainText(`已根据 ${exported.name} 新建计划`);
    await expect(page.getByRole('combobox', { name: '计划' }).getByRole('option')).toHaveCount(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/imported-zh.png`, fullPage: true });
    await page.goto('/areas/team');
    await expect(page.getByRole('button', { name: /^负责人：研发经验，/ })).toHaveText('张敏');
    await expect(page.getByRole('button', { name: /^状态：研发经验，/ })).toHaveText('进行中');
    await expect(page.getByRole('textbox', { name: '研发经验 的备注' })).toHaveValue('第一行\n“引号” *星号*');

    await page.goto('/');
    const broken = exported.text.replace('- [ ] 研发经验 @张敏', '- [ ] 研发经验 📅 2027-02-30');
    const line = broken.split('\n').findIndex((text) => text.includes('📅 2027-02-30')) + 1;
    await importFile(page, '导入', 'broken.md', broken);
    await expect(page.getByRole('alert')).toContainText(`第 ${line} 行：应为📅 后的真实日期，格式为 YYYY-MM-DD。`);
    await expect(page.getByRole('alert')).toContainText('当前计划没有任何改动。');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/refused-zh.png`, fullPage: true });
    await expect(page.getByRole('combobox', { name: '计划' }).getByRole('option')).toHaveCount(2);
  });
});
