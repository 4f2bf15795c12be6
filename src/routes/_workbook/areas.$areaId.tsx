// `/areas/$areaId`: one area's checklist, filtered by the search params; an id that is no area of the plan shown is not found.
import { createFileRoute, notFound } from '@tanstack/react-router';
import { AreaScreen } from '../../checklist/AreaScreen';
import { isAreaId, isAreaOf, STATUSES, type Status } from '../../workbook/model';
import { selectWorkbook } from '../../store/workbook-store';
import { useWorkbook } from '../../store/use-workbook';
import type { AreaFilter } from '../../workbook/filters';
import { NotFound } from '../../ui/NotFound';

export interface AreaSearch extends AreaFilter {
  /** An item to bring into view and focus, from a dashboard or search link. */
  item?: string;
}

/**
 * A value that is not valid is dropped rather than trusted, so an old or mistyped bookmark still
 * opens. Every key is returned, undefined when dropped: the router merges the raw address under the
 * validated one, so an omitted key would let the raw value through.
 */
function validateAreaSearch(search: Record<string, unknown>): AreaSearch {
  return {
    status: STATUSES.includes(search.status as Status) ? (search.status as Status) : undefined,
    owner: typeof search.owner === 'string' && search.owner.trim() ? search.owner.trim() : undefined,
    overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
    item: typeof search.item === 'string' && search.item ? search.item : undefined,
  };
}

// An imported guide's areas are numbered (planAreaIds in model.ts); which exist depends on the plan shown.
const IMPORTED_AREA_ID = /^s[1-9]\d{0,2}$/;

export const Route = createFileRoute('/_workbook/areas/$areaId')({
  params: {
    parse: ({ areaId }) => {
      if (!isAreaId(areaId) && !IMPORTED_AREA_ID.test(areaId)) throw notFound();
      return { areaId };
    },
    stringify: ({ areaId }) => ({ areaId }),
  },
  validateSearch: validateAreaSearch,
  component: AreaRoute,
  notFoundComponent: NotFound,
});

function AreaRoute() {
  const { areaId } = Route.useParams();
  const { item, ...filter } = Route.useSearch();
  const navigate = Route.useNavigate();
  const inPlan = useWorkbook((s) => isAreaOf(selectWorkbook(s), areaId));
  if (!inPlan) return <NotFound />;
  return (
    <AreaScreen
      key={areaId}
      areaId={areaId}
      filter={filter}
      focusItemId={item}
      onFilterChange={(next) => navigate({ search: next, replace: true })}
    />
  );
}
