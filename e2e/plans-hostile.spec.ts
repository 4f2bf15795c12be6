// A careless or hostile user's guide files and what they make of the plan.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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
