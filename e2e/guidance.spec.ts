import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readPdf } from './pdf';

test.describe("an item's criteria, first steps and sources", () => {
  test('opens by keyboard, a ticked criterion stays ticked after a reload, and the item stays open', async ({
    page,
    areaPage,
  }) => {
    await areaPage.open('team');
    const item = areaPage.item('Core members');
    await item.focus();
    // → walks the item's controls: its four chips (status, owner, due date, priority), then its criteria.
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    const disclosure = page.getByRole('button', { name: /0 of 3 criteria met · .*Core members/ });
    await expect(disclosure).toBeFocused();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    const criteria = page.getByRole('group', { name: 'Done when' });
    await page.keyboard.press('Tab');
    const first = criteria.getByRole('checkbox').first();
    await expect(first).toBeFocused();
    // x is the row's tick key; on a criterion it must not tick the item.
    await page.keyboard.press('x');
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(item).not.toBeChecked();

    await page.reload();
    await expect(page.getByRole('button', { name: /1 of 3 criteria met · .*Core members/ })).toBeVisible();
    await expect(item).not.toBeChecked();
  });

  test('suggests marking the item done once every criterion is met, and shows sources with their date', async ({
    page,
    areaPage,
  }) => {
    await areaPage.open('legal');
    await page.getByRole('button', { name: /criteria met · .*Data compliance/ }).click();
    const criteria = page.getByRole('group', { name: 'Done when' });
    for (const box of await criteria.getByRole('checkbox').all()) await box.check();
    await expect(page.getByText('All criteria met — mark as done?')).toBeVisible();
    await expect(areaPage.item('Data compliance')).not.toBeChecked();
    await expect(page.getByRole('link', { name: /Measures for Labelling AI-Generated and Synthetic Content/ })).toHaveAttribute(
      'href',
      /cac\.gov\.cn/,
    );
    await expect(page.getByText(/Sources as of/)).toBeVisible();
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(areaPage.item('Data compliance')).toBeChecked();
  });

  test('axe finds no violations with an item’s criteria open', async ({ page, areaPage }) => {
    await areaPage.open('legal');
    await page.getByRole('button', { name: /criteria met · .*Data compliance/ }).click();
    await expect(page.getByText(/Sources as of/)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('an item of your own gets criteria of its own', async ({ page, areaPage }) => {
    await areaPage.open('team');
    await areaPage.addItem('Hire a CTO');
    await page.getByRole('button', { name: /No criteria yet · .*Hire a CTO/ }).click();
    await page.getByRole('textbox', { name: 'New criterion for Hire a CTO' }).fill('Two references called');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByRole('checkbox', { name: 'Two references called' }).check();
    await expect(page.getByRole('button', { name: /1 of 1 criteria met · .*Hire a CTO/ })).toBeVisible();
  });
});

test('search finds an item by the name of a source its guidance cites', async ({ page }) => {
  await page.goto('/search?q=Measures%20for%20Labelling%20AI-Generated');
  await expect(page.getByText(/^2 items match .*Measures for Labelling AI-Generated/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Data compliance' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Localization strategy' })).toBeVisible();
});

test('the printed plan carries criteria, met or not, and sources as references with their URLs; the option leaves them out', async ({
  page,
  areaPage,
}, testInfo) => {
  await areaPage.open('legal');
  await page.getByRole('button', { name: /criteria met · .*Data compliance/ }).click();
  await page.getByRole('checkbox', { name: /^Outputs carry both visible labels/ }).check();
  await page.getByRole('link', { name: 'Print' }).click();
  const option = page.getByRole('checkbox', { name: 'Include criteria and sources' });
  await expect(option).toBeChecked();
  await expect(page.getByText(/Outputs carry both visible labels/)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }), testInfo.outputPath('with-guidance.pdf'));
  expect(pdf.text).toMatch(/☑ Outputs carry both visible labels and metadata labels/);
  expect(pdf.text).toMatch(/☐ The China route is decided/);
  expect(pdf.text).toContain('References');
  expect(pdf.text).toMatch(/\[\d+\] Measures for Labelling AI-Generated and Synthetic Content/);
  // A URL may wrap on paper; a reader still finds it whole.
  expect(pdf.compact).toContain('https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm');

  await page.emulateMedia({ media: 'screen' });
  await option.uncheck();
  await expect(page).toHaveURL('/print?guidance=false');
  await page.emulateMedia({ media: 'print' });
  const without = readPdf(await page.pdf({ preferCSSPageSize: true }), testInfo.outputPath('without-guidance.pdf'));
  expect(without.text).toContain('Data compliance');
  expect(without.text).not.toContain('Outputs carry both visible labels');
  expect(without.compact).not.toContain('cac.gov.cn');
});

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`the regulatory calendar lists a dated obligation, links to its item and is axe-clean (${locale})`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: locale === 'en-US' ? 'Regulatory calendar' : '监管日历' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en-US' ? 'Regulatory calendar' : '监管日历');
      const labelling = page.getByRole('listitem').filter({ has: page.locator('time[datetime="2025-09-01"]') });
      await expect(labelling).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (locale === 'en-US') {
        await expect(labelling).toContainText('In force');
        await labelling.getByRole('link', { name: 'Data compliance' }).click();
        await expect(page).toHaveURL(/\/areas\/legal\?item=/);
        await expect(page.getByRole('checkbox', { name: 'Data compliance', exact: true })).toBeFocused();
      }
    });
  });
}
