import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const stored = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function chooseFile(page: Page, name: string, contents: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
}

async function exportPlan(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) as string, 'utf8') };
}

test('export, delete, import: the plan comes back, and the import can be undone', async ({ page, areaPage }) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await areaPage.notes('R&D experience').fill('Two shipped LLM products');
  await page.goto('/');
  const exported = await exportPlan(page);
  expect(exported.name).toMatch(/^ai-large-model-startups-how-to-seize-the-opportunities-ahead-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'ai-startup-workbook', version: 6 });

  await areaPage.open('team');
  await areaPage.deleteItem('Core members');
  await areaPage.deleteItem('R&D experience');
  await page.goto('/');
  await chooseFile(page, exported.name, exported.text);
  const dialog = page.getByRole('dialog', { name: 'Import this plan?' });
  await expect(dialog).toContainText('43 items, 1 done');
  await expect(dialog).toContainText('2 added, 0 changed, 0 not in the file');
  await dialog.getByRole('button', { name: 'Replace' }).click();

  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Team' }).click();
  await expect(areaPage.item('Core members')).toBeChecked();
  await expect(areaPage.notes('R&D experience')).toHaveValue('Two shipped LLM products');

  await page.getByRole('button', { name: 'Undo last change' }).click();
  await expect(areaPage.item('Core members')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo last undone change' }).click();
  await page.reload();
  await expect(areaPage.item('Core members')).toBeChecked();
});

test('merge keeps the current plan and adds the file’s own items', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.addItem('Apply for an AI compute voucher');
  await page.goto('/');
  const exported = await exportPlan(page);
  await areaPage.open('funding');
  await areaPage.deleteItem('Apply for an AI compute voucher');
  await areaPage.addItem('Open a second bank account');
  await page.goto('/');
  await chooseFile(page, 'plan.json', exported.text);
  await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
  await areaPage.open('funding');
  await expect(areaPage.item('Open a second bank account')).toBeVisible();
  // The file's item was deleted here after the export: the newer deletion wins.
  await expect(areaPage.item('Apply for an AI compute voucher')).toHaveCount(0);
  await areaPage.expectTitles([
    'Budget planning',
    'Sources of funding',
    'Fund management',
    'Cash flow',
    'Open a second bank account',
  ]);
});

const valid = (mutate: (file: Record<string, unknown>) => void) => async (page: Page) => {
  const file = JSON.parse((await exportPlan(page)).text);
  mutate(file);
  return JSON.stringify(file);
};

for (const [what, make, message] of [
  ['text that is not JSON', async () => 'this is not { json', /not valid JSON/],
  [
    'JSON that is not an export',
    async () => JSON.stringify({ name: 'My plan', items: [] }),
    /not an AI Startup Workbook export \(format:/,
  ],
  [
    'a workbook with a wrong field',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { status: unknown }> };
      const first = Object.values(workbook.items)[0]!;
      first.status = 'finished';
    }),
    /workbook is damaged: workbook\.items\.[\w-]+\.status: .*expected one of/,
  ],
  [
    'a __proto__ key',
    async (page: Page) => (await valid(() => {})(page)).replace('"workbook":{', '"workbook":{"__proto__":{"admin":true},'),
    /key that is not allowed: workbook\.__proto__/,
  ],
  [
    'a file over 5 MB',
    async () => `{"padding":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`,
    /5\.0 MB; a workbook export is at most 5 MB/,
  ],
  [
    'an item id named toString',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { id: string }>; order: { risk: string[] } };
      const id = workbook.order.risk[0]!;
      const name: string = 'toString';
      workbook.items[name] = { ...workbook.items[id]!, id: name };
      delete workbook.items[id];
      workbook.order.risk[0] = name;
    }),
    /workbook\.items\.toString: an id that is a built-in name/,
  ],
  [
    'a template key toString/0',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { templateKey: string }> };
      Object.values(workbook.items)[0]!.templateKey = 'toString/0';
    }),
    /templateKey: expected a guide item key such as team\/0/,
  ],
  [
    'data nested 100,000 deep',
    async (page: Page) =>
      (await valid((file) => (file.exportedAt = 'DEEP'))(page)).replace('"DEEP"', `${'['.repeat(1e5)}${']'.repeat(1e5)}`),
    /nested more than 16 levels deep/,
  ],
  [
    'an export time that is not a date',
    valid((file) => (file.exportedAt = 'last Tuesday')),
    /exportedAt: expected a date and time/,
  ],
  [
    'a due date that does not exist',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { due: string }> };
      Object.values(workbook.items)[0]!.due = '2026-02-30';
    }),
    /\.due: expected a date as YYYY-MM-DD/,
  ],
  [
    'items that are a list',
    valid((file) => ((file.workbook as { items: unknown }).items = [])),
    /workbook\.items: expected an object/,
  ],
  [
    'a guide item key past the guide’s items in that area',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { templateKey: string }>; order: { team: string[] } };
      workbook.items[workbook.order.team[0]!]!.templateKey = 'team/999';
    }),
    /templateKey: a guide item key past the last item the guide has in that area/,
  ],
  [
    'a guide item key of another area',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { templateKey: string }>; order: { team: string[] } };
      workbook.items[workbook.order.team[0]!]!.templateKey = 'funding/0';
    }),
    /templateKey: a guide item key of another area than the item’s/,
  ],
  [
    'a blank title',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { title: string | null }>; order: { team: string[] } };
      workbook.items[workbook.order.team[0]!]!.title = '   \u200B ';
    }),
    /\.title: expected a title that is not blank and on one line/,
  ],
  [
    'a title on two lines',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { title: string | null }>; order: { team: string[] } };
      workbook.items[workbook.order.team[0]!]!.title = 'line1\nline2';
    }),
    /\.title: expected a title that is not blank and on one line/,
  ],
  [
    'an empty item id',
    valid((file) => {
      const workbook = file.workbook as { items: Record<string, { id: string }>; order: { team: string[] } };
      const id = workbook.order.team[0]!;
      workbook.items[''] = { ...workbook.items[id]!, id: '' };
      delete workbook.items[id];
      workbook.order.team[0] = '';
    }),
    /workbook\.items\.: an empty id, which names nothing/,
  ],
  [
    'a file in Latin-1',
    async (page: Page) =>
      Buffer.from(await valid((file) => ((file.workbook as { name: string }).name = 'Café crème'))(page), 'latin1'),
    /not UTF-8 text/,
  ],
] as const) {
  test(`a bad import (${what}) is refused with a reason and changes nothing`, async ({ page, areaPage }) => {
    await areaPage.open('risk');
    await areaPage.toggleItem('Risk assessment');
    await page.goto('/');
    const contents = await make(page);
    const before = await stored(page);
    await chooseFile(page, 'bad.json', contents);
    const alert = page.getByRole('alert').filter({ hasText: '“bad.json” was not imported' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your current plan has not been changed.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await stored(page)).toBe(before);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.admin)).toBeUndefined();
  });
}

