// Keyboard first: the shortcut sheet, the command palette and the checklist's keys, used with the
// keyboard alone; what an input method's composition or the setting that turns single keys off leaves alone.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AREAS, expect, test } from './fixtures';

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement && element.labels?.[0] ? element.labels[0].textContent : element?.tagName;
  });

test('by keyboard alone: open an area from the palette, move, tick, edit, add, delete and undo, move an item; kept after a reload', async ({
  page,
  areaPage,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('team');
  await expect(palette.getByRole('option', { name: 'Team', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AREAS[2].en);

  const titles = await areaPage.itemTitles();
  const [first, second, third, fourth] = titles as [string, string, string, string];
  await expect(areaPage.item(first)).toBeFocused();

  // j twice: the third item; x ticks it.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(areaPage.item(third)).toBeFocused();
  await page.keyboard.press('x');
  await expect(areaPage.item(third)).toBeChecked();
  await page.keyboard.press('k');
  await expect(areaPage.item(second)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(areaPage.item(third)).toBeFocused();

  // e edits the title; Enter saves and the focus is back on the item.
  await page.keyboard.press('e');
  const titleField = page.getByRole('textbox', { name: 'Title' });
  await expect(titleField).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hiring plan');
  await page.keyboard.press('Enter');
  await expect(areaPage.item('Hiring plan')).toBeFocused();

  // n goes to New item; what is added lands at the end.
  await page.keyboard.press('n');
  await expect(areaPage.newItemBox).toBeFocused();
  await page.keyboard.type('Hire a designer');
  await page.keyboard.press('Enter');
  await expect(areaPage.item('Hire a designer')).toBeVisible();

  // Back into the list in one step: the item that had the focus, not the first row.
  await page.keyboard.press('Shift+Tab');
  await expect(areaPage.item('Hiring plan')).toBeFocused();

  // Delete, with the usual Undo; the focus goes to the next item.
  await page.keyboard.press('j');
  await expect(areaPage.item(fourth)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(areaPage.item(fourth)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`Deleted “${fourth}”`);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(areaPage.item(fourth)).toBeVisible();

  // Alt+↓ moves the item under the focus, which stays on it, and says where it went.
  await areaPage.item(first).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await areaPage.expectTitles([second, first, 'Hiring plan', ...titles.slice(3), 'Hire a designer']);
  await expect(areaPage.item(first)).toBeFocused();
  await expect(page.getByText(`Moved “${first}” to 2 of ${titles.length + 1}.`)).toBeAttached();

  await page.reload();
  await areaPage.expectTitles([second, first, 'Hiring plan', ...titles.slice(3), 'Hire a designer']);
  await expect(areaPage.item('Hiring plan')).toBeChecked();
  await expect(areaPage.item(first)).not.toBeChecked();
});

test('the checklist is one Tab stop: Tab leaves it in one step, arrows reach an item’s other controls', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const [first, second] = (await areaPage.itemTitles()) as [string, string];
  await page.getByRole('combobox', { name: 'Status', exact: true }).focus();
  // The filters, then the list (its first item), then out of it to New item.
  await page.getByRole('group', { name: 'Filter this area' }).getByRole('checkbox').last().focus();
  await page.keyboard.press('Tab');
  await expect(areaPage.item(first)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(areaPage.newItemBox).toBeFocused();

  // → goes on into the item's controls, which Tab then goes through as before.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(areaPage.item(second)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(areaPage.chip(`Status: ${second}`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(areaPage.chip(`Owner: ${second}`)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(areaPage.chip(`Status: ${second}`)).toBeFocused();
  // Keys typed in a text field are text: j in the notes stays there.
  await page.getByRole('textbox', { name: `Notes for ${second}` }).focus();
  await page.keyboard.type('jkx');
  await expect(page.getByRole('textbox', { name: `Notes for ${second}` })).toHaveValue('jkx');
  await expect(areaPage.item(second)).not.toBeChecked();
});

test('the shortcut sheet opens on ?, lists the keys in the language shown, and Escape closes it and returns the focus', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  await areaPage.item(first).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Alt\+↓ Move the item up or down/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(areaPage.item(first)).toBeFocused();

  // The header's button opens it with the pointer; in Chinese, in Chinese.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.getByRole('button', { name: '快捷键' }).click();
  await expect(page.getByRole('dialog', { name: '键盘快捷键' }).getByRole('row', { name: /上移或下移事项/ })).toBeVisible();
});

test('keys typed while an input method is composing are no shortcut', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first, second] = (await areaPage.itemTitles()) as [string, string];
  const box = areaPage.item(first);
  await box.focus();
  await box.dispatchEvent('compositionstart', { data: '' });
  for (const key of ['j', 'x', 'Delete', '?'])
    await box.dispatchEvent('keydown', { key, code: `Key${key.toUpperCase()}`, isComposing: true, keyCode: 229 });
  await box.dispatchEvent('compositionend', { data: '' });
  await expect(box).toBeFocused();
  await expect(box).not.toBeChecked();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(areaPage.item(first)).toHaveCount(1);
  // The same key, not composing, is the shortcut.
  await box.dispatchEvent('keydown', { key: 'j', code: 'KeyJ' });
  await expect(areaPage.item(second)).toBeFocused();
});

test('with single-key shortcuts turned off, j types and moves nothing, and the setting is remembered', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const [first, second] = (await areaPage.itemTitles()) as [string, string];
  await areaPage.item(first).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const setting = sheet.getByRole('checkbox', { name: /Single-key shortcuts/ });
  await expect(setting).toBeChecked();
  await setting.press('Space');
  await expect(setting).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(areaPage.item(first)).toBeFocused();

  const offChecks = async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('?');
    await expect(areaPage.item(first)).toBeFocused();
    await expect(areaPage.item(first)).not.toBeChecked();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(areaPage.newItemBox).toHaveValue('');
    expect(await focusedName(page)).toBe(first);
    // The arrows are no single character: they still move.
    await page.keyboard.press('ArrowDown');
    await expect(areaPage.item(second)).toBeFocused();
  };
  await offChecks();

  await page.reload();
  await areaPage.item(first).focus();
  await offChecks();
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await expect(sheet.getByRole('checkbox', { name: /Single-key shortcuts/ })).not.toBeChecked();
});

test('the palette runs commands: switch language and print', async ({ page }) => {
  await page.goto('/areas/legal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  // The first opening downloads the palette: typing goes to its field once it is there.
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('language');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
  await page.keyboard.press('Control+k');
  const zhPalette = page.getByRole('dialog', { name: '命令面板' });
  await expect(zhPalette.getByRole('combobox')).toBeFocused();
  // An item by part of its title in the language not shown.
  await page.keyboard.type('core members');
  await expect(zhPalette.getByRole('option', { name: /核心成员/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(zhPalette).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(zhPalette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('打印');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/print/);
});

const ROUTES = ['/', `/areas/${AREAS[0].id}`, '/search?q=team', '/print', '/no-such-page'];

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    for (const route of ROUTES) {
      test(`axe finds no violations on ${route} with the shortcut sheet, then the palette, open`, async ({ page }) => {
        // Two axe runs over the printed plan, which carries every criterion and reference (some 1,200 elements).
        if (route === '/print') test.slow();
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const violations = async () =>
          (await new AxeBuilder({ page }).analyze()).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations()).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
        await page.keyboard.type('a');
        await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
        expect(await violations()).toEqual([]);
      });
    }
  });
}
