// `/search?q=`: items across all areas matching the query, grouped by area.
import { createFileRoute } from '@tanstack/react-router';
import { SearchScreen } from '../../search/SearchScreen';
import { LOCALES } from '../../workbook/model';
import { TEMPLATES } from '../../workbook/templates';

export const Route = createFileRoute('/_workbook/search')({
  validateSearch: (search: Record<string, unknown>): { q: string } => ({
    q: typeof search.q === 'string' ? search.q.slice(0, 200) : '',
  }),
  component: SearchRoute,
});

// Guide text matches in either language.
const GUIDES = LOCALES.map((locale) => TEMPLATES[locale]);

function SearchRoute() {
  const { q } = Route.useSearch();
  return <SearchScreen query={q} guides={GUIDES} />;
}
