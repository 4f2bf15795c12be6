// The plan as a document: cover, summary, then one section per area, styled for paper by print.css.
import { Fragment } from 'react';
import { formatDay } from '../i18n/format-day';
import { LANGUAGE_TAGS } from '../i18n/messages';
import { useAreaName, useMessages, usePlanAreas, useTemplate, useWorkbookName } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook, workbookStore } from '../store/use-workbook';
import { SourceLine } from '../ui/SourceLine';
import { guidanceOf, preloadGuidance, useGuidance } from '../ui/use-guidance';
import { useToday } from '../ui/use-today';
import type { GuidanceSource } from '../workbook/guidance';
import { resolveItemText } from '../workbook/guide';
import { type Item, itemsOf } from '../workbook/model';
import { areaProgress, overallProgress } from '../workbook/progress';
import { withControlsShown } from '../workbook/shown-text';
import { dueSoonItems, isOverdue, itemsInOrder, overdueItems, statusCounts } from '../workbook/tracking';

export interface DocumentOptions {
  done: boolean;
  notes: boolean;
  details: boolean;
  /** Each item's criteria, met or not, and its sources as numbered references at the end of its area. */
  guidance: boolean;
  paper: 'a4' | 'letter';
}

export const DEFAULT_DOCUMENT_OPTIONS: DocumentOptions = { done: true, notes: true, details: true, guidance: true, paper: 'a4' };

// The browser's own Print renders this document in beforeprint, too late to fetch anything, so the
// shown language's guidance downloads as soon as this module does (PrintOnDemand loads it when idle),
// and again after a switch of language. A failure shows where the guidance is shown.
const preload = () => void preloadGuidance(workbookStore.getState().locale).catch(() => undefined);
preload();
workbookStore.subscribe(preload);