test('the preview counts what Merge will do, deletions on either side included', async ({ page, areaPage }) => {
  await areaPage.open('funding');
  await areaPage.addItem('Apply for an AI compute voucher');
  await page.goto('/');
  const backup = await exportPlan(page);
  await areaPage.open('funding');
  await areaPage.deleteItem('Apply for an AI compute voucher');
  await page.goto('/');

  // A backup made before a deletion: the newer deletion wins, so Merge adds nothing.
  await chooseFile(page, 'backup.json', backup.text);
  const dialog = page.getByRole('dialog', { name: 'Import this plan?' });
  await expect(dialog).toContainText('Merge would give: 0 added, 0 changed, 0 removed.');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await areaPage.open('funding');
  await expect(areaPage.item('Apply for an AI compute voucher')).toHaveCount(0);

  // A file that records three deletions made after the plan's last edits: Merge removes them.
  await page.goto('/');
  const file = JSON.parse((await exportPlan(page)).text);
  const gone = file.workbook.order.legal.slice(0, 3) as string[];
  for (const id of gone) {
    delete file.workbook.items[id];
    file.workbook.deleted[id] = Date.now() + 60_000;
  }
  file.workbook.order.legal = file.workbook.order.legal.slice(3);
  await chooseFile(page, 'deletions.json', JSON.stringify(file));
  await expect(dialog).toContainText('Merge would give: 0 added, 0 changed, 3 removed.');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await areaPage.open('legal');
  await areaPage.expectTitles(['Privacy protection']);
});

