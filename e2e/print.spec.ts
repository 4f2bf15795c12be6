import { AREAS, expect, test } from './fixtures';

test('the print view holds the whole plan: every area, item, tick and note', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.toggleItem('Budget planning');
  await areaPage.notes('Budget planning').fill('Seed: $1.5M\nRunway: 18 months');
  await areaPage.addItem('Open a bank account in Hong Kong');

  await page.getByRole('link', { name: 'Print' }).click();
  await expect(page).toHaveURL('/print');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('AI Large-Model Startups: How to Seize the Opportunities Ahead');
  await expect(main).toContainText('Overall progress: 1 of 44 done (2%)');
  for (const [index, area] of AREAS.entries()) {
    await expect(main.getByRole('heading', { level: 2, name: `${index + 1}. ${area.en}` })).toBeVisible();
  }
  await expect(main.getByRole('listitem')).toHaveCount(44);
  await expect(main.getByText('Done: Budget planning')).toBeAttached();
  await expect(main.getByText('Not done: Open a bank account in Hong Kong')).toBeAttached();
  await expect(main.getByText('Seed: $1.5M Runway: 18 months')).toBeVisible();
  expect(await main.getByText(/^Seed:/).evaluate((el) => (el as HTMLElement).innerText)).toBe('Seed: $1.5M\nRunway: 18 months');
});

test('on paper there is no navigation and no button', async ({ page }) => {
  await page.goto('/print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(10);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('printing from an area page prints the area without the navigation', async ({ page }) => {
  await page.goto('/areas/team');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
