// The whole plan as one document: every area, item, tick and note, ready for paper or PDF.
import { Link } from '@tanstack/react-router';
import { LANGUAGE_TAGS } from '../i18n/messages';
import { useMessages, useTemplate, useWorkbookName } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { resolveItemText } from '../workbook/guide';
import { AREA_IDS } from '../workbook/model';
import { areaProgress, overallProgress } from '../workbook/progress';
import { StorageAlerts } from '../ui/StorageAlerts';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-today';
import { isOverdue } from '../workbook/tracking';


export function PrintScreen() {
  const t = useMessages();
  const template = useTemplate();
  const name = useWorkbookName();
  const workbook = useWorkbook(selectWorkbook);
  const locale = useWorkbook((s) => s.locale);
  const overall = overallProgress(workbook);
  const printedOn = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long' }).format(new Date());
  const dayFormat = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'medium', timeZone: 'UTC' });
  const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const today = useToday();
  useDocumentTitle(name);

  return (
    <div className="print-page">
      <header className="print-toolbar no-print">
        <Link to="/" className="button">
          ← {t.print.back}
        </Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t.print.print}
        </button>
        <p className="print-toolbar__hint">{t.print.hint}</p>
      </header>

      <main className="print-doc" id="main">
        <StorageAlerts />
        <header className="print-doc__cover">
          <p className="eyebrow">{t.appName}</p>
          <h1>{name}</h1>
          <p>{t.print.printedOn(printedOn)}</p>
          <p>
            {t.progress.overall}: {t.progress.count(overall.done, overall.total)} ({overall.percent}%)
          </p>
          <p className="print-doc__intro">{template.introduction}</p>
        </header>

        {AREA_IDS.map((areaId, index) => {
          const area = template.areas[areaId];
          const progress = areaProgress(workbook, areaId);
          const items = workbook.order[areaId].flatMap((id) => workbook.items[id] ?? []);
          return (
            <section key={areaId} className="print-area" aria-labelledby={`print-${areaId}`}>
              <h2 id={`print-${areaId}`}>
                {index + 1}. {area.title}
              </h2>
              <p className="print-area__question">{area.question}</p>
              <p className="print-area__progress">{t.progress.count(progress.done, progress.total)}</p>
              {items.length === 0 ? (
                <p>{t.print.noItems}</p>
              ) : (
                <ul className="print-items">
                  {items.map((item) => {
                    const text = resolveItemText(item, template);
                    return (
                      <li key={item.id} className="print-item" data-done={item.status === 'done' || undefined}>
                        <span className="print-item__box" aria-hidden="true">
                          {item.status === 'done' ? '☑' : '☐'}
                        </span>
                        <div className="print-item__body">
                          <p className="print-item__title">
                            <span className="visually-hidden">{item.status === 'done' ? t.print.done : t.print.notDone}: </span>
                            {text.title}
                          </p>
                          {text.detail && <p className="print-item__detail">{text.detail}</p>}
                          <p className="print-item__meta">
                            {[
                              t.tracking.statuses[item.status],
                              item.owner.trim() && `${t.filter.owner}: ${item.owner.trim()}`,
                              item.due && t.tracking.dueOn(formatDay(item.due)),
                              item.due && isOverdue(item, today) && t.tracking.overdue,
                              item.priority && `${t.print.priority}: ${t.tracking.priorities[item.priority]}`,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </p>
                          {item.notes && (
                            <div className="print-item__notes">
                              <p className="print-item__notes-label">{t.print.notes}</p>
                              <p className="print-item__notes-text">{item.notes}</p>
                            </div>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </main>
    </div>
  );
}
