import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// A fixed "today" so due dates and "overdue" do not drift: Saturday 28 November 2026, 10:00 in Shanghai.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'));
});

test('owner, due date, status and priority in two areas survive a reload and drive the dashboard', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.trackItem('Budget planning', { status: 'In progress', owner: 'Li Wei', due: '2026-11-20', priority: 'High' });
  await areaPage.trackItem('Cash flow', { owner: 'Ana', due: '2026-12-05' });
  await areaPage.trackItem('Fund management', { status: 'Not applicable' });
  await expect(page.getByText('0 of 3 done')).toBeVisible();

  await areaPage.open('legal');
  await areaPage.trackItem('Data compliance', { owner: 'Li Wei', due: '2026-11-27' });
  await areaPage.toggleItem('Privacy protection');
  await areaPage.trackItem('Privacy protection', { owner: 'Ana' });

  await areaPage.open('funding');
  await expect(page.getByRole('button', { name: 'Status: Budget planning, In progress' })).toBeVisible();
  await expect(areaPage.chip('Owner: Budget planning')).toHaveText('Li Wei');
  await expect(areaPage.chip('Due date: Budget planning')).toHaveText('Nov 20, 2026');
  await expect(page.getByRole('button', { name: 'Priority: Budget planning, High' })).toBeVisible();
  await expect(areaPage.item('Budget planning')).toHaveAccessibleDescription(/Overdue · due Nov 20, 2026/);
  await expect(page.getByText('Overdue · due Nov 20, 2026')).toBeVisible();

  await page.goto('/');
  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue.getByRole('link')).toHaveText(['Budget planning', 'Data compliance']);
  const dueSoon = page.getByRole('region', { name: 'Due in the next 14 days' });
  await expect(dueSoon.getByRole('link')).toHaveText(['Cash flow']);
  await expect(dueSoon).toContainText('due Dec 5, 2026');
  const owners = page.getByRole('region', { name: 'By owner' });
  await expect(owners.getByRole('listitem')).toHaveText(['Li Wei0 done, 2 open', 'Ana1 done, 1 open']);
  await expect(page.getByRole('region', { name: 'Recently completed' }).getByRole('link')).toHaveText(['Privacy protection']);
  const counts = page.getByRole('region', { name: 'Items by status' });
  await expect(counts).toContainText('In progress1');
  await expect(counts).toContainText('Not applicable1');
  await expect(page.getByRole('progressbar', { name: 'Financial planning for an AI large-model startup' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  await expect(page.getByRole('img', { name: /Progress by area: .*Legal 25%/ })).toBeVisible();

  // A listed item links to its area with the item in view and focused.
  await overdue.getByRole('link', { name: 'Data compliance' }).click();
  await expect(page).toHaveURL(/\/areas\/legal\?item=/);
  await expect(areaPage.item('Data compliance')).toBeFocused();
});

test('an owner field suggests the owners of other items, not the one being typed', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.trackItem('Core members', { owner: 'Zhang Min' });
  const suggestions = (field: string) =>
    page
      .getByRole('combobox', { name: field, exact: true })
      .evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value));

  await areaPage.chip('Owner: Technical capability').click();
  expect(await suggestions('Owner: Technical capability')).toEqual(['Zhang Min']);
  // Each keystroke is kept, yet what is being typed is not offered back while typing.
  await page.keyboard.type('Zh');
  expect(await suggestions('Owner: Technical capability')).toEqual(['Zhang Min']);
  await page.keyboard.press('Escape');
  // Nor is an item's own owner: Core members is offered the owner just typed elsewhere, not its own.
  await areaPage.chip('Owner: Core members').click();
  expect(await suggestions('Owner: Core members')).toEqual(['Zh']);
});

