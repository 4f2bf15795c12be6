import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AreaPage } from './page-models/area-page';

const KEY = 'ai-startup-workbook';

const backups = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('ai-startup-workbook.unreadable'))
      .map((key) => localStorage.getItem(key)),
  );

/** Makes every write to storage throw, as a full quota does, while `window.failWrites` is true. */
/** Puts `raw` under the state key before the app's first start in this tab, and not after a reload. */
const seedSavedTextOnce = (page: import('@playwright/test').Page, raw: string) =>
  page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: KEY, value: raw },
  );

async function failWritesOnRequest(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const state = window as unknown as { failWrites?: boolean; refused?: string[] };
      if (state.failWrites) {
        state.refused = [...(state.refused ?? []), value];
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
}

const setFailWrites = (page: import('@playwright/test').Page, fail: boolean) =>
  page.evaluate((fail) => {
    (window as unknown as { failWrites: boolean }).failWrites = fail;
  }, fail);

for (const [kind, raw, message] of [
  ['text that is not JSON', '{"state": {"workbooks": [ oops', 'not valid JSON'],
  ['JSON of the wrong shape', JSON.stringify({ state: { workbooks: [{ id: 7 }] }, version: 2 }), 'not in the shape'],
] as const) {
  test(`corrupted storage (${kind}) boots with an alert and keeps the raw text`, async ({ page }) => {
    await seedSavedTextOnce(page, raw);
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved plan could not be read' });
    await expect(alert).toContainText(message);
    await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
    expect(await backups(page)).toEqual([raw]);

    // Work goes on; the copy stays untouched, and the alert comes back on the next visit.
    await page.goto('/areas/team');
    await page.getByRole('checkbox', { name: 'Core members' }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Core members' })).toBeChecked();
    expect(await backups(page)).toEqual([raw]);

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await download;
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await file.path()) as string, 'utf8')).toBe(raw);

    await alert.getByRole('button', { name: 'Discard it' }).click();
    await expect(alert).toHaveCount(0);
    expect(await backups(page)).toEqual([]);
  });
}

test('a failing setItem shows the alert, and nothing is lost once writes work again', async ({ page, areaPage }) => {
  await failWritesOnRequest(page);
  await areaPage.open('funding');
  await setFailWrites(page, true);
  await areaPage.toggleItem('Budget planning');
  await areaPage.notes('Cash flow').fill('Typed while storage was full');
  const alert = page.getByRole('alert').filter({ hasText: 'Your last changes are not saved' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Export' })).toBeVisible();
  await expect(areaPage.item('Budget planning')).toBeChecked();
  // Writes wait for an idle moment: let the one carrying the notes be refused too before storage recovers,
  // so the button is still there to press.
  await expect
    .poll(() =>
      page.evaluate(() =>
        ((window as unknown as { refused?: string[] }).refused ?? []).some((v) => v.includes('Typed while storage was full')),
      ),
    )
    .toBe(true);

  // Storage recovers and the button is pressed in one task, so the adapter's own retry every few
  // seconds cannot save first and take the button away.
  await alert.getByRole('button', { name: 'Try saving again' }).evaluate((button) => {
    (window as unknown as { failWrites?: boolean }).failWrites = false;
    (button as HTMLButtonElement).click();
  });
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(areaPage.item('Budget planning')).toBeChecked();
  await expect(areaPage.notes('Cash flow')).toHaveValue('Typed while storage was full');
});

test('once storage works again, changes that were not saved are saved by themselves and the alert goes', async ({
  page,
  areaPage,
}) => {
  await failWritesOnRequest(page);
  await areaPage.open('funding');
  await setFailWrites(page, true);
  await areaPage.notes('Cash flow').fill('Typed while storage was full');
  const alert = page.getByRole('alert').filter({ hasText: 'Your last changes are not saved' });
  await expect(alert).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        ((window as unknown as { refused?: string[] }).refused ?? []).some((v) => v.includes('Typed while storage was full')),
      ),
    )
    .toBe(true);

  // No further edit, no button, the page never hidden: the retry alone must save it.
  await setFailWrites(page, false);
  await expect(alert).toHaveCount(0, { timeout: 8000 });
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('Typed while storage was full');
});

test('changes typed just before leaving the page are saved', async ({ page, areaPage }) => {
  await areaPage.open('talent');
  await areaPage.notes('Career development').fill('Quarterly growth talks');
  await page.goto('/');
  await areaPage.open('talent');
  await expect(areaPage.notes('Career development')).toHaveValue('Quarterly growth talks');
});

