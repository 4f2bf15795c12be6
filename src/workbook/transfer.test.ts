import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import savedV1 from './fixtures/state-v1.json';
import { STATE_VERSION } from './persisted-state';
import type { Workbook } from './model';
import * as ops from './operations';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';
import { recordChanges } from './stamps';
import { diffWorkbooks, exportFileName, MAX_IMPORT_BYTES, parseImport, previewImport, toExportFile } from './transfer';

const NOW = new Date(2026, 10, 28, 9, 30);
const workbook = () => ops.createWorkbook(TEMPLATES.zh, testClock());

describe('export', () => {
  it('wraps the workbook with a format and version', () => {
    const file = toExportFile(workbook(), NOW);
    expect(file.format).toBe('ai-startup-workbook');
    expect(file.version).toBe(STATE_VERSION);
    expect(file.exportedAt).toBe(NOW.toISOString());
  });

  it.each([
    ['Acme AI — Seed Plan', 'acme-ai-seed-plan-2026-11-28.json'],
    ['AI大模型创业：如何抓住未来机遇？', 'ai大模型创业-如何抓住未来机遇-2026-11-28.json'],
    ['../../etc/passwd', 'etc-passwd-2026-11-28.json'],
    ['???', 'workbook-2026-11-28.json'],
  ])('names the file after %j and the date', (name, expected) => {
    expect(exportFileName(name, NOW)).toBe(expected);
  });
});

