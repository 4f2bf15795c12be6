import { expect, test } from './fixtures';

test('Ctrl+Z undoes and Ctrl+Shift+Z redoes a change to the plan', async ({ page, areaPage }) => {
  await areaPage.open('execution');
  await areaPage.toggleItem('Clear goals');
  await areaPage.deleteItem('Planning');
  await page.keyboard.press('Control+z');
  await expect(areaPage.item('Planning')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(areaPage.item('Clear goals')).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(areaPage.item('Clear goals')).toBeChecked();
  await page.reload();
  await expect(areaPage.item('Clear goals')).toBeChecked();
  await expect(areaPage.item('Planning')).toBeVisible();
});

test('in a text field Ctrl+Z is the browser’s own undo, not the plan’s', async ({ page, areaPage }) => {
  await areaPage.open('execution');
  await areaPage.toggleItem('Teamwork');
  const notes = areaPage.notes('Monitoring and feedback');
  await notes.click();
  await page.keyboard.type('Weekly review');
  await page.keyboard.press('Control+z');
  await expect(areaPage.item('Teamwork')).toBeChecked();
});

test('the Undo and Redo buttons work with the keyboard and say when there is nothing to undo', async ({ page, areaPage }) => {
  await areaPage.open('talent');
  const undo = page.getByRole('button', { name: 'Undo last change' });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toContainText('Nothing to undo.');
  await areaPage.toggleItem('Team spirit');
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(areaPage.item('Team spirit')).not.toBeChecked();
  await page.getByRole('button', { name: 'Redo last undone change' }).click();
  await expect(areaPage.item('Team spirit')).toBeChecked();
});
