// A plan shared with the team through the real sync server: links, live sync, offline, view only, refusals.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AreaPage } from './page-models/area-page';

/** Shares the plan open in `page` as a person does, and returns its two links. */
async function startSharing(page: Page, server: string, name: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share with team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with team' });
  await dialog.getByRole('textbox', { name: 'Sync server' }).fill(server);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const invite = await dialog.getByRole('textbox', { name: 'Invite link' }).inputValue();
  const viewOnly = await dialog.getByRole('textbox', { name: 'View-only link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  return { invite, viewOnly };
}

/** A teammate: a browser of their own (a new context) opening a link. */
async function teammate(browser: Browser, link: string, area: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: /Synced|View only/ })).toBeVisible();
  const areaPage = new AreaPage(page);
  await areaPage.open(area);
  return areaPage;
}

test('Start sharing shows an invite link and a view-only link, each with Copy; the dialog is axe-clean', async ({
  page,
  syncServer,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share with team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with team' });
  await expect(dialog.getByRole('textbox', { name: 'Sync server' })).toBeFocused();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Sync server' }).fill('http://not-a-sync-server');
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  await expect(dialog.getByText('starting with ws:// or wss://')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Sync server' }).fill(syncServer.url);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  await dialog.getByRole('button', { name: 'Start sharing' }).click();

  const invite = dialog.getByRole('textbox', { name: 'Invite link' });
  const viewOnly = dialog.getByRole('textbox', { name: 'View-only link' });
  await expect(invite).toHaveAttribute('readonly', '');
  await expect(viewOnly).toHaveAttribute('readonly', '');
  // The key travels in the fragment only, which the static host never sees.
  expect(new URL(await invite.inputValue()).search).toBe('');
  expect(new URL(await invite.inputValue()).hash).toMatch(/^#share\?/);
  expect(await viewOnly.inputValue()).not.toBe(await invite.inputValue());
  await expect(dialog.getByRole('button', { name: 'Copy invite link' })).toHaveText('Copy');
  await expect(dialog.getByRole('button', { name: 'Copy view-only link' })).toHaveText('Copy');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  // The server is remembered for the next plan.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
});

test('two people on one plan: a tick and notes on another item, both end with both', async ({ page, browser, syncServer }) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('marketing');
  const b = await teammate(browser, invite, 'marketing');

  await Promise.all([a.toggleItem('Brand building'), b.notes('Product promotion').fill('Launch on Product Hunt in March')]);

  await expect(b.item('Brand building')).toBeChecked({ timeout: 2000 });
  await expect(a.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March', { timeout: 2000 });
  await expect(a.item('Brand building')).toBeChecked();
  await expect(b.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March');

  // Opening the link again just opens the plan: no second copy, nothing seeded twice.
  await b.page.goto(invite);
  await b.open('marketing');
  await expect(b.item('Brand building')).toHaveCount(1);
  await expect(b.item('Brand building')).toBeChecked();
  await b.page.context().close();
});

test('a malformed link says so and changes nothing in storage', async ({ page, syncServer }) => {
  await page.goto('/');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.goto(`/#share?server=${encodeURIComponent(syncServer.url)}&doc=tooshort&key=x`);
  await expect(page.getByRole('alert')).toContainText('This link is incomplete or damaged');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
});

test('a wrong secret is refused and opens nothing', async ({ page, browser, syncServer }) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const wrong = invite.replace(/key=[^&]+/, `key=${'A'.repeat(43)}`);
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/');
  const before = await other.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await other.goto(wrong);
  await expect(other.getByRole('alert')).toContainText('This link is not valid or has been revoked');
  expect(await other.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  await context.close();
});
