// One source of the guidance as a reader cites it, for the item's disclosure and the calendar.
import { formatDay } from '../i18n/format-day';
import { useMessages } from '../i18n/use-messages';
import type { GuidanceSource } from '../workbook/guidance';
import type { Locale } from '../workbook/model';

/** A source as a reader cites it: the linked name, issuer, article, and the date it counts from. */
export function SourceLine({ source, locale, tabIndex }: { source: GuidanceSource; locale: Locale; tabIndex?: number }) {
  const t = useMessages().guidance;
  const day = source.date.length === 10 ? formatDay(source.date, locale) : source.date;
  const when = locale === 'zh' ? `${day}${t.dateKinds[source.dateKind]}` : `${t.dateKinds[source.dateKind]} ${day}`;
  return (
    <>
      <a href={source.url} target="_blank" rel="noreferrer" tabIndex={tabIndex}>
        {source.name}
      </a>
      {' · '}
      {source.issuer}
      {source.article ? ` · ${source.article}` : ''}
      {' · '}
      {when}
    </>
  );
}
