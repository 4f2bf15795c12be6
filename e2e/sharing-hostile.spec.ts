// A shared plan against hostile or unlucky use: links opened in the wrong order, names built to mislead.
import { expect, test } from './fixtures';
import { AreaPage } from './page-models/area-page';
import { startSharing } from './page-models/sharing';

test('opening the view-only link where the plan is already edited keeps this browser an editor, with its invite link', async ({
  page,
  syncServer,
}) => {
  const { invite, viewOnly } = await startSharing(page, syncServer.url, 'Ana');
  // The person who shared it checks what teammates will see.
  await page.goto(viewOnly);
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'View only' })).toHaveCount(0);
  const area = new AreaPage(page);
  await area.open('legal');
  await area.toggleItem('Contract management');
  await expect(area.item('Contract management')).toBeChecked();

  await page.goto('/');
  await page.getByRole('button', { name: 'Share with team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with team' });
  await expect(dialog.getByRole('textbox', { name: 'Invite link' })).toHaveValue(invite);
});

test('a teammate’s name cannot disguise itself or stretch the header: hidden characters written out, a long one cut short', async ({
  page,
  browser,
  syncServer,
}) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/');
  // "Your name" is remembered from an earlier share; this one is long and turned around.
  await other.evaluate((name) => localStorage.setItem('ai-startup-workbook.sync-name', name), `\u202EnnA${'x'.repeat(2000)}`);
  await other.goto(invite);
  await expect(other.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  const here = page.getByText(/Here now/);
  await expect(here).toContainText('⟨U+202E⟩nnA');
  const box = await here.boundingBox();
  expect(box?.height ?? 0).toBeLessThan(100);
  await context.close();
});

test('an invite link whose fragment a chat app percent-encoded still opens the plan', async ({ page, browser, syncServer }) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const hashAt = invite.indexOf('#');
  const encoded = `${invite.slice(0, hashAt)}#${encodeURIComponent(invite.slice(hashAt + 1))}`;
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(encoded);
  await expect(other.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'View only' })).toHaveCount(0);
  await context.close();
});

test('a link cut short in its fragment says so instead of opening the local plan silently', async ({
  page,
  browser,
  syncServer,
}) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(invite.slice(0, invite.length - 5));
  await expect(other.getByRole('alert')).toContainText('This link is incomplete or damaged');
  await context.close();
});

test('a viewer who forces a tick from devtools does not keep it: the plan shows what the team has, also after a reload', async ({
  page,
  browser,
  syncServer,
}) => {
  const { viewOnly } = await startSharing(page, syncServer.url, 'Ana');
  const context = await browser.newContext();
  const viewer = new AreaPage(await context.newPage());
  await viewer.page.goto(viewOnly);
  await expect(viewer.page.getByRole('status').filter({ hasText: 'View only' })).toBeVisible();
  await viewer.open('legal');
  await viewer.page.evaluate(() => {
    for (const fieldset of document.querySelectorAll('fieldset')) fieldset.disabled = false;
  });
  await viewer.item('Contract management').click();
  await expect(viewer.item('Contract management')).not.toBeChecked();

  await viewer.page.reload();
  await expect(viewer.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
  await expect(viewer.item('Contract management')).not.toBeChecked();
  await context.close();
});