describe('parseImport', () => {
  it('round-trips an export to an equal workbook', () => {
    const original = workbook();
    const result = parseImport(JSON.stringify(toExportFile(original, NOW)));
    expect(result).toEqual({ ok: true, workbook: original, exportedAt: NOW.toISOString() });
  });

  it('reads an export of version 1 through the migrate chain', () => {
    const v1 = { format: 'ai-startup-workbook', version: 1, exportedAt: NOW.toISOString(), workbook: savedV1.state.workbooks[0] };
    const result = parseImport(JSON.stringify(v1));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.workbook.order).toEqual(savedV1.state.workbooks[0]!.order);
    expect(result.workbook.deleted).toEqual({});
  });

  it('refuses text that is not JSON', () => {
    expect(parseImport('{"format": ')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });

  it('refuses a file over 5 MB without parsing it', () => {
    expect(parseImport('{}', MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      problem: { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1 },
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key anywhere', (key) => {
    const file = toExportFile(workbook(), NOW);
    const text = JSON.stringify(file).replace('"items":{', `"items":{"${key}":{"polluted":true},`);
    const result = parseImport(text);
    expect(result).toEqual({ ok: false, problem: { code: 'forbidden-key', path: `workbook.items.${key}` } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses JSON that is not an export, naming what was expected', () => {
    const result = parseImport(JSON.stringify({ hello: 'world' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('not-a-workbook');
      expect(JSON.stringify(result.problem)).toContain('format');
    }
  });

  it('refuses a workbook with a wrong field, naming the field', () => {
    const file = toExportFile(workbook(), NOW) as unknown as { workbook: { items: Record<string, { status: unknown }> } };
    const [id] = Object.keys(file.workbook.items);
    file.workbook.items[id!]!.status = 'yes';
    const result = parseImport(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    if (!result.ok && result.problem.code === 'invalid') expect(result.problem.detail).toContain(`workbook.items.${id}.status`);
  });

  it('refuses a file from a newer version of the app', () => {
    const file = { ...toExportFile(workbook(), NOW), version: STATE_VERSION + 1 };
    expect(parseImport(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: STATE_VERSION + 1 },
    });
  });
});

describe('diffWorkbooks', () => {
  it('counts items added, changed and removed', () => {
    const clock = testClock(0, 'new');
    const current = workbook();
    let incoming = ops.toggleItem(current, itemsOf(current, 'team')[0] as string, true);
    incoming = ops.deleteItem(incoming, itemsOf(current, 'legal')[0] as string).workbook;
    const added = ops.addItem(incoming, 'risk', { title: 'New' }, clock);
    if ('error' in added) throw new Error('expected an item');
    expect(diffWorkbooks(current, added.workbook)).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(diffWorkbooks(current, current)).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it('counts an item whose id is a built-in name as added, not changed', () => {
    const current = workbook();
    const added = ops.addItem(current, 'risk', { title: 'Odd' }, { newId: () => 'toString', now: () => 1 });
    if ('error' in added) throw new Error('expected an item');
    expect(diffWorkbooks(current, added.workbook)).toEqual({ added: 1, changed: 0, removed: 0 });
    expect(diffWorkbooks(added.workbook, current)).toEqual({ added: 0, changed: 0, removed: 1 });
  });
});

describe('parseImport refuses what the screens could not use', () => {
  /** An export of a fresh workbook, changed by `mutate` before it is written out. */
  interface LooseFile {
    exportedAt: unknown;
    workbook: {
      name: unknown;
      items: Record<string, Record<string, unknown>>;
      order: Record<string, string[]>;
      deleted: unknown;
    };
  }
  const fileWith = (mutate: (file: LooseFile) => void) => {
    const file = JSON.parse(JSON.stringify(toExportFile(workbook(), NOW)));
    mutate(file);
    return JSON.stringify(file);
  };
  const refusal = (text: string) => {
    const result = parseImport(text);
    if (result.ok) throw new Error('expected a refusal');
    return result.problem;
  };

  it.each(['toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'])('an item id named %s', (name) => {
    const text = fileWith(({ workbook: w }) => {
      const id = itemsOf(w, 'team')![0]!;
      w.items[name] = { ...w.items[id], id: name };
      delete w.items[id];
      w.order.team![0] = name;
    });
    expect(refusal(text)).toMatchObject({
      code: 'invalid',
      field: { path: `workbook.items.${name}`, expectation: { kind: 'reserved-id' } },
    });
  });

  it('a deletion marker or an order entry named after a built-in member', () => {
    expect(refusal(fileWith(({ workbook: w }) => (w.deleted = { valueOf: 5 })))).toMatchObject({
      code: 'invalid',
      field: { path: 'workbook.deleted.valueOf', expectation: { kind: 'reserved-id' } },
    });
    expect(refusal(fileWith(({ workbook: w }) => w.order.risk!.push('toString')))).toMatchObject({
      code: 'invalid',
      field: { path: 'workbook.order.risk.4', expectation: { kind: 'reserved-id' } },
    });
  });

  it.each(['toString/0', 'team', 'team/x', 'team/-1', 'nowhere/0'])('a template key %j', (key) => {
    const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.templateKey = key));
    expect(refusal(text)).toMatchObject({ code: 'invalid', field: { expectation: { kind: 'template-key' } } });
  });

  // A well-formed key that names no bullet, or another area's, would show a blank or a wrong title.
  it.each([
    ['team/999', 'guide-key-beyond'],
    ['team/5', 'guide-key-beyond'],
    ['funding/0', 'guide-key-area'],
  ])('a template key %j that is not a bullet of the item’s area', (key, kind) => {
    const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.templateKey = key));
    expect(refusal(text)).toMatchObject({ code: 'invalid', field: { expectation: { kind } } });
  });

  it('a template key for the last bullet of its area is accepted', () => {
    const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.templateKey = 'team/4'));
    expect(parseImport(text).ok).toBe(true);
  });

  // The editor refuses these titles (and its one-line field cannot hold a line break).
  it.each(['', '   ', '   \u200B ', '\u2060\uFEFF', 'line1\nline2', 'line1\r\nline2'])(
    'a title %j the editor would refuse',
    (title) => {
      const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.title = title));
      expect(refusal(text)).toMatchObject({ code: 'invalid', field: { expectation: { kind: 'title' } } });
    },
  );

  it('a guide item whose title is null (following the guide) is accepted', () => {
    const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.title = null));
    expect(parseImport(text).ok).toBe(true);
  });

  it('an empty item id, saying it is empty', () => {
    const text = fileWith(({ workbook: w }) => {
      const id = itemsOf(w, 'team')![0]!;
      w.items[''] = { ...w.items[id], id: '' };
      delete w.items[id];
      w.order.team![0] = '';
    });
    expect(refusal(text)).toMatchObject({ code: 'invalid', field: { expectation: { kind: 'empty-id' } } });
  });

  it('JSON nested too deep to be a workbook, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = fileWith(({ workbook: w }) => (w.name = 'DEEP')).replace('"DEEP"', deep);
    expect(refusal(text)).toMatchObject({ code: 'too-deep' });
  });

  it.each(['yesterday', '2026-13-45T99:00:00Z', ''])('an export time %j that is not a date', (exportedAt) => {
    expect(refusal(fileWith((file) => (file.exportedAt = exportedAt)))).toMatchObject({
      code: 'not-a-workbook',
      field: { path: 'exportedAt', expectation: { kind: 'timestamp' } },
    });
  });

  it.each(['2026-02-30', '0000-01-01', '2025-02-29'])('a due date %j that is not a calendar day', (due) => {
    const text = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.due = due));
    expect(refusal(text)).toMatchObject({ code: 'invalid', field: { expectation: { kind: 'date' } } });
  });

  it('lists where objects belong, and objects where lists belong', () => {
    expect(refusal(fileWith(({ workbook: w }) => (w.items = [] as never)))).toMatchObject({
      code: 'invalid',
      field: { path: 'workbook.items', expectation: { kind: 'type', expected: 'object' } },
    });
    expect(refusal(fileWith(({ workbook: w }) => (w.deleted = [1])))).toMatchObject({
      code: 'invalid',
      field: { path: 'workbook.deleted', expectation: { kind: 'type', expected: 'object' } },
    });
    const changedAt = fileWith(({ workbook: w }) => (w.items[itemsOf(w, 'team')![0]!]!.changedAt = []));
    expect(refusal(changedAt)).toMatchObject({ code: 'invalid', field: { expectation: { kind: 'type', expected: 'object' } } });
  });

  it('still reads a leap day and a due date in year 1', () => {
    const text = fileWith(({ workbook: w }) => {
      w.items[itemsOf(w, 'team')![0]!]!.due = '2028-02-29';
      w.items[itemsOf(w, 'team')![1]!]!.due = '0001-01-01';
    });
    expect(parseImport(text).ok).toBe(true);
  });
});

