// The criteria, first steps and sources as a careless or hostile user meets them: blank text,
// downloads that fail, read-only copies.
import { expect, test } from './fixtures';

for (const [locale, words] of [
  [
    'en-US',
    {
      open: /criteria met · .*Core members/,
      box: 'New criterion for Core members',
      add: 'Add criterion',
      blank: 'Write the criterion before adding it.',
      none: /0 of 3 criteria met/,
    },
  ],
  [
    'zh-CN',
    {
      open: /已满足 .*核心成员/,
      box: '为“核心成员”添加的完成标准',
      add: '添加完成标准',
      blank: '请先填写完成标准再添加。',
      none: /已满足 0\/3 项完成标准/,
    },
  ],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`a blank or invisible criterion is refused with a message, and what was typed stays (${locale})`, async ({ page }) => {
      await page.goto('/areas/team');
      const disclosure = page.getByRole('button', { name: words.open });
      await disclosure.click();
      const box = page.getByRole('textbox', { name: words.box });
      for (const text of ['', '   ', '\u200B\u2060']) {
        await box.fill(text);
        await page.getByRole('button', { name: words.add }).click();
        await expect(page.getByRole('alert')).toHaveText(words.blank);
        await expect(box).toHaveAttribute('aria-invalid', 'true');
        await expect(box).toHaveValue(text);
        await expect(disclosure).toHaveAccessibleName(words.none);
      }
      // Typing clears the complaint.
      await box.fill('Offer letters signed');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
}

test('when the guidance cannot be downloaded, the disclosure and the calendar say so and Try again fetches it', async ({
  page,
}) => {
  let offline = true;
  await page.route(/\/assets\/guidance\.en-[^/]*\.js$/, (route) => (offline ? route.abort() : route.continue()));
  await page.goto('/areas/team');
  await page.getByRole('button', { name: /· .*Core members/ }).click();
  await expect(page.getByRole('alert')).toHaveText('The guidance could not be loaded. Try again when you are online.');
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: /0 of 3 criteria met · .*Core members/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'First steps' }).or(page.getByText('First steps'))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  offline = true;
  await page.goto('/calendar');
  await expect(page.getByRole('alert')).toHaveText('The guidance could not be loaded. Try again when you are online.');
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('time[datetime="2025-09-01"]')).toHaveCount(1);
});

test('a read-only link shows which criteria are met, and the criteria cannot be changed there', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/areas/team');
  await page.getByRole('button', { name: /criteria met · .*Core members/ }).click();
  await page.getByRole('group', { name: 'Done when' }).getByRole('checkbox').first().check();
  await page.getByRole('textbox', { name: 'New criterion for Core members' }).fill('Offer letters signed');
  await page.getByRole('button', { name: 'Add criterion' }).click();
  await page.getByRole('checkbox', { name: 'Offer letters signed' }).check();
  await page.goto('/');
  await page.getByRole('button', { name: 'Copy read-only link' }).click();
  await expect(page.getByRole('status')).toContainText('Read-only link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await reader.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Team' }).click();
  const criteria = reader.getByRole('group', { name: 'Done when' }).first();
  await expect(reader.getByRole('button', { name: /2 of 4 criteria met · .*Core members/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(criteria.getByRole('checkbox').first()).toBeChecked();
  await expect(criteria.getByRole('checkbox').first()).toBeDisabled();
  await expect(criteria.getByRole('checkbox', { name: 'Offer letters signed' })).toBeChecked();
  await expect(reader.getByRole('textbox', { name: 'New criterion for Core members' })).toBeDisabled();
  await expect(reader.getByText('Draw a role map showing who you have and where the gaps are.')).toBeVisible();
  await context.close();
});

test('a criterion of your own can be deleted, by keyboard too, and the toast’s Undo puts it back ticked', async ({ page }) => {
  await page.goto('/areas/team');
  await page.getByRole('button', { name: /criteria met · .*Core members/ }).click();
  const box = page.getByRole('textbox', { name: 'New criterion for Core members' });
  await box.fill('Typo critrion');
  await box.press('Enter');
  await box.fill('Offer letters signed');
  await box.press('Enter');
  await page.getByRole('checkbox', { name: 'Typo critrion' }).check();
  // The guide's own criteria have no delete button; only the user's do.
  await expect(page.getByRole('button', { name: /^Delete criterion/ })).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete criterion: Typo critrion' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Typo critrion' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Offer letters signed' })).toBeFocused();
  await expect(page.getByRole('button', { name: /0 of 4 criteria met · .*Core members/ })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('checkbox', { name: 'Typo critrion' })).toBeChecked();
  await expect(page.getByRole('button', { name: /1 of 5 criteria met · .*Core members/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete criterion: Offer letters signed' }).click();
  await page.reload();
  await page.getByRole('button', { name: /1 of 4 criteria met · .*Core members/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Offer letters signed' })).toHaveCount(0);
});
