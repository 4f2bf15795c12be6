// "What to do next": status counts, overdue, due soon, owners and recent completions, from the store.
import { Link } from '@tanstack/react-router';
import { formatDay } from '../i18n/format-day';
import { useAreaName, useMessages, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { useToday } from '../ui/use-today';
import { resolveItemTitle } from '../workbook/guide';
import { type Item, STATUSES } from '../workbook/model';
import { withControlsShown } from '../workbook/shown-text';
import { OwnerBeside } from '../ui/OwnerBeside';
import { dueSoonItems, itemsInOrder, overdueItems, ownerSummaries, recentlyCompleted, statusCounts } from '../workbook/tracking';

/** A dashboard list shows the first few; the area pages and search hold the rest. */
const LIST_LIMIT = 8;

/** A link to the item on its area's page, where it is scrolled into view and focused. */
function ItemLink({ item, extra }: { item: Item; extra?: string }) {
  const template = useTemplate();
  const areaName = useAreaName();
  return (
    <li className="next__item">
      <Link to="/areas/$areaId" params={{ areaId: item.areaId }} search={{ item: item.id }}>
        {resolveItemTitle(item, template)}
      </Link>
      <span className="next__meta">
        {areaName(item.areaId)}
        <OwnerBeside owner={item.owner} />
        {extra && ` · ${extra}`}
      </span>
    </li>
  );
}

function ItemList({ items, empty, extra }: { items: Item[]; empty: string; extra?: (item: Item) => string }) {
  const t = useMessages();
  if (items.length === 0) return <p className="next__empty">{empty}</p>;
  return (
    <>
      <ul className="next__list">
        {items.slice(0, LIST_LIMIT).map((item) => (
          <ItemLink key={item.id} item={item} extra={extra?.(item)} />
        ))}
      </ul>
      {items.length > LIST_LIMIT && <p className="next__more">{t.next.more(items.length - LIST_LIMIT)}</p>}
    </>
  );
}

export function NextSteps() {
  const t = useMessages();
  const workbook = useWorkbook(selectWorkbook);
  const today = useToday();
  const locale = useWorkbook((s) => s.locale);
  const items = itemsInOrder(workbook);
  const counts = statusCounts(items);
  const owners = ownerSummaries(items);
  const overdue = overdueItems(items, today);
  const dueText = (item: Item) => t.tracking.dueOn(formatDay(item.due as string, locale));

  return (
    <section aria-labelledby="next-heading" className="next">
      <h2 id="next-heading">{t.next.heading}</h2>
      <div className="next__grid">
        <section aria-labelledby="status-heading" className="next__panel">
          <h3 id="status-heading">{t.next.statusHeading}</h3>
          <dl className="status-counts">
            {STATUSES.map((status) => (
              <div key={status} data-status={status}>
                <dt>{t.tracking.statuses[status]}</dt>
                <dd>{counts[status]}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="overdue-heading" className="next__panel" data-alert={overdue.length > 0 || undefined}>
          <h3 id="overdue-heading">{t.next.overdueHeading}</h3>
          <ItemList items={overdue} empty={t.next.noneOverdue} extra={dueText} />
        </section>
        <section aria-labelledby="due-soon-heading" className="next__panel">
          <h3 id="due-soon-heading">{t.next.dueSoonHeading}</h3>
          <ItemList items={dueSoonItems(items, today)} empty={t.next.noneDueSoon} extra={dueText} />
        </section>
        <section aria-labelledby="owners-heading" className="next__panel">
          <h3 id="owners-heading">{t.next.ownersHeading}</h3>
          {owners.length === 0 ? (
            <p className="next__empty">{t.next.noOwners}</p>
          ) : (
            <ul className="next__list">
              {owners.map((summary) => (
                <li key={summary.owner} className="next__item">
                  {/* Listed one above the other, owners that look alike must read differently. */}
                  <bdi className="next__owner">{withControlsShown(summary.owner)}</bdi>
                  <span className="next__meta">{t.next.ownerCounts(summary.done, summary.open)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-heading" className="next__panel">
          <h3 id="recent-heading">{t.next.recentHeading}</h3>
          <ItemList items={recentlyCompleted(items)} empty={t.next.noneCompleted} />
        </section>
      </div>
    </section>
  );
}
