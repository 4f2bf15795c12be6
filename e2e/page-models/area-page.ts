// An area's checklist as a person uses it: by the labels and button names on screen (English UI).
import { expect, type Locator, type Page } from '@playwright/test';

export class AreaPage {
  constructor(readonly page: Page) {}

  async open(areaId: string) {
    await this.page.goto(`/areas/${areaId}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: /checklist/ });
  }

  get newItemBox(): Locator {
    return this.page.getByRole('textbox', { name: 'New item' });
  }

  item(title: string): Locator {
    return this.page.getByRole('checkbox', { name: title, exact: true });
  }

  /** Waits (retrying) until the checklist shows exactly these titles in this order. */
  async expectTitles(expected: string[]) {
    await expect.poll(() => this.itemTitles()).toEqual(expected);
  }

  async itemTitles(): Promise<string[]> {
    return this.list
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  }

  async addItem(title: string) {
    await this.newItemBox.fill(title);
    await this.newItemBox.press('Enter');
  }

  async toggleItem(title: string) {
    await this.item(title).click();
  }

  async editItem(title: string, changes: { title?: string; detail?: string }) {
    await this.page.getByRole('button', { name: `Edit ${title}`, exact: true }).click();
    if (changes.title !== undefined) await this.page.getByRole('textbox', { name: 'Title' }).fill(changes.title);
    if (changes.detail !== undefined) await this.page.getByRole('textbox', { name: 'Detail' }).fill(changes.detail);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async deleteItem(title: string) {
    await this.page.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
  }

  /** Sets tracking fields the way a person does: choose, type, pick a date. */
  async trackItem(title: string, fields: { status?: string; owner?: string; due?: string; priority?: string }) {
    if (fields.status) await this.choose(`Status: ${title}`, fields.status);
    if (fields.owner !== undefined) await this.typeIntoChip(`Owner: ${title}`, fields.owner);
    if (fields.due !== undefined) await this.typeIntoChip(`Due date: ${title}`, fields.due);
    if (fields.priority) await this.choose(`Priority: ${title}`, fields.priority);
  }

  /** A status or priority: the chip shows the current choice and opens the list when pressed. */
  chip(field: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(field)}, `) });
  }

  /**
   * An owner or due date: the chip shows it (or "No owner", "No due date") and becomes the field
   * when pressed. From the keyboard: Enter on the chip, type, Enter to go back to the chip.
   */
  async typeIntoChip(field: string, value: string) {
    await this.chip(field).press('Enter');
    const input = this.page.getByLabel(field, { exact: true });
    await expect(input).toBeFocused();
    await input.fill(value);
    await input.press('Enter');
    await expect(this.chip(field)).toBeFocused();
  }

  private async choose(field: string, choice: string) {
    await this.chip(field).click();
    const list = this.page.getByRole('combobox', { name: field, exact: true });
    await expect(list).toBeFocused();
    await list.selectOption({ label: choice });
    await expect(this.chip(field)).toBeFocused();
    await expect(this.chip(field)).toHaveText(choice);
  }

  notes(title: string): Locator {
    return this.page.getByRole('textbox', { name: `Notes for ${title}`, exact: true });
  }

  async progressText(): Promise<string> {
    return (
      (await this.page
        .getByText(/^\d+ of \d+ done$/)
        .first()
        .textContent()) ?? ''
    );
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
