// Several plans in one browser: make, switch, delete with Undo; each keeps its own items.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AreaPage } from './page-models/area-page';

async function newPlan(page: Page, name: string, start: 'The built-in guide' | 'A blank plan' | 'A copy of this plan') {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('radio', { name: start }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan' })).toHaveValue(/.+/);
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue(name);
}

test('a second plan keeps its own items; switching and reloading keeps both', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await page.goto('/');
  await newPlan(page, 'Second idea', 'The built-in guide');

  const switcher = page.getByRole('combobox', { name: 'Plan' });
  await expect(switcher.getByRole('option')).toHaveText([/^2% · /, '0% · Second idea']);
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).not.toBeChecked();
  await areaPage.toggleItem('R&D experience');

  await page.reload();
  await expect(areaPage.item('R&D experience')).toBeChecked();
  await expect(areaPage.item('Core members')).not.toBeChecked();
  const first = await switcher.getByRole('option').first().textContent();
  await switcher.selectOption({ label: first ?? '' });
  await expect(areaPage.item('Core members')).toBeChecked();
  await expect(areaPage.item('R&D experience')).not.toBeChecked();
  await page.reload();
  await expect(areaPage.item('Core members')).toBeChecked();
});

test('a blank plan and a copy; delete asks, then Undo brings the plan back', async ({ page, areaPage }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Acme');
  await newPlan(page, 'Clean sheet', 'A blank plan');
  await areaPage.open('legal');
  await expect(areaPage.list.getByRole('checkbox')).toHaveCount(0);
  await page.goto('/');
  await newPlan(page, 'Acme, again', 'A copy of this plan');
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(3);

  await page.getByRole('button', { name: 'Delete plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Acme, again”?' });
  await expect(new AxeBuilder({ page }).include('dialog').analyze()).resolves.toMatchObject({ violations: [] });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(2);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Acme, again');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(3);
});

test('deleting the only plan leaves a fresh one from the guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Only one');
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();

  // Undo leaves the plans as they were: the one plan, not it beside the fresh one that stood in for it.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveText(['0% · Only one']);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveText(['0% · Only one']);
});

