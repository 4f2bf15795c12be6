// Shows a number of bytes in the user's language, in kB or the largest unit that keeps it at 1 or more.
import type { Locale } from '../workbook/model';
import { LANGUAGE_TAGS } from './messages';

const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatSize(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  // Powers of 1,000, as operating systems and browsers' own settings pages count them.
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
