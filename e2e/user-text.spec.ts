// What a user types must not mislead or break the page: an owner or title written with characters
// that turn text around, and an owner too long for any line.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AreaPage } from './page-models/area-page';

// A fixed "today", so a due date is "due soon" and another "overdue": Saturday 28 November 2026 in Shanghai.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T10:00:00+08:00'));
});

/** Whether the page is no wider than the window: nothing pushes it sideways. */
const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, window } = await pageWidth(page);
  expect(scroll).toBeLessThanOrEqual(window);
}

/**
 * Whether `text`, inside `scope`, is drawn left to right as written: each of its letters (spaces
 * aside) to the right of the one before, or on a later line where the text wraps. A direction override left open in user text before it
 * draws it backwards.
 */
function drawnInOrder(scope: Locator, text: string): Promise<boolean> {
  return scope.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(text) ?? -1;
      if (start < 0) continue;
      const range = document.createRange();
      const boxes: DOMRect[] = [];
      for (let i = start; i < start + text.length; i += 1) {
        if (text[i - start] === ' ') continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        boxes.push(range.getBoundingClientRect());
      }
      // Left to right along a line; where the text wraps, on down to the next line.
      return boxes.every((box, i) => {
        const previous = boxes[i - 1];
        if (!previous) return true;
        return Math.abs(box.top - previous.top) < 2 ? box.left > previous.left : box.top > previous.top;
      });
    }
    throw new Error(`“${text}” is not in one piece of text here`);
  }, text);
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

const LONG_OWNER = 'A'.repeat(10_000);

test('a 10,000-character owner widens neither the area page, the dashboard nor the printed plan, and is named in full', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('funding');
  await areaPage.trackItem('Cash flow', { owner: LONG_OWNER, due: '2026-12-05' });
  await expectNoSidewaysScroll(page);
  await expect(areaPage.chip('Owner: Cash flow')).toHaveAccessibleName(`Owner: Cash flow, ${LONG_OWNER}`);
  const ownerFilter = page.getByRole('group', { name: 'Filter this area' }).getByRole('combobox', { name: 'Owner' });
  await expect(ownerFilter.getByRole('option', { name: LONG_OWNER, exact: true })).toHaveCount(1);
  await ownerFilter.selectOption(LONG_OWNER);
  await areaPage.expectTitles(['Cash flow']);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole('region', { name: 'By owner' }).getByRole('listitem')).toHaveText([`${LONG_OWNER}0 done, 1 open`]);
  await expect(page.getByRole('region', { name: 'Due in the next 14 days' })).toContainText(LONG_OWNER);
  expect(await axeViolations(page)).toEqual([]);

  // A phone's width too.
  await page.setViewportSize({ width: 390, height: 800 });
  await expectNoSidewaysScroll(page);
  await areaPage.open('funding');
  await expectNoSidewaysScroll(page);

  // On paper the owner is printed whole, broken over lines rather than cut off the page.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/print');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(`Owner: ${LONG_OWNER}`);
});

async function ownersAnnAndImpostor(areaPage: AreaPage) {
  await areaPage.open('funding');
  await areaPage.trackItem('Budget planning', { owner: 'Ann' });
  await areaPage.trackItem('Cash flow', { owner: '\u202EnnA', due: '2026-12-05' });
}

test('an owner written backwards behind a direction override is told apart from the real one', async ({ page, areaPage }) => {
  await ownersAnnAndImpostor(areaPage);
  // Side by side in the owner filter, the two read differently.
  const ownerFilter = page.getByRole('group', { name: 'Filter this area' }).getByRole('combobox', { name: 'Owner' });
  await expect(ownerFilter.getByRole('option')).toHaveText(['Anyone', 'Ann', '⟨U+202E⟩nnA']);
  await ownerFilter.selectOption({ label: '⟨U+202E⟩nnA' });
  await areaPage.expectTitles(['Cash flow']);
  expect(await axeViolations(page)).toEqual([]);

  // On the item's own row too, where an owner is read most.
  await ownerFilter.selectOption('');
  await expect(areaPage.chip('Owner: Budget planning')).toHaveText('Ann');
  await expect(areaPage.chip('Owner: Cash flow')).toHaveText('⟨U+202E⟩nnA');

  // And in the dashboard's list of owners.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'By owner' }).getByRole('listitem')).toHaveText([
    'Ann0 done, 1 open',
    '⟨U+202E⟩nnA0 done, 1 open',
  ]);
  expect(await axeViolations(page)).toEqual([]);
});

