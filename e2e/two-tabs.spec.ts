import { AreaPage } from './page-models/area-page';
import { expect, test } from './fixtures';

test('two tabs editing different items both keep their changes, live and after reloads', async ({ context }) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('marketing');
  await second.open('marketing');

  await first.toggleItem('Brand building');
  await second.notes('Product promotion').fill('Launch on Product Hunt in March');

  // Each tab shows the other's change without a reload (a save waits for half a second without
  // changes, then for an idle moment).
  await expect(second.item('Brand building')).toBeChecked({ timeout: 2000 });
  await expect(first.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March', { timeout: 2000 });

  await first.page.reload();
  await second.page.reload();
  for (const tab of [first, second]) {
    await expect(tab.item('Brand building')).toBeChecked();
    await expect(tab.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March');
  }
});

test('an item deleted in one tab disappears from the other and stays deleted', async ({ context }) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('legal');
  await second.open('legal');
  await first.deleteItem('Contract management');
  await expect(second.item('Contract management')).toHaveCount(0, { timeout: 2000 });
  await second.toggleItem('Privacy protection');
  await first.page.reload();
  await expect(first.item('Contract management')).toHaveCount(0);
  await expect(first.item('Privacy protection')).toBeChecked();
});

test('a row another tab moves into the next group does not take the focus back after it left', async ({ context }) => {
  const first = new AreaPage(await context.newPage());
  await first.open('team');
  // Team has 5 items; with 7 more, "Hire 5" is the tenth row, the last of the first group of ten.
  for (let n = 1; n <= 7; n += 1) await first.addItem(`Hire ${n}`);
  const moveDown = first.page.getByRole('button', { name: 'Move down: Hire 5' });
  await moveDown.focus();
  await first.page.mouse.click(5, 400);
  await expect(moveDown).not.toBeFocused();

  const second = new AreaPage(await context.newPage());
  await second.open('team');
  await second.page.getByRole('button', { name: 'Move down: Hire 5' }).click();
  await expect.poll(async () => (await first.itemTitles())[10], { timeout: 3000 }).toBe('Hire 5');
  expect(await first.page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('undo in one tab takes back only its own change, not what the other tab did since', async ({ context }) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('marketing');
  await second.open('marketing');

  await first.toggleItem('Brand building');
  await expect(second.item('Brand building')).toBeChecked({ timeout: 3000 });
  await second.notes('Product promotion').fill('Launch on Product Hunt in March');
  await second.toggleItem('Customer relationship management');
  await expect(first.item('Customer relationship management')).toBeChecked({ timeout: 3000 });
  await expect(first.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March');

  await first.page.getByRole('button', { name: 'Undo last change' }).click();
  for (const tab of [first, second]) {
    await expect(tab.item('Brand building')).not.toBeChecked({ timeout: 3000 });
    await expect(tab.notes('Product promotion')).toHaveValue('Launch on Product Hunt in March');
    await expect(tab.item('Customer relationship management')).toBeChecked();
  }
});

test('undoing an added item the other tab has written into keeps it, and says why instead of claiming it worked', async ({
  context,
}) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('team');
  await second.open('team');

  await first.addItem('Hostile new');
  await expect(second.item('Hostile new')).toBeVisible({ timeout: 3000 });
  await second.notes('Hostile new').fill('Written in the other tab');
  await expect(first.notes('Hostile new')).toHaveValue('Written in the other tab', { timeout: 3000 });

  await first.page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(first.page.getByRole('status')).toContainText(
    'The last change was kept: it has been changed since, in another tab or by a teammate.',
  );
  await expect(first.page.getByRole('status')).not.toContainText('Undid the last change.');
  for (const tab of [first, second]) await expect(tab.notes('Hostile new')).toHaveValue('Written in the other tab');
});

test('saving the editor keeps a rename made in the other tab while it was open', async ({ context }) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('marketing');
  await second.open('marketing');

  await first.page.getByRole('button', { name: 'Edit Brand building', exact: true }).click();
  await first.page.getByRole('textbox', { name: 'Detail' }).fill('Our own words on the brand');
  await second.editItem('Brand building', { title: 'Brand story' });
  await expect(first.notes('Brand story')).toBeVisible({ timeout: 3000 });
  await first.page.getByRole('button', { name: 'Save' }).click();

  for (const tab of [first, second]) {
    await expect(tab.item('Brand story')).toBeVisible({ timeout: 3000 });
    await expect(tab.item('Brand story')).toHaveAccessibleDescription('Our own words on the brand');
    await expect(tab.item('Brand building')).toHaveCount(0);
  }
});

test('an item deleted in the other tab while edited here says so, and Undo brings it back with the draft', async ({
  context,
}) => {
  const first = new AreaPage(await context.newPage());
  const second = new AreaPage(await context.newPage());
  await first.open('legal');
  await second.open('legal');

  await first.page.getByRole('button', { name: 'Edit Contract management', exact: true }).click();
  await first.page.getByRole('textbox', { name: 'Title' }).fill('Contracts, signed and filed');
  await first.notes('Contract management').fill('Ask the lawyer about NDAs');
  // Deleted before this tab's notes reach the other one, as when both happen within a moment.
  await second.deleteItem('Contract management');

  const toast = first.page.getByRole('status');
  await expect(toast).toContainText('“Contract management” was deleted in another tab.', { timeout: 3000 });
  await expect(first.page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();

  await expect(first.page.getByRole('textbox', { name: 'Title' })).toHaveValue('Contracts, signed and filed');
  await expect(first.notes('Contract management')).toHaveValue('Ask the lawyer about NDAs');
  await expect(second.notes('Contract management')).toHaveValue('Ask the lawyer about NDAs', { timeout: 3000 });
});
