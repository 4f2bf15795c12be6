// The user's calendar day, for due dates; read at render so a page left open overnight catches up.
import { localDay } from '../workbook/tracking';

let last = { at: Number.NaN, day: '' };

/**
 * Every row of a long area asks during the same render, and formatting the date per row slowed the
 * area switch measurably, so one answer serves for a second (a clock moved back counts as stale too).
 */
export function useToday(): string {
  const now = Date.now();
  if (!(Math.abs(now - last.at) < 1000)) last = { at: now, day: localDay(new Date(now)) };
  return last.day;
}
