// The keyboard work (issue 25) where a hurried or unlucky user takes it: a filtered list, the last
// item, another tab, an input method, a palette that cannot download, a very long title.
import { AreaPage } from './page-models/area-page';
import { expect, test } from './fixtures';
test('ticking with x in a list filtered to open items keeps the focus in the list, on the next item', async ({
  page,
  areaPage,
}) => {
  await page.goto('/areas/team?status=todo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const [first, second, third] = (await areaPage.itemTitles()) as [string, string, string];
  await areaPage.item(first).focus();
  await page.keyboard.press('x');
  // Done, so the filter no longer shows it.
  await expect(areaPage.item(first)).toHaveCount(0);
  await expect(areaPage.item(second)).toBeFocused();
  await page.keyboard.press('j');
  await expect(areaPage.item(third)).toBeFocused();
});

test('the item under the focus deleted in another tab hands the focus to the next item', async ({ context }) => {
  const here = new AreaPage(await context.newPage());
  const there = new AreaPage(await context.newPage());
  await here.open('team');
  await there.open('team');
  const [first, second, third, fourth] = (await here.itemTitles()) as [string, string, string, string];
  await here.item(second).focus();

  await there.item(second).focus();
  await there.page.keyboard.press('Delete');
  await expect(here.page.getByRole('status')).toContainText(`“${second}” was deleted in another tab`, { timeout: 3000 });
  await expect(here.item(third)).toBeFocused();
  await here.page.keyboard.press('j');
  await expect(here.item(fourth)).toBeFocused();
  await here.page.keyboard.press('k');
  await here.page.keyboard.press('k');
  await expect(here.item(first)).toBeFocused();
});

test('Delete on the last item shown, then Ctrl+Z, brings it back: filtered and unfiltered', async ({ page, areaPage }) => {
  await page.goto('/areas/team?status=todo');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const titles = await areaPage.itemTitles();
  const last = titles.at(-1) as string;
  // Tick all but the last: the filter then shows that one alone.
  await areaPage.item(titles[0] as string).focus();
  for (const _ of titles.slice(1)) await page.keyboard.press('x');
  await areaPage.expectTitles([last]);
  await expect(areaPage.item(last)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: 'No item matches these filters.' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await areaPage.expectTitles([last]);

  // The only item of an area: the same.
  await page.goto('/areas/team');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const all = await areaPage.itemTitles();
  await areaPage.item(all[0] as string).focus();
  for (const _ of all) await page.keyboard.press('Delete');
  await expect(page.getByText('No items yet. Add the first one below.')).toBeVisible();
  await expect(areaPage.newItemBox).not.toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await areaPage.expectTitles([all.at(-1) as string]);
});

test('the palette’s “New item in this area” puts the focus in the New item box', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  await areaPage.item(first).focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('new item');
  await expect(palette.getByRole('option', { name: 'New item in this area' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(areaPage.newItemBox).toBeFocused();
  await page.keyboard.type('Hire a designer');
  await page.keyboard.press('Enter');
  await expect(areaPage.item('Hire a designer')).toBeVisible();
});

test('a palette that cannot download says so, and opens once it can', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  // As when the connection drops after the page loaded: the palette's files fail.
  await page.route('**/assets/CommandPalette-*', (route) => route.abort('internetdisconnected'));
  await areaPage.item(first).focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('status')).toContainText('This part of the app could not be loaded.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(areaPage.item(first)).toBeFocused();

  await page.unroute('**/assets/CommandPalette-*');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox')).toBeFocused();
});

test('Escape that ends an input method’s composition in the title editor keeps the editor and what was typed', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  await areaPage.item(first).focus();
  await page.keyboard.press('e');
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' 团队');
  // Escape closes the candidate list of a pinyin input method; Chrome sends it as a composing keydown.
  await title.dispatchEvent('compositionstart', { data: '' });
  await title.dispatchEvent('keydown', { key: 'Escape', code: 'Escape', isComposing: true, keyCode: 229 });
  await title.dispatchEvent('compositionend', { data: '' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(`${first} 团队`);
  await page.keyboard.press('Enter');
  await expect(areaPage.item(`${first} 团队`)).toBeFocused();
});

test('a 2,000-character title stays inside the palette, with its area beside it', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const long = `Longest ${'x'.repeat(1992)}`;
  await areaPage.newItemBox.focus();
  await page.keyboard.insertText(long);
  await page.keyboard.press('Enter');
  await expect(areaPage.item(long)).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('longest');
  const option = palette.getByRole('option', { name: /^Longest x+/ });
  await expect(option).toBeVisible();
  const dialogBox = await palette.boundingBox();
  const optionBox = await option.boundingBox();
  const whereBox = await option.getByText('Team', { exact: true }).boundingBox();
  if (!dialogBox || !optionBox || !whereBox) throw new Error('palette not laid out');
  expect(optionBox.x + optionBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  expect(whereBox.x + whereBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  // A few lines at most: the other results stay in reach.
  expect(optionBox.height).toBeLessThan(120);
});

test('the palette puts the focus on the item it names, even when the address names it already, and on New item in an empty area', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const [first, second, third] = (await areaPage.itemTitles()) as [string, string, string];
  const jumpTo = async (text: string, option: RegExp) => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette.getByRole('combobox')).toBeFocused();
    await page.keyboard.type(text);
    await expect(palette.getByRole('option', { name: option }).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };
  await areaPage.item(first).focus();
  await jumpTo(third, new RegExp(`^${third}`));
  await expect(areaPage.item(third)).toBeFocused();
  // The address now names that item: asking for it again, from another row, still goes there.
  await page.keyboard.press('k');
  await expect(areaPage.item(second)).toBeFocused();
  await jumpTo(third, new RegExp(`^${third}`));
  await expect(areaPage.item(third)).toBeFocused();

  // An area with no items: the palette leaves the focus in New item, where the first one is added.
  for (const _ of await areaPage.itemTitles()) await page.keyboard.press('Delete');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await jumpTo('team', /^Team$/);
  await expect(areaPage.newItemBox).toBeFocused();
});

test('Ctrl+K from an owner field, then Escape: the focus is back on that owner', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  await areaPage.item(first).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(areaPage.chip(`Owner: ${first}`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`Owner: ${first}`, { exact: true })).toBeFocused();
  await page.keyboard.type('Ana');
  // The palette takes the focus, so the field turns back into its chip.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(areaPage.chip(`Owner: ${first}`)).toBeFocused();
  await expect(areaPage.chip(`Owner: ${first}`)).toHaveText('Ana');
});

test('the move buttons say where the item went, as Alt+arrows do, in both languages', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first, second] = (await areaPage.itemTitles()) as [string, string];
  const total = (await areaPage.itemTitles()).length;
  await page.getByRole('button', { name: `Move down: ${first}` }).click();
  await expect.poll(async () => (await areaPage.itemTitles()).slice(0, 2)).toEqual([second, first]);
  await expect(page.getByText(`Moved “${first}” to 2 of ${total}.`)).toBeAttached();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  // The second row's button, whose name holds that item's Chinese title.
  const moveUp = page.getByRole('button', { name: /^上移：/ }).nth(1);
  const zhTitle = ((await moveUp.getAttribute('aria-label')) ?? '').replace('上移：', '');
  await moveUp.click();
  await expect(page.getByText(`已将“${zhTitle}”移到第 1 项，共 ${total} 项。`)).toBeAttached();
});