/** A CSS string literal: the plan's name goes into the page footer through `content`. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

export function PrintDocument({ options }: { options: DocumentOptions }) {
  const t = useMessages();
  const template = useTemplate();
  const areas = usePlanAreas();
  const areaName = useAreaName();
  const name = useWorkbookName();
  const workbook = useWorkbook(selectWorkbook);
  const locale = useWorkbook((s) => s.locale);
  const today = useToday();
  const guidance = useGuidance(locale);
  const loaded = options.guidance && guidance && guidance !== 'failed' ? guidance : null;
  const overall = overallProgress(workbook);
  const planItems = itemsInOrder(workbook);
  const overdue = overdueItems(planItems, today);
  const tag = LANGUAGE_TAGS[locale];
  const printedOn = new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date());
  const dueDay = (day: string) => formatDay(day, locale);
  const company = workbook.company?.trim();
  const [before, between, after] = t.print.pageCounter;
  const pageStyle = `@page {
  size: ${options.paper === 'letter' ? 'letter' : 'A4'};
  @bottom-left { content: ${cssString(name)}; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; }
}`;

  const itemsIn = (areaId: string) => itemsOf(workbook, areaId).flatMap((id) => workbook.items[id] ?? []);
  // Each part isolated: an owner's direction override or right-to-left letters reorder nothing after it.
  const meta = (item: Item) =>
    [
      t.tracking.statuses[item.status],
      item.owner.trim() && t.print.ownerIs(withControlsShown(item.owner.trim())),
      item.due && t.tracking.dueOn(dueDay(item.due)),
      isOverdue(item, today) && t.tracking.overdue,
      item.priority && t.print.priorityIs(t.tracking.priorities[item.priority]),
    ]
      .filter((part): part is string => Boolean(part))
      .map((part, index) => (
        <Fragment key={part}>
          {index > 0 && ' · '}
          <bdi>{part}</bdi>
        </Fragment>
      ));
  const listed = (items: Item[], empty: string) =>
    items.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <ul className="print-summary__list">
        {items.map((item) => (
          <li key={item.id}>
            <strong>
              <bdi>{resolveItemText(item, template).title}</bdi>
            </strong>{' '}
            — {areaName(item.areaId)} · {meta(item)}
          </li>
        ))}
      </ul>
    );

  return (
    <article className="print-doc">
      <style>{pageStyle}</style>
      <header className="print-cover">
        <p className="print-cover__app">{t.appName}</p>
        <h1 className="print-cover__title">{name}</h1>
        {company && <p className="print-cover__company">{t.print.preparedFor(company)}</p>}
        <p className="print-cover__date">{t.print.printedOn(printedOn)}</p>
        <p className="print-cover__progress">
          <span className="print-cover__percent">{overall.percent}%</span>{' '}
          {t.print.overallLine(t.progress.count(overall.done, overall.total))}
        </p>
        <p className="print-cover__intro">{workbook.guide?.introduction ?? template.introduction}</p>
      </header>

      <section className="print-summary" aria-labelledby="print-summary">
        <h2 id="print-summary">{t.print.summary}</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{t.print.area}</th>
              <th scope="col">{t.print.done}</th>
              <th scope="col">{t.print.open}</th>
              <th scope="col">{t.print.na}</th>
              <th scope="col">{t.print.overdue}</th>
              <th scope="col">{t.print.percent}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map(({ id: areaId, name }, index) => {
              const items = itemsIn(areaId);
              const progress = areaProgress(workbook, areaId);
              return (
                <tr key={areaId}>
                  <th scope="row">
                    {index + 1}. {name}
                  </th>
                  <td>{progress.done}</td>
                  <td>{progress.total - progress.done}</td>
                  <td>{items.filter((i) => i.status === 'na').length}</td>
                  <td>{items.filter((i) => isOverdue(i, today)).length}</td>
                  <td>{progress.percent}%</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.print.total}</th>
              <td>{overall.done}</td>
              <td>{overall.total - overall.done}</td>
              <td>{statusCounts(planItems).na}</td>
              <td>{overdue.length}</td>
              <td>{overall.percent}%</td>
            </tr>
          </tfoot>
        </table>
        <h3>{t.print.overdueHeading}</h3>
        {listed(overdue, t.print.noneOverdue)}
        <h3>{t.print.dueSoonHeading}</h3>
        {listed(dueSoonItems(planItems, today), t.print.noneDueSoon)}
      </section>

      {areas.map((area, index) => {
        const areaId = area.id;
        const progress = areaProgress(workbook, areaId);
        const all = itemsIn(areaId);
        const shown = options.done ? all : all.filter((item) => item.status !== 'done');
        const leftOut = all.length - shown.length;
        // Footnote-style: each distinct citation in this area once, numbered in the order items cite it.
        const references: GuidanceSource[] = [];
        const referenceNumber = (source: GuidanceSource) => {
          const same = (other: GuidanceSource) =>
            other.url === source.url && other.article === source.article && other.date === source.date;
          if (!references.some(same)) references.push(source);
          return references.findIndex(same) + 1;
        };
        return (
          <section key={areaId} className="print-area" aria-labelledby={`print-${areaId}`}>
            <h2 id={`print-${areaId}`}>
              {index + 1}. {area.title}
            </h2>
            <p className="print-area__question">{area.question}</p>
            <p className="print-area__progress">{t.progress.count(progress.done, progress.total)}</p>
            {shown.length === 0 && leftOut === 0 && <p>{t.print.noItems}</p>}
            {shown.length > 0 && (
              <ul className="print-items">
                {shown.map((item) => {
                  const text = resolveItemText(item, template);
                  const done = item.status === 'done';
                  const fromGuide = loaded && item.templateKey ? guidanceOf(loaded, item.templateKey) : undefined;
                  const criteria = options.guidance ? [...(fromGuide?.criteria ?? []), ...item.criteria.own] : [];
                  const cited = fromGuide?.sources.map(referenceNumber) ?? [];
                  return (
                    <li key={item.id} className="print-item" data-done={done || undefined}>
                      <span className="print-item__box" aria-hidden="true">
                        {done ? '☑' : '☐'}
                      </span>
                      <div className="print-item__body">
                        <p className="print-item__title">
                          <span className="visually-hidden">{done ? t.print.done : t.print.notDone}: </span>
                          <bdi>{text.title}</bdi>
                        </p>
                        {options.details && text.detail && <p className="print-item__detail">{text.detail}</p>}
                        <p className="print-item__meta">{meta(item)}</p>
                        {criteria.length > 0 && (
                          <div className="print-item__criteria">
                            <p className="print-item__notes-label">{t.guidance.doneWhen}</p>
                            <ul>
                              {criteria.map((criterion) => {
                                const met = item.criteria.met.includes(criterion.id);
                                return (
                                  <li key={criterion.id}>
                                    <span className="print-item__criterion-box" aria-hidden="true">
                                      {met ? '☑' : '☐'}
                                    </span>{' '}
                                    <span className="visually-hidden">{met ? t.print.done : t.print.notDone}: </span>
                                    {criterion.text}
                                  </li>
                                );
                              })}
                            </ul>
                            {cited.length > 0 && (
                              <p className="print-item__cited">
                                {t.guidance.cited([...new Set(cited)].map((n) => `[${n}]`).join(' '))}
                              </p>
                            )}
                          </div>
                        )}
                        {options.notes && item.notes.trim() && (
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
            {leftOut > 0 && <p className="print-area__left-out">{t.print.doneLeftOut(leftOut)}</p>}
            {loaded && references.length > 0 && (
              // A plain block, not a labelled section: ten regions all named "References" would be landmarks no one can tell apart.
              <div className="print-references">
                <h3>{t.guidance.references}</h3>
                <ol>
                  {references.map((source, index) => (
                    <li key={`${source.url} ${source.article} ${source.date}`}>
                      [{index + 1}] <SourceLine source={source} locale={locale} />
                      <span className="print-references__url">{source.url}</span>
                    </li>
                  ))}
                </ol>
                <p className="print-area__progress">{t.guidance.asOf(formatDay(loaded.asOf, locale))}</p>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
