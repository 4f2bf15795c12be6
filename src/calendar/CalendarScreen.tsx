// `/calendar`: the dated obligations from the guidance's sources, each linked to the items it concerns.
import { Link } from '@tanstack/react-router';
import { formatDay } from '../i18n/format-day';
import { useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { GuidanceLoadFailed } from '../ui/GuidanceLoadFailed';
import { SourceLine } from '../ui/SourceLine';
import { useDocumentTitle } from '../ui/use-document-title';
import { useGuidance } from '../ui/use-guidance';
import { useToday } from '../ui/use-today';
import { resolveItemText } from '../workbook/guide';
import { type AreaId, type Item, isAreaId } from '../workbook/model';
import { calendarEntries, isInForce } from './regulatory-calendar';

export function CalendarScreen() {
  const t = useMessages();
  const locale = useWorkbook((s) => s.locale);
  const g = t.guidance;
  const template = useTemplate();
  const guidance = useGuidance(locale);
  const items = useWorkbook((s) => selectWorkbook(s).items);
  const today = useToday();
  useDocumentTitle(`${g.calendar} · ${t.appName}`);

  // The plan's item for each guide key, to link to it; a deleted guide item is named without a link.
  const byKey = new Map<string, Item>();
  for (const item of Object.values(items)) if (item.templateKey) byKey.set(item.templateKey, item);

  return (
    <article className="calendar" aria-labelledby="calendar-title">
      <header>
        <h1 id="calendar-title">{g.calendar}</h1>
        <p>{g.calendarIntro}</p>
      </header>
      {guidance === null && <p>{g.loading}</p>}
      {guidance === 'failed' && <GuidanceLoadFailed />}
      {guidance && guidance !== 'failed' && (
        <>
          <ol className="calendar__list">
            {calendarEntries(guidance).map((entry) => {
              const inForce = isInForce(entry.date, today);
              return (
                <li key={`${entry.source.url} ${entry.date}`} className="calendar__entry" data-in-force={inForce || undefined}>
                  <p className="calendar__date">
                    <time dateTime={entry.date}>{entry.date.length === 10 ? formatDay(entry.date, locale) : entry.date}</time>{' '}
                    <span className={inForce ? 'badge badge--in-force' : 'badge'}>{inForce ? g.inForce : g.upcoming}</span>
                  </p>
                  <p>
                    <SourceLine
                      source={{ ...entry.source, article: entry.articles.join(g.articleSeparator) || null }}
                      locale={locale}
                    />
                  </p>
                  <p className="calendar__items">
                    {g.concerns}
                    {entry.itemKeys.map((key, index) => {
                      const item = byKey.get(key);
                      const [areaId] = key.split('/');
                      const title = item
                        ? resolveItemText(item, template).title
                        : (template.areas[areaId as AreaId]?.items[Number(key.split('/')[1])]?.title ?? key);
                      return (
                        <span key={key}>
                          {index > 0 && g.separator}
                          {item && isAreaId(areaId) ? (
                            <Link to="/areas/$areaId" params={{ areaId }} search={{ item: item.id }}>
                              {title}
                            </Link>
                          ) : (
                            title
                          )}
                        </span>
                      );
                    })}
                  </p>
                </li>
              );
            })}
          </ol>
          <p className="item__as-of">{g.asOf(formatDay(guidance.asOf, locale))}</p>
        </>
      )}
    </article>
  );
}
