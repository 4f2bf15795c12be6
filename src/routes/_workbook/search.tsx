// `/search?q=`: items across all areas matching the query, grouped by area.
import { createFileRoute } from '@tanstack/react-router';
import { useMemo } from 'react';
import { SearchScreen } from '../../search/SearchScreen';
import { allTemplates, loadAllTemplates } from '../../i18n/templates';
import { LOCALES } from '../../workbook/model';

export const Route = createFileRoute('/_workbook/search')({
  validateSearch: (search: Record<string, unknown>): { q: string } => ({
    q: typeof search.q === 'string' ? search.q.slice(0, 200) : '',
  }),
  // Guide text matches in either language: the guide of the language not shown downloads first.
  loader: async () => {
    await loadAllTemplates();
  },
  component: SearchRoute,
});

function SearchRoute() {
  const { q } = Route.useSearch();
  // Both are here: the loader waited for them, and a guide once downloaded stays.
  const guides = useMemo(() => {
    const all = allTemplates();
    return LOCALES.map((locale) => all[locale]);
  }, []);
  return <SearchScreen query={q} guides={guides} />;
}
