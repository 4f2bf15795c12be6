// `/areas/$areaId`: one area's checklist; an id that is not one of the ten areas is not found.
import { createFileRoute, notFound } from '@tanstack/react-router';
import { AreaScreen } from '../../checklist/AreaScreen';
import { isAreaId } from '../../workbook/model';
import { NotFound } from '../../ui/NotFound';

export const Route = createFileRoute('/_workbook/areas/$areaId')({
  params: {
    parse: ({ areaId }) => {
      if (!isAreaId(areaId)) throw notFound();
      return { areaId };
    },
    stringify: ({ areaId }) => ({ areaId }),
  },
  component: AreaRoute,
  notFoundComponent: NotFound,
});

function AreaRoute() {
  const { areaId } = Route.useParams();
  return <AreaScreen key={areaId} areaId={areaId} />;
}
