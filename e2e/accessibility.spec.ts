import AxeBuilder from '@axe-core/playwright';
import { AREAS, expect, test } from './fixtures';

const ROUTES = ['/', ...AREAS.map((area) => `/areas/${area.id}`), '/print', '/no-such-page', '/areas/no-such-area'];

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    for (const route of ROUTES) {
      test(`axe finds no violations on ${route}`, async ({ page }) => {
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
