import AxeBuilder from '@axe-core/playwright';
import { AREAS, expect, test } from './fixtures';

const ROUTES = ['/', ...AREAS.map((area) => `/areas/${area.id}`), '/print', '/no-such-page', '/areas/no-such-area'];

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    for (const route of ROUTES) {
      test(`axe finds no violations on ${route}`, async ({ page }) => {
        // The printed plan carries every item's criteria and its areas' references: some 1,200
        // elements, which axe took 15 to 32 s over here while other test runs shared the machine.
        if (route === '/print') test.slow();
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('axe finds no violations with an item being edited, a toast and the reset dialog open', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.deleteItem('Core members');
  await page.getByRole('button', { name: 'Edit Technical capability' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted');
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: 'Reset area' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a skip link leads the keyboard past the navigation to the content', async ({ page }) => {
  await page.goto('/areas/legal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The first stop in the content is the area's filter, before the checklist.
  await expect(page.getByRole('group', { name: 'Filter this area' }).getByRole('combobox', { name: 'Status' })).toBeFocused();
});

test.describe('a screen reader hears which screen a link opened', () => {
  // What a polite live region says: its text, read out when it changes.
  const announced = (page: import('@playwright/test').Page) => page.locator('[aria-live="polite"][aria-atomic="true"]');

  test('each new screen, by its name, and nothing for the page load, a filter or a language switch', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(announced(page)).toHaveCount(1);
    await expect(announced(page)).toHaveText('');

    const areas = page.getByRole('navigation', { name: 'Areas' });
    await areas.getByRole('link', { name: 'Team' }).click();
    await expect(announced(page)).toHaveText('Team · AI Startup Workbook');
    await page.getByRole('group', { name: 'Filter this area' }).getByRole('checkbox', { name: 'Overdue only' }).check();
    await areas.getByRole('link', { name: 'Dashboard' }).click();
    await expect(announced(page)).toHaveText('Dashboard · AI Startup Workbook');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('team');
    await expect(announced(page)).toHaveText('Team · AI Startup Workbook');
    // The filter's address change and the language's new tab title are not a new screen.
    await page.getByRole('group', { name: 'Filter this area' }).getByRole('checkbox', { name: 'Overdue only' }).uncheck();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect(page).toHaveTitle('技术团队 · AI 创业工作簿');
    // An announcement comes a moment after the title it reads; give one the time to come.
    await page.waitForTimeout(300);
    await expect(announced(page)).toHaveText('Team · AI Startup Workbook');
    await page.getByRole('navigation', { name: '领域' }).getByRole('link', { name: '资金规划' }).click();
    await expect(announced(page)).toHaveText('资金规划 · AI 创业工作簿');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('a screen whose code is still downloading is announced by its own name once it is shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(announced(page)).toHaveCount(1);
    // A slow connection: the search screen's code arrives half a second after the address changed.
    let delayed = 0;
    await page.route('**/assets/search-*.js', async (route) => {
      delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.getByRole('searchbox', { name: 'Search the plan' }).fill('market');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    expect(delayed).toBe(1);
    await expect(announced(page)).toHaveText('Search · AI Startup Workbook');
  });
});
