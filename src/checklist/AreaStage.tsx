// The area screens, drawn at one place in the workbook layout (see shell/AreaSlot.tsx): the area
// open now, and the one just left, hidden until it is taken down (see use-area-left.ts).
import { useNavigate } from '@tanstack/react-router';
import type { AreaFilter } from '../workbook/filters';
import type { AreaId } from '../workbook/model';
import { AreaScreen } from './AreaScreen';
import { useAreaLeft } from './use-area-left';

export interface OpenArea {
  areaId: AreaId;
  filter: AreaFilter;
  /** An item to bring into view and focus, from a dashboard or search link. */
  focusItemId?: string;
}

export function AreaStage({ open }: { open: OpenArea | null }) {
  const navigate = useNavigate();
  const left = useAreaLeft(open);
  return (
    <>
      {open && (
        <AreaScreen
          key={open.areaId}
          areaId={open.areaId}
          filter={open.filter}
          focusItemId={open.focusItemId}
          onFilterChange={(next) =>
            navigate({ to: '/areas/$areaId', params: { areaId: open.areaId }, search: next, replace: true })
          }
        />
      )}
      {/* Second: React puts the next screen in front of it and moves nothing. */}
      {left && <AreaScreen key={left.areaId} areaId={left.areaId} filter={left.filter} leaving onFilterChange={ignore} />}
    </>
  );
}

const ignore = () => {};