test('keys typed in any text field are text, and a pinyin composition in New item adds nothing before it ends', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  const titles = await areaPage.itemTitles();
  const first = titles[0] as string;
  const typed = 'jkxen?/';
  const progress = await areaPage.progressText();
  // Rows rather than titles: the row being edited shows fields, not its title.
  const nothingFired = async () => {
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(areaPage.list.getByRole('listitem')).toHaveCount(titles.length);
    expect(await areaPage.progressText()).toBe(progress);
  };
  const typeInto = async (field: ReturnType<typeof page.getByRole>) => {
    await expect(field).toBeFocused();
    await page.keyboard.type(typed);
    await page.keyboard.press('Delete');
    await expect(field).toHaveValue(new RegExp(typed.replace(/[?/]/g, '\\$&')));
    await nothingFired();
  };

  await page.getByRole('searchbox').first().focus();
  await typeInto(page.getByRole('searchbox').first());
  await areaPage.notes(first).focus();
  await typeInto(areaPage.notes(first));
  await areaPage.chip(`Owner: ${first}`).focus();
  await page.keyboard.press('Enter');
  await typeInto(page.getByLabel(`Owner: ${first}`, { exact: true }));
  await page.keyboard.press('Enter');
  await areaPage.item(first).focus();
  await page.keyboard.press('e');
  await typeInto(page.getByRole('textbox', { name: 'Title' }));
  await page.getByRole('textbox', { name: 'Detail' }).focus();
  await typeInto(page.getByRole('textbox', { name: 'Detail' }));
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await areaPage.newItemBox.focus();
  await typeInto(areaPage.newItemBox);

  // A real composition (as the input method sends it): Enter that picks a candidate is no submit.
  await areaPage.newItemBox.fill('');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'tuandui', selectionStart: 7, selectionEnd: 7 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: '团队' });
  await expect(areaPage.newItemBox).toHaveValue('团队');
  await nothingFired();

  await page.goto('/');
  for (const name of ['Plan name', 'Company or founders']) {
    const field = page.getByRole('textbox', { name, exact: true });
    await field.focus();
    await page.keyboard.type(typed);
    await expect(field).toHaveValue(new RegExp(typed.replace(/[?/]/g, '\\$&')));
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});

test('Ctrl+Z with a dialog open leaves the plan behind it alone', async ({ page, areaPage }) => {
  await areaPage.open('team');
  const [first] = (await areaPage.itemTitles()) as [string];
  await areaPage.toggleItem(first);
  await expect(areaPage.item(first)).toBeChecked();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(areaPage.item(first)).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(areaPage.item(first)).not.toBeChecked();
});
