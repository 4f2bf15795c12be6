// A guide of one's own, written like the built-in one, made into a plan: its sections are the areas,
// whatever their number. From New plan and from Import, in both languages; a broken file says which line.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIX_SECTIONS = `### Incubator application

#### 1. Team
**Question:** Who builds it?
- **Founders:** two full-time founders.
- **Advisers:** one industry adviser.

#### 2. Product
**Question:** What is it?
- **Demo:** a working demo.

#### 3. Market
**Question:** Who buys it?
- **ICP:** the first customer profile.

#### 4. Traction
**Question:** What proves it?
- **Pilots:** two paid pilots.

#### 5. Money
**Question:** How much?
- **Runway:** 18 months.

#### 6. Ask
**Question:** What do you need?
- **Intros:** three investor introductions.

Apply by March.
`;

async function chooseGuide(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('radio', { name: 'A guide of your own (Markdown file)' }).check();
  await dialog
    .getByLabel('Guide file')
    .setInputFiles({ name: 'incubator.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await dialog.getByRole('button', { name: 'Create' }).click();
  return dialog;
}

test('New plan from a guide of six sections: six areas to tick, kept after a reload beside the guide’s plan', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Main plan');
  await chooseGuide(page, 'Incubator', SIX_SECTIONS);
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Incubator');
  const areas = page.getByRole('navigation', { name: 'Areas' }).getByRole('link');
  await expect(areas).toHaveText(['Dashboard', '1Team', '2Product', '3Market', '4Traction', '5Money', '6Ask']);
  await expect(page.getByText('Apply by March.')).toBeVisible();

  await areas.filter({ hasText: 'Traction' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Traction' })).toBeVisible();
  await expect(page.getByText('What proves it?')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Pilots' }).check();
  await expect(page.getByText('1 of 1 done')).toBeVisible();
  await expect(page.getByRole('button', { name: /Reset/ })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Pilots' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: '0% · Main plan' });
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link')).toHaveCount(11);
  await page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: '14% · Incubator' });
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link')).toHaveCount(7);
});

test('a guide file with a section out of order is refused with its line; nothing is made, and what was typed stays', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await chooseGuide(page, 'Broken', SIX_SECTIONS.replace('#### 3. Market', '#### 4. Market'));
  await expect(dialog.getByRole('alert')).toContainText('Line 12 of the guide: expected section 3, found section 4');
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Broken');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(1);
});

test('Import under Backup takes a guide file too, and a plan from it opens in Chinese with its own names', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles({ name: 'incubator.md', mimeType: 'text/markdown', buffer: Buffer.from(SIX_SECTIONS) });
  await expect(page.getByRole('status')).toContainText('已根据指南 incubator.md 新建计划“Incubator application”，共 6 个领域');
  await expect(page.getByRole('navigation', { name: '领域' }).getByRole('link')).toHaveCount(7);
  await page.goto('/areas/s6');
  await expect(page.getByRole('heading', { level: 1, name: 'Ask' })).toBeVisible();
  await page.goto('/areas/s7');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Ask');
});

test('a plan from a guide of its own exported as Markdown reads back as a plan of the same areas', async ({ page }) => {
  await page.goto('/');
  await chooseGuide(page, 'Incubator', SIX_SECTIONS);
  await page.goto('/areas/s4');
  await page.getByRole('checkbox', { name: 'Pilots' }).check();
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  const text = await readFile((await file.path()) as string, 'utf8');
  expect(text).toContain('guide: "Incubator application"');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: file.suggestedFilename(), mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toContainText('Made a new plan');
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link')).toHaveText([
    'Dashboard',
    '1Team',
    '2Product',
    '3Market',
    '4Traction',
    '5Money',
    '6Ask',
  ]);
  await page.goto('/areas/s4');
  await expect(page.getByRole('checkbox', { name: 'Pilots' })).toBeChecked();
});