test('a file whose plan would not fit in the storage left is refused with the reason', async ({ page }) => {
  // localStorage with a small quota: a write that would take the total past it throws, as a full one does.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const limit = (window as unknown as { quota?: number }).quota;
      if (limit !== undefined) {
        let total = key.length + value.length;
        for (const [k, v] of Object.entries(this)) if (k !== key) total += k.length + v.length;
        if (total > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  const exported = JSON.parse((await exportPlan(page)).text);
  const withNotes = (length: number) => {
    const file = structuredClone(exported);
    (Object.values(file.workbook.items)[0] as { notes: string }).notes = 'x'.repeat(length);
    return JSON.stringify(file);
  };
  await page.evaluate(() => {
    const used = Object.entries(localStorage).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    (window as unknown as { quota: number }).quota = used + 50_000;
  });
  const before = await stored(page);

  await chooseFile(page, 'big.json', withNotes(100_000));
  const alert = page.getByRole('alert').filter({ hasText: '“big.json” was not imported' });
  await expect(alert).toContainText(/the plan would take about \d+ KB of this browser’s storage, more than it has left/);
  await expect(alert).toContainText('Your current plan has not been changed.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await stored(page)).toBe(before);

  // One that fits is previewed as usual, and the measuring leaves nothing behind.
  await chooseFile(page, 'small.json', withNotes(10_000));
  await expect(page.getByRole('dialog', { name: 'Import this plan?' })).toBeVisible();
  expect(await stored(page)).toBe(before);
});

test('saved data with a toString id or a toString/0 template key is set aside at start-up, and every screen opens', async ({
  page,
  areaPage,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  await page.evaluate(() => {
    const key = 'ai-startup-workbook';
    const saved = JSON.parse(localStorage.getItem(key) as string);
    const workbook = saved.state.workbooks[0];
    workbook.items[workbook.order.team[0]].templateKey = 'toString/0';
    const id = workbook.order.risk[0];
    workbook.items.valueOf = { ...workbook.items[id], id: 'valueOf' };
    delete workbook.items[id];
    workbook.order.risk[0] = 'valueOf';
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Your saved plan could not be read' })).toBeVisible();

  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeVisible();
  await areaPage.open('risk');
  await expect(areaPage.item('Risk assessment')).toBeVisible();
  await page.goto('/search?q=risk');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await page.goto('/print');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('saved data whose guide item key names another area’s or no bullet is set aside at start-up', async ({ page, areaPage }) => {
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  await page.evaluate(() => {
    const key = 'ai-startup-workbook';
    const saved = JSON.parse(localStorage.getItem(key) as string);
    const workbook = saved.state.workbooks[0];
    workbook.items[workbook.order.team[0]].templateKey = 'funding/0';
    workbook.items[workbook.order.team[1]].templateKey = 'team/999';
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved plan could not be read' });
  await expect(alert).toContainText('a guide item key of another area than the item’s');
  await areaPage.open('team');
  await expect(areaPage.item('Core members')).toBeVisible();
});

test('when the import code cannot be downloaded, the user is told and the plan is untouched', async ({ page }) => {
  await page.route(/\/assets\/(import-file|ImportPreview)-/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Overall progress' })).toBeVisible();
  const before = await stored(page);
  await chooseFile(page, 'plan.json', '{}');
  const alert = page.getByRole('alert').filter({ hasText: '“plan.json” was not imported' });
  await expect(alert).toContainText('This part of the app could not be loaded');
  expect(await stored(page)).toBe(before);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a refused import says what is wrong in Chinese', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入' }).click();
    await (await chooser).setFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: '计划' })),
    });
    const alert = page.getByRole('alert').filter({ hasText: '未导入“plan.json”' });
    await expect(alert).toContainText('文件不是 AI 创业工作簿的导出文件（format：缺少此项）');
    await expect(alert).toContainText('当前计划没有任何改动。');
  });

  test('a file that is not UTF-8 is refused, in Chinese', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入' }).click();
    await (await chooser).setFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 'Café' }), 'latin1'),
    });
    const alert = page.getByRole('alert').filter({ hasText: '未导入“plan.json”' });
    await expect(alert).toContainText('文件不是 UTF-8 文本');
  });
});

async function exportAs(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) as string) };
}

test('Export Markdown gives a task list with owner, due date and notes; Export CSV a spreadsheet that reads Chinese', async ({
  page,
  areaPage,
}) => {
  await areaPage.open('team');
  await areaPage.toggleItem('Core members');
  await areaPage.trackItem('R&D experience', { owner: 'Li Wei', due: '2027-03-31' });
  await areaPage.notes('R&D experience').fill('Two shipped LLM products, "both" in production\nHiring a third');
  await page.goto('/');

  const markdown = await exportAs(page, 'Export Markdown');
  expect(markdown.name).toMatch(/-\d{4}-\d{2}-\d{2}\.md$/);
  const text = markdown.bytes.toString('utf8');
  expect(text).toMatch(/^---\nplan: ".+"\ndate: \d{4}-\d{2}-\d{2}\nprogress: 2%\n/);
  expect(text).toContain('- [x] Core members');
  expect(text).toMatch(/- \[ \] R&D experience @"Li Wei" 📅 2027-03-31\n/);
  expect(text).toContain('  Notes: Two shipped LLM products, "both" in production\n  Hiring a third\n');
  await expect(page.getByRole('status')).toContainText(`Exported ${markdown.name}.`);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  const csv = await exportAs(page, '导出 CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csv.bytes.toString('utf8').slice(1);
  expect(rows.startsWith('领域,标题,状态,负责人,截止日期,优先级,备注,说明\r\n')).toBe(true);
  expect(rows).toContain(',Li Wei,2027-03-31,,"Two shipped LLM products, ""both"" in production\nHiring a third",');
});