test('the header search finds an item by a word of its notes, and "/" jumps to it', async ({ page, areaPage }) => {
  await areaPage.open('marketing');
  await areaPage.notes('Brand building').fill('Hire an agency in Shenzhen for the launch');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search the plan' });
  await expect(search).toBeFocused();
  await page.keyboard.type('shenzhen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=shenzhen');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 item matches “shenzhen”.');
  await expect(page.getByRole('heading', { level: 2, name: 'Marketing' })).toBeVisible();
  await page.getByRole('link', { name: 'Brand building' }).click();
  await expect(areaPage.item('Brand building')).toBeFocused();
});

test('search finds guide items by their Chinese text from the English interface', async ({ page }) => {
  await page.goto('/search?q=隐私保护');
  await expect(page.getByRole('link', { name: 'Privacy protection' })).toBeVisible();
});

test('a filtered view lives in the address: it reloads the same and the back button works', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.trackItem('Core members', { status: 'In progress', owner: 'Ana', due: '2026-11-01' });
  await areaPage.trackItem('Technical capability', { status: 'In progress', owner: 'Bo' });
  await areaPage.trackItem('R&D experience', { owner: 'Ana' });

  const filters = page.getByRole('group', { name: 'Filter this area' });
  await filters.getByRole('combobox', { name: 'Status' }).selectOption('doing');
  await expect(page).toHaveURL(/status=doing/);
  await areaPage.expectTitles(['Core members', 'Technical capability']);
  await filters.getByRole('combobox', { name: 'Owner' }).selectOption('Ana');
  await areaPage.expectTitles(['Core members']);
  await expect(page.getByText('Showing 1 of 5 items.')).toBeVisible();

  await page.reload();
  await areaPage.expectTitles(['Core members']);
  await expect(filters.getByRole('combobox', { name: 'Owner' })).toHaveValue('Ana');

  await page.goto('/areas/team?overdue=true');
  await areaPage.expectTitles(['Core members']);
  await page.goBack();
  await areaPage.expectTitles(['Core members']);
  await expect(filters.getByRole('combobox', { name: 'Status' })).toHaveValue('doing');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/areas/team');
  await expect.poll(() => areaPage.itemTitles()).toHaveLength(5);
});

test('an unknown filter value in the address is ignored, not a crash', async ({ page, areaPage }) => {
  await page.goto('/areas/team?status=finished&overdue=maybe');
  await expect.poll(() => areaPage.itemTitles()).toHaveLength(5);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('axe finds no violations on the tracking UI, the dashboard lists and the search page', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.trackItem('Budget planning', { owner: 'Li Wei', due: '2026-11-20', priority: 'High' });
  await areaPage.trackItem('Cash flow', { due: '2026-12-01', status: 'In progress' });
  await page.goto('/areas/funding?status=todo');
  for (const path of ['/areas/funding?status=todo', '/', '/search?q=budget']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the tracking controls are named 状态, 负责人, 截止日期, 优先级', async ({ page }) => {
    await page.goto('/areas/team');
    await page.getByRole('button', { name: '状态：核心成员，待办' }).click();
    await page.getByRole('combobox', { name: '状态：核心成员' }).selectOption('na');
    await expect(page.getByRole('button', { name: '状态：核心成员，不适用' })).toBeFocused();
    await page.getByRole('button', { name: '负责人：核心成员，无负责人' }).click();
    await page.getByRole('combobox', { name: '负责人：核心成员' }).fill('张敏');
    await page.getByRole('button', { name: '截止日期：技术能力，无截止日期' }).click();
    await page.getByLabel('截止日期：技术能力').fill('2026-11-01');
    await page.getByLabel('截止日期：技术能力').blur();
    await expect(page.getByRole('button', { name: '负责人：核心成员，张敏' })).toBeVisible();
    await expect(page.getByRole('button', { name: '截止日期：技术能力，2026年11月1日' })).toBeVisible();
    await page.getByRole('button', { name: '优先级：技术能力，无优先级' }).click();
    await page.getByRole('combobox', { name: '优先级：技术能力' }).selectOption('low');
    await expect(page.getByText('已完成 0 / 4')).toBeVisible();
    await expect(page.getByText(/已逾期 · 2026年11月1日 截止/)).toBeVisible();
  });
});

