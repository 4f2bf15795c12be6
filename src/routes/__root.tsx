// The root route: every screen plus the toast region and the update notice; unknown addresses get
// the not-found page, and a screen that cannot be downloaded or fails to show gets RouteError.
import { createRootRoute, Outlet } from '@tanstack/react-router';
import { UpdateNotice } from '../offline/UpdateNotice';
import { useHistoryShortcuts } from '../shell/HistoryButtons';
import { KeyboardDialogs } from '../shell/KeyboardDialogs';
import { WorkbookShell } from '../shell/WorkbookShell';
import { NotFound } from '../ui/NotFound';
import { RouteError } from '../ui/RouteError';
import { ToastRegion } from '../ui/ToastRegion';

export const Route = createRootRoute({
  component: Root,
  notFoundComponent: () => (
    <WorkbookShell>
      <NotFound />
    </WorkbookShell>
  ),
  errorComponent: ({ error }) => (
    <WorkbookShell>
      <RouteError error={error} />
    </WorkbookShell>
  ),
});

function Root() {
  useHistoryShortcuts();
  return (
    <>
      <Outlet />
      <ToastRegion />
      <UpdateNotice />
      <KeyboardDialogs />
    </>
  );
}
