// Sharing a plan as people do: the sharer's dialog, and a teammate opening a link in a browser of their own.
import { type Browser, expect, type Page } from '@playwright/test';
import { AreaPage } from './area-page';

/** Shares the plan open in `page` as a person does, and returns its two links. */
export async function startSharing(page: Page, server: string, name: string) {
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
export async function teammate(browser: Browser, link: string, area: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('status').filter({ hasText: /Synced|View only/ })).toBeVisible();
  const areaPage = new AreaPage(page);
  await areaPage.open(area);
  return areaPage;
}
