import type { Page } from '@playwright/test';
import { AREAS, expect, test } from './fixtures';
import type { AreaPage } from './page-models/area-page';

async function openDashboardFromNav(page: Page) {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
}

/** Back on the Team area, all of it: its heading and its five items. */
async function expectTeamWhole(page: Page, areaPage: AreaPage) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[2].en);
  await expect(areaPage.list.getByRole('listitem')).toHaveCount(5);
  await expect(areaPage.item('Core members')).toBeVisible();
}

test('the dashboard lists the ten areas, each linking to its checklist', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'AI Large-Model Startups: How to Seize the Opportunities Ahead',
  );
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute('aria-valuenow', '0');
  const main = page.getByRole('main');
  for (const area of AREAS) {
    await expect(main.getByRole('link', { name: area.en })).toHaveAttribute('href', `/areas/${area.id}`);
    await expect(main.getByRole('progressbar', { name: area.en })).toHaveAttribute('aria-valuenow', '0');
  }
});

for (const [index, area] of AREAS.entries()) {
  test(`area ${index + 1} "${area.id}" loads its question and items`, async ({ page }) => {
    await page.goto(`/areas/${area.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.en);
    await expect(page.getByText('Guiding question')).toBeVisible();
    const count = index < 3 ? 5 : 4;
    await expect(page.getByRole('list', { name: /checklist/ }).getByRole('listitem')).toHaveCount(count);
    await expect(page.getByText(`0 of ${count} done`)).toBeVisible();
  });
}

test('the area navigation reaches every area and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('link', { name: 'Risk management' }).click();
  await expect(page).toHaveURL('/areas/risk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[4].en);
  await expect(nav.getByRole('link', { name: 'Risk management' })).toHaveAttribute('aria-current', 'page');
});

test('switching areas shows the new area alone, at once: nothing of the one left is read out or found', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeVisible();

  // What the page shows and exposes in the very frame the new area arrives, before anything settles.
  await page.evaluate(() => {
    const before = document.querySelector('h1');
    (window as unknown as { arrived: Promise<unknown> }).arrived = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1') === before) return;
        observer.disconnect();
        const lists = [...document.querySelectorAll('ol, [role="list"]')];
        resolve({
          shown: lists.filter((list) => list.checkVisibility()).length,
          exposed: lists.filter((list) => !list.closest('[aria-hidden="true"]')).length,
        });
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Risk management' }).click();
  const arrived = await page.evaluate(() => (window as unknown as { arrived: Promise<unknown> }).arrived);
  // The area navigation is a list too; besides it, only the new checklist.
  expect(arrived).toEqual({ shown: 2, exposed: 2 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[4].en);
  await expect(page.getByText('Core members')).toBeHidden();
  await expect(areaPage.list.getByRole('listitem')).toHaveCount(4);
  await expect(page).toHaveTitle(/^Risk management/);

  // Back to the area left: all its items are there, as before.
  await page.goBack();
  await expectTeamWhole(page, areaPage);
});

test('leaving an area for the dashboard shows the dashboard alone, and the area comes back whole', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeVisible();
  await openDashboardFromNav(page);
  // The area waits hidden until the browser is idle: nothing of it is shown, read out or focusable.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByText('Core members')).toBeHidden();
  await expect(page).toHaveTitle(/^Dashboard/);
  await expect(page.locator('article.area')).toHaveCount(0);

  await page.goBack();
  await expectTeamWhole(page, areaPage);
});

test('coming straight back to an area from the dashboard shows it whole, and the tab says so', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  // Once, so that the dashboard's code is here and the next visit to it is immediate.
  await openDashboardFromNav(page);
  await page.goBack();
  await expect(areaPage.item('Core members')).toBeChecked();
  // Back before the browser is idle: the area kept hidden a moment is shown again.
  await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>('a[href="/"]')?.click();
    setTimeout(() => history.back(), 0);
  });
  await expect(page).toHaveURL('/areas/team');
  await expectTeamWhole(page, areaPage);
  await expect(page).toHaveTitle(/^Team/);
  await expect(areaPage.item('Core members')).toBeChecked();
});

test('an area whose code cannot be downloaded says so inside the workbook, and Try again opens it', async ({ page }) => {
  await page.route(/\/assets\/areas\._areaId-/, (route) => route.abort('internetdisconnected'));
  await page.goto('/areas/team');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(alert).toContainText('Check the connection and try again.');
  await expect(page.getByRole('navigation', { name: 'Areas' })).toBeVisible();

  await page.unroute(/\/assets\/areas\._areaId-/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[2].en);
  await expect(page.getByRole('checkbox', { name: 'Core members' })).toBeVisible();
});

test('a screen that fails for a reason other than the connection does not blame the connection', async ({ page }) => {
  // The area's code arrives but fails as it runs, as a fault in it would.
  await page.route(/\/assets\/areas\._areaId-/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("a fault in the area screen");' }),
  );
  await page.goto('/areas/team');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert).not.toContainText('connection');
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page).toHaveURL('/');
});

test('an unknown area is not found, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/areas/blockchain');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/', '/areas/team', '/search?q=data', '/print', '/no-such-page']) {
    test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { scroll, width } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(width);
    });
  }
});
