import { describe, expect, it } from 'vitest';
import { itemsOf } from './model';
import { createWorkbook, deleteItem, toggleItem } from './operations';
import { areaProgress, overallProgress, toProgress } from './progress';
import { TEMPLATES } from './test-templates';
import { testClock } from './testing';

describe('progress', () => {
  it('counts done items per area and overall', () => {
    const clock = testClock();
    let workbook = createWorkbook(TEMPLATES.en, clock);
    for (const id of itemsOf(workbook, 'funding').slice(0, 2)) workbook = toggleItem(workbook, id, true);
    workbook = toggleItem(workbook, itemsOf(workbook, 'team')[0] as string, true);

    expect(areaProgress(workbook, 'funding')).toEqual({ done: 2, total: 4, percent: 50 });
    expect(areaProgress(workbook, 'team')).toEqual({ done: 1, total: 5, percent: 20 });
    expect(areaProgress(workbook, 'legal')).toEqual({ done: 0, total: 4, percent: 0 });
    expect(overallProgress(workbook)).toEqual({ done: 3, total: 43, percent: 6 });
  });

  it('an empty area is 0 of 0 and 0%, not NaN', () => {
    const clock = testClock();
    let workbook = createWorkbook(TEMPLATES.en, clock);
    for (const id of itemsOf(workbook, 'legal')) workbook = deleteItem(workbook, id).workbook;
    expect(areaProgress(workbook, 'legal')).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('follows every new version of the workbook', () => {
    let workbook = createWorkbook(TEMPLATES.en, testClock());
    const before = areaProgress(workbook, 'funding');
    workbook = toggleItem(workbook, itemsOf(workbook, 'funding')[0] as string, true);
    expect(areaProgress(workbook, 'funding')).toEqual({ done: 1, total: 4, percent: 25 });
    expect(overallProgress(workbook)).toEqual({ done: 1, total: 43, percent: 2 });
    expect(before).toEqual({ done: 0, total: 4, percent: 0 });
  });

  it('rounds down, so only a finished plan shows 100%', () => {
    expect(toProgress(2, 3).percent).toBe(66);
    expect(toProgress(42, 43).percent).toBe(97);
    expect(toProgress(43, 43).percent).toBe(100);
  });
});
