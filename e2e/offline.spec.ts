// Offline, installing and updates: the service worker (blocked in the other specs) is allowed here.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, expect, test } from './fixtures';
import { serveBuild } from './static-server';

test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker is active, which is once it has stored every file of the build. */
async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('after one visit, the dashboard, an area, print and search open with the network off, with the saved plan', async ({
  page,
  context,
  areaPage,
}) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await areaPage.notes('Core members').fill('Hire a second researcher');
  await offlineReady(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[2].en);
  await expect(areaPage.item('Core members')).toBeChecked();
  await expect(areaPage.notes('Core members')).toHaveValue('Hire a second researcher');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI Large-Model Startups: How to Seize the Opportunities Ahead',
  );
  await expect(page.getByRole('progressbar', { name: AREAS[2].en })).toHaveAttribute('aria-valuenow', '20');

  await page.goto('/print');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const team = page.getByRole('region', { name: AREAS[2].en });
  await expect(team.getByRole('listitem').filter({ hasText: 'Core members' })).toContainText('Done: Core members');
  await expect(team).toContainText('Hire a second researcher');

  await page.goto('/search?q=researcher');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Core members/ })).toBeVisible();
});

test('offline, the language not shown on the first visit is there to switch to, and back', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI Large-Model Startups: How to Seize the Opportunities Ahead',
  );
  await offlineReady(page);
  await context.setOffline(true);
  await page.reload();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
  await expect(page.getByRole('navigation', { name: '领域' })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI Large-Model Startups: How to Seize the Opportunities Ahead',
  );
});

test('the manifest names the app, opens it at / standalone, and its icons exist at their sizes', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestResponse = await request.get(href ?? '');
  expect(manifestResponse.ok()).toBe(true);
  const manifest = await manifestResponse.json();
  expect(manifest).toMatchObject({ name: 'AI Startup Workbook', start_url: '/', display: 'standalone', theme_color: '#1f4e79' });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);

  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe(icon.type);
    const png = await response.body();
    // A PNG's width and height are the two big-endian numbers after its header chunk's name.
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  const kinds = (manifest.icons as { sizes: string; purpose?: string }[]).map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
  expect(kinds).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
});

test.describe('the Storage section', () => {
  /** What the browser answers when asked to keep the site's storage, and whether it was asked. */
  async function stubStorage(page: Page, answer: boolean) {
    await page.addInitScript((answer) => {
      const state = { kept: false, asked: 0 };
      Object.assign(window, { storageRequest: state });
      navigator.storage.persisted = async () => state.kept;
      navigator.storage.persist = async () => {
        state.asked += 1;
        state.kept = answer;
        return answer;
      };
      navigator.storage.estimate = async () => ({ usage: 1_450_000, quota: 296_000_000_000 });
    }, answer);
  }
  const asked = (page: Page) =>
    page.evaluate(() => (window as unknown as { storageRequest: { asked: number } }).storageRequest.asked);
  const storage = (page: Page) => page.getByRole('region', { name: 'Storage' });

  for (const [answer, words] of [
    [true, 'Kept by this browser'],
    [false, 'This browser may clear your plan when space runs low: export a backup'],
  ] as const) {
    test(`asks to keep the plan after the first change, not on a first visit; ${answer ? 'kept' : 'refused'}`, async ({
      page,
    }) => {
      await stubStorage(page, answer);
      await page.goto('/');
      await expect(storage(page)).toContainText('This browser may clear your plan when space runs low: export a backup');
      await expect(storage(page)).toContainText('this site uses 1.5 MB of the 296 GB this browser allows it');
      // Registered only after the first screen, as the request would be: wait for it before asking whether it asked.
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean))).toBe(true);
      expect(await asked(page)).toBe(0);

      await page.getByRole('textbox', { name: 'Plan name' }).fill('Seed round plan');
      await expect.poll(() => asked(page)).toBe(1);
      await expect(storage(page)).toContainText(words);
      await expect(storage(page)).toContainText('Your plan has changes that were never exported: export a backup.');
      await expect(storage(page)).toContainText(/Your plan takes [\d.]+ kB of this browser’s storage\./);
    });
  }

  test('in Chinese, with the browser keeping the plan', async ({ page }) => {
    await stubStorage(page, true);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('textbox', { name: '计划名称' }).fill('种子轮计划');
    const section = page.getByRole('region', { name: '存储' });
    await expect(section).toContainText('此浏览器会保留你的计划');
    await expect(section).toContainText('你的计划有从未导出过的更改：请导出备份。');
    await expect(section).toContainText('本站共占用 1.5 MB，此浏览器允许的上限为 296 GB');
  });
});