describe('previewImport', () => {
  const at = (workbook: Workbook, time: number, change: (w: Workbook) => Workbook) =>
    recordChanges(workbook, change(workbook), time);

  it('a backup made before a deletion: Merge keeps the deletion, so it adds nothing', () => {
    const start = workbook();
    const added = ops.addItem(start, 'funding', { title: 'Voucher' }, testClock(10, 'own'));
    if ('error' in added) throw new Error('expected an item');
    const backup = recordChanges(start, added.workbook, 10);
    const current = at(backup, 20, (w) => ops.deleteItem(w, added.itemId).workbook);
    expect(previewImport(current, backup)?.merge).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(previewImport(current, backup)?.replace).toEqual({ added: 1, changed: 0, removed: 0 });
  });

  it('a file with deletion markers: Merge removes those items, and says so', () => {
    const current = workbook();
    const gone = itemsOf(current, 'legal').slice(0, 3);
    const file = at(current, 2e12, (w) => gone.reduce((next, id) => ops.deleteItem(next, id).workbook, w));
    expect(previewImport(current, file)?.merge).toEqual({ added: 0, changed: 0, removed: 3 });
  });

  it('counts what Merge changes in items both sides have', () => {
    const current = workbook();
    const id = itemsOf(current, 'team')[0] as string;
    const file = at(current, 40, (w) => ops.setNotes(w, id, 'from the file'));
    expect(previewImport(current, file)?.merge).toEqual({ added: 0, changed: 1, removed: 0 });
  });
});
