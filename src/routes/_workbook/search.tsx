// `/search?q=`: items across all areas matching the query, grouped by area.
import { createFileRoute } from '@tanstack/react-router';
import { SearchScreen } from '../../search/SearchScreen';

export const Route = createFileRoute('/_workbook/search')({
  validateSearch: (search: Record<string, unknown>): { q: string } => ({
    q: typeof search.q === 'string' ? search.q.slice(0, 200) : '',
  }),
  component: SearchRoute,
});

function SearchRoute() {
  const { q } = Route.useSearch();
  return <SearchScreen query={q} />;
}