test('a read-only link opens the plan in a fresh browser without saving anything, until Save a copy', async ({
  page,
  browser,
  areaPage,
}) => {
  // Two browser contexts and a reload: 28 to 32 s on a 2-core machine, against the 30 s default.
  test.slow();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await areaPage.open('funding');
  await areaPage.toggleItem('Budget planning');
  await areaPage.trackItem('Budget planning', { owner: '张敏', due: '2027-06-30' });
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Acme seed plan');
  await page.getByRole('button', { name: 'Copy read-only link' }).click();
  await expect(page.getByRole('status')).toContainText('Read-only link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#plan=1\./);
  expect(link.length).toBeLessThan(2000);

  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(reader.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await expect(reader.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Acme seed plan');
  await expect(reader.getByRole('textbox', { name: 'Plan name' })).toBeDisabled();
  expect(await reader.evaluate(() => localStorage.length)).toBe(0);
  expect(reader.url()).not.toContain('#plan=');

  const readerArea = new AreaPage(reader);
  await reader.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Funding' }).click();
  await expect(readerArea.item('Budget planning')).toBeChecked();
  await expect(readerArea.item('Budget planning')).toBeDisabled();
  await readerArea.item('Budget planning').focus();
  await reader.keyboard.press('x');
  await expect(readerArea.item('Budget planning')).toBeChecked();
  expect(await reader.evaluate(() => localStorage.length)).toBe(0);

  await reader.getByRole('button', { name: 'Save a copy to my plans' }).click();
  await expect(reader.getByRole('region', { name: 'Read-only copy' })).toHaveCount(0);
  await expect(readerArea.item('Budget planning')).toBeEnabled();
  await reader.reload();
  await expect(readerArea.item('Budget planning')).toBeChecked();
  await expect(reader.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveText(['2% · Acme seed plan']);
  await context.close();
});

test('a damaged read-only link says so, shows the page, and writes nothing', async ({ page }) => {
  await page.goto('/#plan=1.q1ZKVLKKNtDBgLG1');
  await expect(page.getByRole('alert')).toContainText('This link could not be opened');
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

// A plan named "Mine", as Copy read-only link writes it.
const MINE_LINK = '/#plan=1.q1ZKVLKKNtDBgLE6SnlKVkq-mXmpSrUA';

test('a read-only link pasted into a tab with changes offers no Undo, and Back to my plans finds the plan as it was', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('My own');
  await page.goto(MINE_LINK);
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Mine');

  await expect(page.getByRole('button', { name: 'Undo last change' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('heading', { name: 'Mine' }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('status')).toHaveText(/Nothing to undo/);

  await page.getByRole('button', { name: 'Back to my plans' }).click();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('My own');
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeChecked();
});

test('a plan deleted in another tab while shown here says so, and Undo here brings it back with what was typed', async ({
  context,
}) => {
  const first = new AreaPage(await context.newPage());
  await first.page.goto('/');
  await first.page.getByRole('textbox', { name: 'Plan name' }).fill('Keep');
  await newPlan(first.page, 'Doomed', 'The built-in guide');
  const second = new AreaPage(await context.newPage());
  await second.open('team');
  await second.page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: '0% · Doomed' });
  await second.notes('Core members').fill('Ask Ana about the hire');

  await first.page.getByRole('button', { name: 'Delete plan' }).click();
  await first.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();

  await expect(second.page.getByRole('status')).toContainText('The plan “Doomed” was deleted in another tab.', { timeout: 3000 });
  await expect(second.page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveText(['0% · Keep']);
  await second.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(second.notes('Core members')).toHaveValue('Ask Ana about the hire');
  await expect(first.page.getByRole('combobox', { name: 'Plan' }).getByRole('option')).toHaveText(['0% · Keep', '0% · Doomed'], {
    timeout: 3000,
  });
});

test('in Chinese, too, a plan deleted in another tab says so', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await first.getByRole('button', { name: '新建计划' }).click();
  await first.getByRole('dialog').getByRole('textbox').fill('第二个');
  await first.getByRole('dialog').getByRole('button', { name: '创建' }).click();
  await expect(first.getByRole('textbox', { name: '计划名称' })).toHaveValue('第二个');
  // A tab keeps the language it opened in: the second must open after the first has saved its switch.
  await expect.poll(() => first.evaluate(() => localStorage.getItem('ai-startup-workbook') ?? '')).toContain('第二个');
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('combobox', { name: '计划' }).selectOption({ label: '0% · 第二个' });
  await expect(second.getByRole('textbox', { name: '计划名称' })).toHaveValue('第二个');
  await first.getByRole('button', { name: '删除计划' }).click();
  await first.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(second.getByRole('status')).toContainText('计划“第二个”已在另一个标签页中删除。', { timeout: 3000 });
});

test('a plan name of 10,000 characters without a space wraps on a phone: no screen scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('L'.repeat(10_000));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('L'.repeat(10_000));
  expect(await wide()).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const box = await page.getByRole('dialog').getByRole('heading').boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.goto('/print');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('L'.repeat(10_000));
  expect(await wide()).toBeLessThanOrEqual(390);
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete plan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted');
  expect(await wide()).toBeLessThanOrEqual(390);
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeInViewport({ ratio: 1 });
});

test('Back after a read-only link pasted into the tab returns to my own plan, and Forward shows the copy again', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('My own');
  await page.goto(MINE_LINK);
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Mine');
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('My own');

  await page.goForward();
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Mine');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to my plans' }).click();
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('My own');
  await expect(page.getByRole('region', { name: 'Read-only copy' })).toHaveCount(0);
});

test('a fresh browser that opens a read-only link, switches to Chinese and closes keeps nothing', async ({ browser }) => {
  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(MINE_LINK);
  await expect(reader.getByRole('region', { name: 'Read-only copy' })).toBeVisible();
  await reader.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(reader.getByRole('region', { name: '只读副本' })).toBeVisible();
  await reader.close({ runBeforeUnload: true });
  // Read from outside the app: any address of it would open the app, which saves a first visit's plan.
  const { origins } = await context.storageState();
  expect(origins.flatMap((origin) => origin.localStorage)).toEqual([]);
  await context.close();
});
