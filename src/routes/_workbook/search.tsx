// `/search?q=`: items across all areas matching the query, grouped by area.
import { createFileRoute } from '@tanstack/react-router';
import { loadCatalogue } from '../../i18n/catalogue';
import { SearchScreen } from '../../search/SearchScreen';
import { LOCALES } from '../../workbook/model';

export const Route = createFileRoute('/_workbook/search')({
  validateSearch: (search: Record<string, unknown>): { q: string } => ({
    q: typeof search.q === 'string' ? search.q.slice(0, 200) : '',
  }),
  // Guide text matches in either language, so search needs both languages' words.
  loader: async () => (await Promise.all(LOCALES.map(loadCatalogue))).map((catalogue) => catalogue.template),
  component: SearchRoute,
});

function SearchRoute() {
  const { q } = Route.useSearch();
  return <SearchScreen query={q} guides={Route.useLoaderData()} />;
}