test('the backup reminder comes back when the plan changes 15 days after its last export', async ({ page }) => {
  // A fixed time: the export and the later change are exactly 15 days apart, however long the steps take.
  const exportedAt = new Date('2026-03-02T10:00:00+08:00');
  await page.clock.setFixedTime(exportedAt);
  await page.goto('/');
  const storage = page.getByRole('region', { name: 'Storage' });
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Seed round plan');
  await expect(storage).toContainText('Your plan has changes that were never exported');
  await expect(exportButton).toHaveAccessibleDescription('Never exported');

  const download = page.waitForEvent('download');
  await exportButton.click();
  await download;
  await expect(storage).not.toContainText('export a backup.');
  await expect(exportButton).toHaveAccessibleDescription('');

  // Fifteen days on, nothing has changed since the export: nothing to remind of yet.
  await page.clock.setFixedTime(new Date(exportedAt.getTime() + 15 * 24 * 60 * 60 * 1000));
  const areas = page.getByRole('navigation', { name: 'Areas' });
  await areas.getByRole('link', { name: 'Team' }).click();
  await areas.getByRole('link', { name: 'Dashboard' }).click();
  await expect(storage).toBeVisible();
  await expect(storage).not.toContainText('export a backup.');

  await page.getByRole('textbox', { name: 'Company or founders' }).fill('Acme AI');
  await expect(storage).toContainText('Your plan has changed since its last export, 15 days ago: export a backup.');
  await expect(exportButton).toHaveAccessibleDescription('Last exported 15 days ago');
});

