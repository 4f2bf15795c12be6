// A plan shared with the team through the real sync server: links, live sync, offline, view only, refusals.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AreaPage } from './page-models/area-page';
import { startSharing, teammate } from './page-models/sharing';

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

test('offline: the server stops, A sets an owner and B notes on the same item, A reopens the link, the server returns: both everywhere, nothing twice', async ({
  page,
  browser,
  syncServer,
}) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('funding');
  const b = await teammate(browser, invite, 'funding');
  const countBefore = (await a.itemTitles()).length;

  await syncServer.stop();
  for (const person of [a, b])
    await expect(person.page.getByRole('status').filter({ hasText: 'Offline: changes are kept on this device' })).toBeVisible({
      timeout: 10_000,
    });
  await a.trackItem('Budget planning', { owner: 'Wei' });
  await b.notes('Budget planning').fill('Runway to March');

  // A closes its tab (the plan and its document are written as it goes) and opens the link again.
  const context = page.context();
  await page.close();
  const reopened = new AreaPage(await context.newPage());
  await reopened.page.goto(invite);
  await reopened.open('funding');
  await expect(reopened.chip('Owner: Budget planning')).toContainText('Wei');

  await syncServer.start();
  for (const person of [reopened, b]) {
    await expect(person.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({ timeout: 15_000 });
    await expect(person.chip('Owner: Budget planning')).toContainText('Wei', { timeout: 5000 });
    await expect(person.notes('Budget planning')).toHaveValue('Runway to March', { timeout: 5000 });
    expect((await person.itemTitles()).length).toBe(countBefore);
  }
  await b.page.context().close();
});

test('the view-only link: no control changes the plan, and an update forced from its page never reaches the others', async ({
  page,
  browser,
  syncServer,
}) => {
  const { viewOnly } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('legal');
  const viewer = await teammate(browser, viewOnly, 'legal');
  await expect(viewer.page.getByRole('status').filter({ hasText: 'View only' })).toBeVisible();

  const main = viewer.page.getByRole('main');
  for (const role of ['checkbox', 'textbox', 'button', 'combobox'] as const) {
    for (const control of await main.getByRole(role).all()) await expect(control).toBeDisabled();
  }
  // Editing the page by hand: the controls enabled again, an item ticked.
  await viewer.page.evaluate(() => {
    for (const fieldset of document.querySelectorAll('fieldset')) fieldset.disabled = false;
  });
  // The page takes the forced tick back (the server would drop it anyway: see sync-server.spec.ts).
  await viewer.item('Contract management').click();
  await expect(viewer.item('Contract management')).not.toBeChecked();

  // A change by the owner still reaches the viewer, so the connection works; the forced one never came.
  await a.toggleItem('Privacy protection');
  await expect(viewer.item('Privacy protection')).toBeChecked({ timeout: 2000 });
  await expect(a.item('Contract management')).not.toBeChecked();
  await a.page.reload();
  await expect(a.item('Contract management')).not.toBeChecked();
  await viewer.page.context().close();
});

test('Undo in A takes back only A’s change, never B’s', async ({ page, browser, syncServer }) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('risk');
  const b = await teammate(browser, invite, 'risk');
  const [first] = await a.itemTitles();
  if (!first) throw new Error('the area has no items');

  await a.toggleItem(first);
  await expect(b.item(first)).toBeChecked({ timeout: 2000 });
  await b.notes(first).fill('Checked with the lawyer');
  await expect(a.notes(first)).toHaveValue('Checked with the lawyer', { timeout: 2000 });

  await a.page.getByRole('button', { name: 'Undo last change' }).click();
  for (const person of [a, b]) {
    await expect(person.item(first)).not.toBeChecked({ timeout: 2000 });
    await expect(person.notes(first)).toHaveValue('Checked with the lawyer');
  }
  await b.page.context().close();
});

test('Undo of a field a teammate has changed since keeps their change, and says so', async ({ page, browser, syncServer }) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('team');
  const b = await teammate(browser, invite, 'team');
  const [first] = await a.itemTitles();
  if (!first) throw new Error('the area has no items');

  await a.trackItem(first, { owner: 'Ana' });
  await expect(b.chip(`Owner: ${first}`)).toContainText('Ana', { timeout: 2000 });
  await b.trackItem(first, { owner: 'Bo' });
  await expect(a.chip(`Owner: ${first}`)).toContainText('Bo', { timeout: 2000 });

  await a.page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'The last change was kept' })).toBeVisible();
  for (const person of [a, b]) await expect(person.chip(`Owner: ${first}`)).toContainText('Bo');
  await b.page.context().close();
});

test('each person sees who else is in the plan, by name and area; Stop sharing keeps a local copy and disconnects', async ({
  page,
  browser,
  syncServer,
}) => {
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  const a = new AreaPage(page);
  await a.open('marketing');
  const b = await teammate(browser, invite, 'legal');
  await b.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Dashboard' }).click();
  await b.page.getByRole('button', { name: 'Share with team' }).click();
  await b.page.getByRole('textbox', { name: 'Your name' }).fill('Bo');
  await b.page.getByRole('button', { name: 'Close' }).click();
  await b.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Legal' }).click();

  await expect(a.page.getByRole('banner')).toContainText('Bo (Legal)', { timeout: 5000 });
  await expect(b.page.getByRole('banner')).toContainText('Ana (Marketing)', { timeout: 5000 });

  await a.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Dashboard' }).click();
  await a.page.getByRole('button', { name: 'Share with team' }).click();
  await a.page.getByRole('button', { name: 'Stop sharing on this device' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Synced' })).toHaveCount(0);
  await expect(b.page.getByRole('banner')).not.toContainText('Ana', { timeout: 5000 });

  // The local copy keeps what was shared, and no longer follows the team.
  await a.open('legal');
  await b.toggleItem('Privacy protection');
  await a.toggleItem('Contract management');
  await a.page.reload();
  await expect(a.item('Contract management')).toBeChecked();
  await expect(a.item('Privacy protection')).not.toBeChecked();
  await expect(b.item('Contract management')).not.toBeChecked();
  await b.page.context().close();
});

test('a second tab of the sharing browser follows the plan through the server, and its changes reach the team', async ({
  page,
  browser,
  syncServer,
}) => {
  const second = new AreaPage(await page.context().newPage());
  await second.open('talent');
  const { invite } = await startSharing(page, syncServer.url, 'Ana');
  // The other tab learns that its plan is now shared, and connects too.
  await expect(second.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({ timeout: 5000 });
  const b = await teammate(browser, invite, 'talent');
  const [first] = await second.itemTitles();
  if (!first) throw new Error('the area has no items');
  await second.toggleItem(first);
  await expect(b.item(first)).toBeChecked({ timeout: 2000 });
  await b.notes(first).fill('Two offers out');
  await expect(second.notes(first)).toHaveValue('Two offers out', { timeout: 2000 });
  const a = new AreaPage(page);
  await a.open('talent');
  await expect(a.item(first)).toBeChecked();
  await expect(a.notes(first)).toHaveValue('Two offers out');
  expect(await a.itemTitles()).toEqual(await b.itemTitles());
  await b.page.context().close();
});
