// Where the workbook layout draws the area screens. An area's route draws nothing itself: were the
// screen the route's own component, leaving an area for the dashboard or search would take down
// all its rows before the next screen could paint. Drawn here, at a place that stays, the area just
// left waits hidden and goes when the browser is idle (see checklist/use-area-left.ts).
import { lazyRouteComponent, useMatch } from '@tanstack/react-router';
import { Suspense } from 'react';
import type { OpenArea } from '../checklist/AreaStage';

const AreaStage = lazyRouteComponent(() => import('../checklist/AreaStage'), 'AreaStage');

/** For the area route's loader: the screens' code, before the route shows (a no-op once here). */
export function loadAreaScreens(): Promise<void> | undefined {
  return AreaStage.preload?.();
}

export function AreaSlot() {
  // Only what the screens show: a match changes several times while it loads, and each change
  // would otherwise draw the area again. Structural sharing keeps an unchanged selection the same object.
  const open = useMatch({
    from: '/_workbook/areas/$areaId',
    shouldThrow: false,
    select: ({ status, params, search: { item, ...filter } }): OpenArea | null =>
      status === 'success' ? { areaId: params.areaId, filter, focusItemId: item } : null,
    structuralSharing: true,
  });
  return (
    <Suspense fallback={null}>
      <AreaStage open={open ?? null} />
    </Suspense>
  );
}
