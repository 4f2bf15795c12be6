import { expect, test } from './fixtures';

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese, with <html lang> to match', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
    await expect(page.getByRole('progressbar', { name: '总体进度' })).toBeVisible();
    await page.getByRole('link', { name: 'AI大模型创业的主要挑战' }).click();
    await expect(page.getByRole('checkbox', { name: '数据隐私问题' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '新事项' })).toBeVisible();
  });

  test('switching to English is remembered across visits', async ({ page }) => {
    await page.goto('/areas/team');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to build an AI large-model technical team');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(page.getByRole('checkbox', { name: 'Core members' })).toBeVisible();
  });

  test('a first visit downloads the Chinese words and guide only, preloaded beside the app; English comes when chosen', async ({
    page,
  }) => {
    const words: string[] = [];
    page.on('request', (request) => {
      const file = request.url().match(/\/assets\/((messages|template)\.(en|zh))-/)?.[1];
      if (file) words.push(file);
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
    await expect(page.locator('link[rel="modulepreload"][href*="/messages.zh-"]')).toHaveCount(1);
    await expect(page.locator('link[rel="modulepreload"][href*="/template.zh-"]')).toHaveCount(1);
    expect(words.toSorted()).toEqual(['messages.zh', 'template.zh']);

    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'AI Large-Model Startups: How to Seize the Opportunities Ahead',
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
    await expect(page.getByRole('navigation', { name: '领域' })).toBeVisible();
    expect(words.toSorted()).toEqual(['messages.en', 'messages.zh', 'template.en', 'template.zh']);

    await page.reload();
    await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI大模型创业：如何抓住未来机遇？');
  });

  for (const [part, what] of [
    ['messages', 'words'],
    ['template', 'guide'],
  ] as const) {
    test(`a switch keeps the old language until the new language's ${what} are here, never half of each`, async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(`**/assets/${part}.en-*.js`, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/areas/team');
      await expect(page.getByRole('checkbox', { name: '核心成员' })).toBeVisible();
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      // While the English words or guide are on their way, the screen is still wholly Chinese.
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
      await expect(page.getByRole('checkbox', { name: '核心成员' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: '领域' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      release();
      await expect(page.getByRole('checkbox', { name: 'Core members' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Areas' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });

    test(`a switch whose ${what} cannot be downloaded keeps the old language and says so`, async ({ page }) => {
      await page.route(`**/assets/${part}.en-*.js`, (route) => route.abort('internetdisconnected'));
      await page.goto('/areas/team');
      await expect(page.getByRole('checkbox', { name: '核心成员' })).toBeVisible();
      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await expect(page.getByText('无法加载这部分功能，请检查网络后重试。')).toBeVisible();
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
      await expect(page.getByRole('checkbox', { name: '核心成员' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });

    test(`when its ${what} cannot be downloaded, start-up says so in both languages`, async ({ page }) => {
      await page.route(`**/assets/${part}.*.js`, (route) => route.abort('internetdisconnected'));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: '无法加载此页面' })).toBeVisible();
      await expect(alert.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
    });
  }

  test('a refused blank title says so in Chinese', async ({ page }) => {
    await page.goto('/areas/team');
    await page.getByRole('textbox', { name: '新事项' }).press('Enter');
    await expect(page.getByRole('alert')).toHaveText('请先填写事项标题再添加。');
  });
});

test('unedited items follow the language; text the user typed never changes', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.editItem('Fund management', { title: 'Monthly burn review' });
  await areaPage.addItem('Apply for the Shenzhen AI subsidy');
  await areaPage.notes('Budget planning').fill('GPU: $40k / month');
  await areaPage.toggleItem('Cash flow');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('checkbox', { name: '预算规划' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '资金来源' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Monthly burn review' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Apply for the Shenzhen AI subsidy' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '资金流转' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: '预算规划 的备注' })).toHaveValue('GPU: $40k / month');
  // The edited item kept the guide's detail for the field the user did not touch, now in Chinese.
  await expect(page.getByText('优化资金管理，确保资金使用合理，避免浪费。')).toBeVisible();
});

test('an editor left untouched through a language switch saves no text of either language', async ({ page, areaPage }) => {
  await areaPage.open('marketing');
  await page.getByRole('button', { name: 'Edit Brand building', exact: true }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('textbox', { name: '说明' }).fill('我们自己的说明');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('checkbox', { name: '品牌建设', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(areaPage.item('Brand building')).toBeVisible();
  await expect(areaPage.item('Brand building')).toHaveAccessibleDescription('我们自己的说明');
});
