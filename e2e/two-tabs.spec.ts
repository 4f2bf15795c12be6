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
