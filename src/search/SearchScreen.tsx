// Search results: every matching item, grouped by area, each linking to the item in its area.
import { Link } from '@tanstack/react-router';
import { useShallow } from 'zustand/react/shallow';
import { useMessages, usePlanAreas, useTemplate } from '../i18n/use-messages';
import { selectWorkbook } from '../store/workbook-store';
import { useWorkbook } from '../store/use-workbook';
import { OwnerBeside } from '../ui/OwnerBeside';
import { useDocumentTitle } from '../ui/use-document-title';
import { useGuidance } from '../ui/use-guidance';
import { resolveItemText } from '../workbook/guide';
import type { Template } from '../workbook/model';
import { searchItems } from '../workbook/filters';

/** `guides`: the guide in every language, since an item matches by its text in any of them. */
export function SearchScreen({ query, guides }: { query: string; guides: readonly Template[] }) {
  const t = useMessages();
  const areas = usePlanAreas();
  const template = useTemplate();
  const workbook = useWorkbook(selectWorkbook);
  // The shown language's guidance, once it has arrived: until then the items' own text is searched.
  const guidance = useGuidance(useWorkbook((s) => s.locale));
  const loaded = guidance === null || guidance === 'failed' ? undefined : guidance;
  const hits = useWorkbook(useShallow((s) => searchItems(selectWorkbook(s), query, guides, loaded).map((hit) => hit.itemId)));
  useDocumentTitle(`${t.searchResults.heading} · ${t.appName}`);
  const trimmed = query.trim();

  return (
    <div className="search">
      <h1>{t.searchResults.heading}</h1>
      <p role="status" className="search__summary">
        {trimmed === ''
          ? t.searchResults.prompt
          : hits.length === 0
            ? // Not "no match" while the criteria and sources it would look through are still on their way.
              guidance === null
              ? t.guidance.loading
              : t.searchResults.none(trimmed)
            : t.searchResults.results(hits.length, trimmed)}
      </p>
      {areas.map(({ id: areaId, name }) => {
        const inArea = hits.filter((id) => workbook.items[id]?.areaId === areaId);
        if (inArea.length === 0) return null;
        return (
          <section key={areaId} aria-labelledby={`search-${areaId}`} className="search__group">
            <h2 id={`search-${areaId}`}>{name}</h2>
            <ul className="next__list">
              {inArea.map((id) => {
                const item = workbook.items[id];
                if (!item) return null;
                const text = resolveItemText(item, template);
                return (
                  <li key={id} className="next__item">
                    <Link to="/areas/$areaId" params={{ areaId }} search={{ item: id }}>
                      {text.title}
                    </Link>
                    <span className="next__meta">
                      {t.tracking.statuses[item.status]}
                      <OwnerBeside owner={item.owner} />
                    </span>
                    {item.notes && <p className="search__notes">{item.notes}</p>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
