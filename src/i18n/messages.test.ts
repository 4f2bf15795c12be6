import { describe, expect, it } from 'vitest';
import { detectLocale } from '../workbook/model';
import { formatDay } from './format-day';
import { formatSize } from './format-size';
import { en } from './messages.en';
import { zh } from './messages.zh';
import { fieldProblemText } from './field-problem-text';

const MESSAGES = { en, zh };

describe('detectLocale', () => {
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en'], 'zh'],
    [['zh'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(detectLocale(languages)).toBe(expected);
  });
});

it('both catalogues have the same keys', () => {
  const keys = (value: object, prefix = ''): string[] =>
    Object.entries(value).flatMap(([key, v]) =>
      typeof v === 'object' && v !== null ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  expect(keys(MESSAGES.zh)).toEqual(keys(MESSAGES.en));
});

it('words a field problem in each language', () => {
  const problem = { path: 'workbook.items.a.status', expectation: { kind: 'one-of' as const, values: ['"todo"', '"done"'] } };
  expect(fieldProblemText(MESSAGES.en, problem)).toBe('workbook.items.a.status: expected one of "todo", "done"');
  expect(fieldProblemText(MESSAGES.zh, problem)).toBe('workbook.items.a.status：应为以下之一："todo"、"done"');
  expect(fieldProblemText(MESSAGES.zh, { path: 'format', expectation: { kind: 'missing' } })).toBe('format：缺少此项');
  expect(fieldProblemText(MESSAGES.en, { path: 'version', expectation: { kind: 'type', expected: 'integer' } })).toBe(
    'version: expected a whole number',
  );
});

it('shows a due day in each language, and a text that is not a day as it is instead of failing', () => {
  expect(formatDay('2026-11-20', 'en')).toBe('Nov 20, 2026');
  expect(formatDay('2026-11-20', 'zh')).toBe('2026年11月20日');
  expect(formatDay('61120-02-02', 'en')).toBe('61120-02-02');
});

describe('formatSize', () => {
  it.each([
    [0, 'en', '0 kB'],
    [420, 'en', '0.4 kB'],
    [48_213, 'en', '48 kB'],
    [1_450_000, 'en', '1.5 MB'],
    [296_000_000_000, 'en', '296 GB'],
    [1_450_000, 'zh', '1.5 MB'],
  ] as const)('%d bytes in %s → %s', (bytes, locale, expected) => {
    expect(formatSize(bytes, locale)).toBe(expected);
  });
});

describe('a plan’s name in a sentence', () => {
  it.each(['en', 'zh'] as const)('%s: a right-to-left override in the name does not turn the words after it around', (locale) => {
    const t = MESSAGES[locale].plans;
    for (const sentence of [t.deleteTitle('\u202Eevil'), t.deleted('\u202Eevil'), t.created('\u202Eevil')]) {
      expect(sentence).toContain('\u2068\u202Eevil\u2069');
    }
  });
});
