// A careless or hostile user's guide files and what they make of the plan.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startSharing } from './page-models/sharing';

const LONG = 'Supercalifragilisticexpialidocious'.repeat(8);

const guide = (title: string, label: string) => `### ${title}

#### 1. ${title}
**Question:** ${title}?
- **${label}:** ${label}

#### 2. Short
**Question:** Why?
- **Go:** now.
`;

async function chooseGuide(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('radio', { name: 'A guide of your own (Markdown file)' }).check();
  await dialog.getByLabel('Guide file').setInputFiles({ name: 'g.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await dialog.getByRole('button', { name: 'Create' }).click();
}

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('a guide of very long unbroken titles does not make a phone scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await chooseGuide(page, 'Long', guide(LONG, LONG));
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Long');
  expect(await scrollsSideways(page)).toBe(false);
  await page.goto('/areas/s1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test('a backup of the built-in plan imported into a plan of another guide is added as a plan of its own, and the plans stay readable', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  await areaPage.addItem('Hire a CTO');
  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const backup = await readFile((await (await download).path()) as string, 'utf8');
  await chooseGuide(page, 'Own', guide('Team', 'Founders'));
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Own');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const dialog = page.getByRole('dialog', { name: 'Import this plan?' });
  await expect(dialog).toContainText('follows another guide than this plan: it is added as a plan of its own');
  await expect(dialog.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Replace' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add as a new plan' }).click();
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link')).toHaveCount(11);

  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(3);
  await areaPage.open('team');
  await expect(areaPage.item('Hire a CTO')).toBeVisible();
  await page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: '0% · Own' });
  await areaPage.open('s1');
  await expect(areaPage.item('Founders')).toBeVisible();
});

test('a shared plan is never replaced by a backup of another guide, which would be lost on the next start', async ({
  page,
  syncServer,
}) => {
  await page.goto('/');
  await chooseGuide(page, 'Own', guide('Team', 'Founders'));
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Own');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const backup = await readFile((await (await download).path()) as string, 'utf8');
  await page.getByRole('combobox', { name: 'Plan' }).selectOption({ index: 0 });
  await startSharing(page, syncServer.url, 'Ana');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  const dialog = page.getByRole('dialog', { name: 'Import this plan?' });
  await expect(dialog).toContainText('it is added as a plan of its own, and this one stays as it is');
  await expect(dialog.getByRole('button', { name: 'Replace' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link')).toHaveCount(11);
});
