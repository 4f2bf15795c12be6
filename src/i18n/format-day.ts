// Shows a due day (YYYY-MM-DD) in the user's language, with one cached formatter per language.
import type { Locale } from '../workbook/model';
import { LANGUAGE_TAGS } from './messages';

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDay(day: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    // UTC on both sides: a plain day must not shift with the viewer's time zone.
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  // A day that is not one (never kept, but a screen must not fail over it) is shown as it is.
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}