test('a status chip opens its list from the keyboard; Escape closes the list, then returns to the chip with nothing changed', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('funding');
  const chip = page.getByRole('button', { name: 'Status: Cash flow, To do' });
  await chip.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('combobox', { name: 'Status: Cash flow', exact: true });
  await expect(list).toBeFocused();
  await expect(list).toHaveValue('todo');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(chip).toBeFocused();
  await expect(page.getByText('0 of 4 done')).toBeVisible();

  // Tabbing on from the open list goes to the next field, and the list becomes the chip again.
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(areaPage.chip('Owner: Cash flow')).toBeFocused();
  await expect(chip).toBeVisible();

  // Choosing from the list ticks the item when the choice is Done, like the tick box.
  await areaPage.trackItem('Cash flow', { status: 'Done' });
  await expect(page.getByRole('checkbox', { name: 'Cash flow' })).toBeChecked();
  await expect(page.getByText('1 of 4 done')).toBeVisible();
});

test('an owner chip becomes the owner field: what is typed stays, trimmed, when Escape, Enter or Tab returns to the chip', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  await areaPage.trackItem('Core members', { owner: 'Zhang Min' });

  await page.getByRole('button', { name: 'Owner: Technical capability, No owner' }).click();
  const owner = page.getByRole('combobox', { name: 'Owner: Technical capability', exact: true });
  await expect(owner).toBeFocused();
  // Its suggestions are the owners of other items.
  const offered = await owner.evaluate((input) =>
    [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value),
  );
  expect(offered).toEqual(['Zhang Min']);
  const axe = await new AxeBuilder({ page }).include('.checklist').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await owner.pressSequentially('  Ana ');
  await page.keyboard.press('Escape');
  const chip = areaPage.chip('Owner: Technical capability');
  await expect(chip).toBeFocused();
  await expect(chip).toHaveText('Ana');

  // The Enter that ends an input method's composition (typing Chinese) leaves the field open.
  await page.keyboard.press('Enter');
  await expect(owner).toBeFocused();
  await owner.dispatchEvent('keydown', { key: 'Enter', isComposing: true });
  await expect(owner).toBeFocused();
  await owner.fill('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Owner: Technical capability, No owner' })).toBeVisible();
  await expect(areaPage.chip('Due date: Technical capability')).toBeFocused();

  await page.reload();
  await expect(areaPage.chip('Owner: Core members')).toHaveText('Zhang Min');
  await expect(areaPage.chip('Owner: Technical capability')).toHaveText('No owner');
});

test('a due date chip becomes the date field; the date chosen shows on the chip and can make the item overdue', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('funding');
  const chip = areaPage.chip('Due date: Cash flow');
  await expect(chip).toHaveText('No due date');

  // From the keyboard the field takes the focus, so the date can be typed; Escape changes nothing.
  await chip.press('Enter');
  const due = page.getByLabel('Due date: Cash flow', { exact: true });
  await expect(due).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chip).toBeFocused();
  await expect(chip).toHaveText('No due date');

  // With the pointer, straight from the owner field beside it: the chip and its field take the same
  // room, so the click lands on the chip it was aimed at while the owner field closes.
  await page.getByRole('button', { name: 'Owner: Cash flow, No owner' }).click();
  await page.getByRole('combobox', { name: 'Owner: Cash flow', exact: true }).fill('A very long owner name, Ltd.');
  await chip.click();
  await expect(due).toBeFocused();
  await due.fill('2026-11-20');
  // Leaving the field, by a click anywhere else, turns it back into the chip.
  await page.getByRole('heading', { level: 1 }).click();
  await expect(chip).toHaveText('Nov 20, 2026');
  await expect(areaPage.item('Cash flow')).toHaveAccessibleDescription(/Overdue · due Nov 20, 2026/);
});