test('storage switched off entirely: a change shows the not-saved alert, and its Export works', async ({ page, areaPage }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await areaPage.open('funding');
  await areaPage.toggleItem('Budget planning');
  const alert = page.getByRole('alert').filter({ hasText: 'Your last changes are not saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('storage is switched off');
  // Trying again cannot help where the browser keeps nothing, so the alert does not offer it.
  await expect(alert.getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
  await expect(areaPage.item('Budget planning')).toBeChecked();

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export' }).click();
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile((await (await download).path()) as string, 'utf8'));
  expect(JSON.stringify(exported)).toContain('"status":"done"');
});

/** A localStorage that holds `limit` characters (keys and values), past which setItem throws as a full quota does. */
async function quotaOfChars(page: import('@playwright/test').Page, limit: number) {
  await page.addInitScript((limit) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage) {
        let used = 0;
        for (let i = 0; i < this.length; i += 1) {
          const other = this.key(i) as string;
          if (other !== key) used += other.length + (this.getItem(other)?.length ?? 0);
        }
        if (used + key.length + value.length > limit)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, limit);
}

test('unreadable data too big to set aside: says changes are not saved, offers Export and the download, and discarding it saves again', async ({
  page,
  areaPage,
}) => {
  const raw = `{"state": ${'x'.repeat(150_000)}`;
  await seedSavedTextOnce(page, raw);
  await quotaOfChars(page, 250_000);
  await areaPage.open('team');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved plan could not be read' });
  await expect(alert).toContainText('your changes are not being saved');
  await areaPage.toggleItem('Core members');
  await expect(alert.getByRole('button', { name: 'Export' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await (await download).path()) as string, 'utf8')).toBe(raw);

  await alert.getByRole('button', { name: 'Discard it' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(areaPage.item('Core members')).toBeChecked();
});

test('a tab that hears of a save by a newer version stops saving, keeps its changes and says to reload', async ({ context }) => {
  const old = new AreaPage(await context.newPage());
  await old.open('team');
  await old.toggleItem('Core members');
  const saved = () => old.page.evaluate((key) => localStorage.getItem(key), KEY);
  await expect.poll(async () => (await saved())?.includes('"status":"done"')).toBe(true);

  // The newer version's tab, played by a page of this origin that does not run the app.
  const newer = await context.newPage();
  await newer.route('**/newer-version', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>newer</title>' }),
  );
  await newer.goto('/newer-version');
  const envelope = JSON.parse((await saved()) as string);
  const newerText = JSON.stringify({ ...envelope, version: envelope.version + 1 });
  await newer.evaluate(({ key, text }) => localStorage.setItem(key, text), { key: KEY, text: newerText });

  const alert = old.page.getByRole('alert').filter({
    hasText: 'This plan was opened in a newer version of the workbook: reload to continue',
  });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Export' })).toBeVisible();

  await old.notes('Core members').fill('Typed after the newer version saved');
  await old.toggleItem('Core members');
  await expect(old.item('Core members')).not.toBeChecked();
  await expect(old.notes('Core members')).toHaveValue('Typed after the newer version saved');
  // A save waits for a pause and an idle moment; closing the page saves at once: neither may write.
  await old.page.waitForTimeout(1500);
  await old.page.close({ runBeforeUnload: true });
  const stored = (await newer.evaluate((key) => localStorage.getItem(key), KEY)) as string;
  expect(JSON.parse(stored).version, 'the version of the save in storage').toBe(envelope.version + 1);
  expect(stored === newerText, 'the newer save is untouched').toBe(true);
});

test('a tab that starts on a save by a newer version leaves it in place, never writes, and keeps its changes for Export', async ({
  context,
}) => {
  // The plan as this version saves it, then saved again by a newer version from a page that does not run the app.
  const first = await context.newPage();
  await first.goto('/');
  const saved = () => first.evaluate((key) => localStorage.getItem(key), KEY);
  await expect.poll(saved).not.toBeNull();
  await first.route('**/newer-version', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>newer</title>' }),
  );
  await first.goto('/newer-version');
  const envelope = JSON.parse((await saved()) as string);
  const newerText = JSON.stringify({ ...envelope, version: envelope.version + 1 });
  await first.evaluate(({ key, text }) => localStorage.setItem(key, text), { key: KEY, text: newerText });

  const old = new AreaPage(await context.newPage());
  await old.open('team');
  const alert = old.page.getByRole('alert').filter({
    hasText: 'This plan was opened in a newer version of the workbook: reload to continue',
  });
  await expect(alert).toBeVisible();
  await old.notes('Core members').fill('Typed in the older tab');
  await old.page.waitForTimeout(1500);
  await old.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

  const stored = () => first.evaluate(() => ({ ...localStorage }));
  // Beside the plan, the shown language that the first page kept for index.html's preload (not part of the plan).
  const language = { [`${KEY}.language`]: 'en' };
  expect(await stored(), 'storage holds the newer save alone, untouched').toEqual({ [KEY]: newerText, ...language });

  const download = old.page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export' }).click();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await (await download).path()) as string, 'utf8')).toContain('Typed in the older tab');
  await old.page.close({ runBeforeUnload: true });
  // The newer save is untouched; beside it, in a key of its own, only when the plan was last exported.
  expect(await stored()).toEqual({ [KEY]: newerText, ...language, [`${KEY}.last-export`]: expect.stringMatching(/^\d+$/) });
});

test('storage full, then a new plan: the alert offers Export for the plan that was typed in, not only the new one shown', async ({
  page,
  areaPage,
}) => {
  await failWritesOnRequest(page);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Acme');
  await areaPage.open('funding');
  await setFailWrites(page, true);
  await areaPage.notes('Cash flow').fill('Typed while storage was full');
  const alert = page.getByRole('alert').filter({ hasText: 'Your last changes are not saved' });
  await expect(alert).toBeVisible();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Second');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Second');

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export “Acme”' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain('Typed while storage was full');
  await expect(alert.getByRole('button', { name: 'Export “Second”' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('alert').getByRole('button', { name: '导出“Acme”' })).toBeVisible();
});