test.describe('an update', () => {
  // One worker builds version B once for both tests, which take turns with the ports.
  test.describe.configure({ mode: 'serial' });
  // Beside the preview's port, so two checkouts running their browser tests do not share a host.
  const PORT = (Number(process.env.E2E_PORT) || 4173) + 1;
  let folders: { a: string; b: string; parent: string };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const parent = await mkdtemp(join(tmpdir(), 'workbook-update-'));
    folders = { a: join(parent, 'a'), b: join(parent, 'b'), parent };
    // Build A is the build under test; build B is the same code with a visible change to its header.
    const repo = fileURLToPath(new URL('..', import.meta.url));
    await cp(join(repo, 'dist'), folders.a, { recursive: true });
    const script = `
      import { build } from 'vite';
      await build({
        logLevel: 'warn',
        build: { outDir: ${JSON.stringify(folders.b)}, emptyOutDir: true },
        plugins: [{
          name: 'version-b',
          enforce: 'pre',
          transform(code, id) {
            if (id.endsWith('/src/i18n/messages.en.ts')) return code.replace("appName: 'AI Startup Workbook'", "appName: 'AI Startup Workbook, version B'");
          },
        }],
      });`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, stdio: 'inherit' });
    expect(await readFile(join(folders.b, 'sw.js'), 'utf8')).not.toBe(await readFile(join(folders.a, 'sw.js'), 'utf8'));
  });

  test.afterAll(async () => {
    if (folders) await rm(folders.parent, { recursive: true, force: true });
  });

  test('waits for Reload without interrupting the typing, and Reload shows the new version with the notes kept', async ({
    context,
  }) => {
    // Two service worker installs and an axe scan: past the default limit on a busy machine.
    test.slow();
    const host = await serveBuild(PORT, folders.a);
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}/areas/team`);
      await offlineReady(page);
      // A second visit, as a person comes back: now the worker answers for the page.
      await page.reload();
      await expect(page.getByRole('link', { name: 'AI Startup Workbook', exact: true })).toBeVisible();
      const notes = page.getByRole('textbox', { name: 'Notes for Core members', exact: true });
      await notes.fill('Ask Li Wei about the GPU budget');
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      host.deploy(folders.b);
      // Another visit, in a new tab, is when the browser looks for the new version.
      const visitor = await context.newPage();
      await visitor.goto(`${host.url}/`);

      const update = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await expect(update).toBeVisible({ timeout: 15_000 });
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      await expect(notes).toHaveValue('Ask Li Wei about the GPU budget');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      await update.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByRole('link', { name: 'AI Startup Workbook, version B' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Notes for Core members', exact: true })).toHaveValue(
        'Ask Li Wei about the GPU budget',
      );
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
      // The other tab was not reloaded under its user: it still offers Reload.
      await expect(visitor.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeVisible();
      await expect(visitor.getByRole('link', { name: 'AI Startup Workbook', exact: true })).toBeVisible();
    } finally {
      await host.close();
    }
  });

  test('Reload keeps an item editor open with what was typed in it, and the new item not yet added', async ({ context }) => {
    const host = await serveBuild(PORT + 2, folders.a);
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}/areas/marketing`);
      await offlineReady(page);
      await page.reload();
      await page.getByRole('button', { name: 'Edit Brand building', exact: true }).click();
      await page.getByRole('textbox', { name: 'Detail' }).fill('Half a thought about the logo');
      await page.getByRole('textbox', { name: 'New item' }).fill('Hire a designer');

      host.deploy(folders.b);
      const visitor = await context.newPage();
      await visitor.goto(`${host.url}/`);
      const update = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await update.getByRole('button', { name: 'Reload' }).click({ timeout: 15_000 });

      await expect(page.getByRole('link', { name: 'AI Startup Workbook, version B' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Detail' })).toHaveValue('Half a thought about the logo');
      await expect(page.getByRole('textbox', { name: 'New item' })).toHaveValue('Hire a designer');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('textbox', { name: 'Detail' })).toHaveCount(0);
      await expect(page.getByText('Half a thought about the logo')).toBeVisible();
    } finally {
      await host.close();
    }
  });

  test("Reload in one tab leaves the other tab's open editor alone, and that tab's own Reload keeps its typing", async ({
    context,
  }) => {
    const host = await serveBuild(PORT + 3, folders.a);
    try {
      const old = await context.newPage();
      await old.goto(`${host.url}/areas/marketing`);
      await offlineReady(old);
      await old.reload();
      await old.getByRole('button', { name: 'Edit Brand building', exact: true }).click();
      await old.getByRole('textbox', { name: 'Detail' }).fill('Typed in the tab left behind');

      host.deploy(folders.b);
      const other = await context.newPage();
      await other.goto(`${host.url}/`);
      await other
        .getByRole('status')
        .filter({ hasText: 'A new version is ready' })
        .getByRole('button', { name: 'Reload' })
        .click({ timeout: 15_000 });
      await expect(other.getByRole('link', { name: 'AI Startup Workbook, version B' })).toBeVisible();

      // The tab left behind is not reloaded under its user; its own Reload keeps the editor's typing.
      await expect(old.getByRole('textbox', { name: 'Detail' })).toHaveValue('Typed in the tab left behind');
      await old.getByRole('status').filter({ hasText: 'A new version is ready' }).getByRole('button', { name: 'Reload' }).click();
      await expect(old.getByRole('link', { name: 'AI Startup Workbook, version B' })).toBeVisible();
      await expect(old.getByRole('textbox', { name: 'Detail' })).toHaveValue('Typed in the tab left behind');
    } finally {
      await host.close();
    }
  });

  test('a tab whose code files a deploy removed saves, reloads once into the new version, and keeps its changes', async ({
    browser,
  }) => {
    const host = await serveBuild(PORT + 1, folders.a);
    // No worker, as on a first visit: nothing keeps version A's files for this tab.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}/`);
      await page.getByRole('textbox', { name: 'Plan name' }).fill('Seed round plan');
      host.deploy(folders.b);
      // Import's code is fetched on use; version A's file is gone from the host now.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import' }).click();
      await (await chooser).setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
      await expect(page.getByRole('link', { name: 'AI Startup Workbook, version B' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Seed round plan');
    } finally {
      await context.close();
      await host.close();
    }
  });
});
