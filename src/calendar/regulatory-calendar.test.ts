import { describe, expect, it } from 'vitest';
import { loadGuidance } from '../workbook/guidance-modules';
import { calendarEntries, isInForce } from './regulatory-calendar';

describe('the regulatory calendar', () => {
  it("lists the seeds' dated obligations in date order, each with the items citing it, in both languages alike", async () => {
    const [en, zh] = await Promise.all([loadGuidance('en'), loadGuidance('zh')]);
    const entries = calendarEntries(en);
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    const article50 = entries.find((entry) => entry.date === '2026-08-02');
    expect(article50?.articles).toContain('Art. 50');
    expect(article50?.itemKeys).toContain('international/1');
    const labelling = entries.find((entry) => entry.date === '2025-09-01');
    expect(labelling?.source.url).toContain('cac.gov.cn');
    expect(labelling?.itemKeys).toEqual(['legal/1', 'international/1']);
    expect(calendarEntries(zh).map((entry) => [entry.date, entry.itemKeys])).toEqual(
      entries.map((entry) => [entry.date, entry.itemKeys]),
    );
  });

  it('marks a date in force from that day on; a month counts from its first day', () => {
    expect(isInForce('2026-08-02', '2026-08-01')).toBe(false);
    expect(isInForce('2026-08-02', '2026-08-02')).toBe(true);
    expect(isInForce('2023-12', '2023-12-01')).toBe(true);
  });
});
