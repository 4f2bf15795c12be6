import { describe, expect, it } from 'vitest';
import savedV1 from './fixtures/state-v1.json';
import { STATE_VERSION } from './persisted-state';
import * as ops from './operations';
import { TEMPLATES } from './templates';
import { testClock } from './testing';
import { diffWorkbooks, exportFileName, MAX_IMPORT_BYTES, parseImport, toExportFile } from './transfer';

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
    let incoming = ops.toggleItem(current, current.order.team[0] as string, true);
    incoming = ops.deleteItem(incoming, current.order.legal[0] as string).workbook;
    const added = ops.addItem(incoming, 'risk', { title: 'New' }, clock);
    if ('error' in added) throw new Error('expected an item');
    expect(diffWorkbooks(current, added.workbook)).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(diffWorkbooks(current, current)).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});