test('an owner field’s suggestions tell look-alike owners apart, and a long one is cut short', async ({ page, areaPage }) => {
  await ownersAnnAndImpostor(areaPage);
  await areaPage.trackItem('Fund management', { owner: LONG_OWNER });
  await areaPage.chip('Owner: Sources of funding').click();
  // What the list shows: an option's label, or its value when it has none.
  const offered = await page.getByRole('combobox', { name: 'Owner: Sources of funding', exact: true }).evaluate((input) =>
    [...((input as HTMLInputElement).list?.options ?? [])].map((option) => ({
      value: option.value.length > 100 ? `${option.value.length} characters` : option.value,
      shown: option.label || option.value,
    })),
  );
  // What is shown reads differently and is cut short; what is chosen is the owner itself.
  expect(offered).toEqual([
    { value: '10000 characters', shown: `${'A'.repeat(39)}…` },
    { value: 'Ann', shown: 'Ann' },
    { value: '\u202EnnA', shown: '⟨U+202E⟩nnA' },
  ]);
});

test('an owner with a direction override turns none of the text beside it around', async ({ page, areaPage }) => {
  await ownersAnnAndImpostor(areaPage);

  await page.goto('/');
  const dueSoon = page.getByRole('region', { name: 'Due in the next 14 days' }).getByRole('listitem');
  await expect(dueSoon).toContainText('due Dec 5, 2026');
  expect(await drawnInOrder(dueSoon, 'due Dec 5, 2026')).toBe(true);

  await page.goto('/print');
  const printed = page.getByRole('listitem').filter({ hasText: 'Cash flow' }).last();
  await expect(printed).toContainText('due Dec 5, 2026');
  expect(await drawnInOrder(printed, 'due Dec 5, 2026')).toBe(true);

  await page.goto('/search?q=nnA');
  const hit = page.getByRole('main').getByRole('listitem');
  await expect(hit).toContainText('To do');
  expect(await drawnInOrder(hit, 'To do')).toBe(true);
});

test('an item title with a direction override turns nothing after it around', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.addItem('\u202Etnuocca knab');
  await areaPage.trackItem('\u202Etnuocca knab', { owner: 'Li Wei', due: '2026-11-20' });

  await page.goto('/');
  const overdue = page.getByRole('region', { name: 'Overdue' }).getByRole('listitem');
  await expect(overdue).toContainText('Funding · Li Wei · due Nov 20, 2026');
  expect(await drawnInOrder(overdue, 'Funding')).toBe(true);

  await page.goto('/print');
  const summary = page.getByRole('region', { name: 'Summary' }).getByRole('listitem');
  await expect(summary).toContainText('Funding · To do · Owner: Li Wei');
  expect(await drawnInOrder(summary, 'Funding')).toBe(true);
});

test('a title or search with a direction override, set into a sentence, turns none of the sentence around', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('funding');
  await areaPage.addItem('\u202Etnuocca knab');
  const toast = page.getByRole('status').filter({ hasText: 'Added' });
  await expect(toast).toBeVisible();
  expect(await drawnInOrder(toast, '”.')).toBe(true);

  await areaPage.deleteItem('\u202Etnuocca knab');
  const deleted = page.getByRole('status').filter({ hasText: 'Deleted' });
  await expect(deleted).toBeVisible();
  expect(await drawnInOrder(deleted, '”.')).toBe(true);

  await page.goto(`/search?q=${encodeURIComponent('\u202Ezzz')}`);
  const summary = page.getByRole('main').getByRole('status');
  await expect(summary).toContainText('No item matches');
  expect(await drawnInOrder(summary, '”.')).toBe(true);
});

test('in Chinese too, look-alike owners read differently and a long owner widens nothing', async ({ page, areaPage }) => {
  await ownersAnnAndImpostor(areaPage);
  await areaPage.trackItem('Fund management', { owner: LONG_OWNER });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');

  const ownerFilter = page.getByRole('group', { name: '筛选本领域' }).getByRole('combobox', { name: '负责人' });
  await expect(ownerFilter.getByRole('option')).toHaveText(['所有人', `${'A'.repeat(39)}…`, 'Ann', '⟨U+202E⟩nnA']);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/');
  await expect(page.getByRole('region', { name: '按负责人' }).getByRole('listitem')).toHaveText([
    `${LONG_OWNER}已完成 0，未完成 1`,
    'Ann已完成 0，未完成 1',
    '⟨U+202E⟩nnA已完成 0，未完成 1',
  ]);
  await expectNoSidewaysScroll(page);
  expect(await axeViolations(page)).toEqual([]);
});
