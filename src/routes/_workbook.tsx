// Pathless layout for the on-screen workbook; /print sits outside it so paper never carries the nav.
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { WorkbookShell } from '../shell/WorkbookShell';
import { NotFound } from '../ui/NotFound';

export const Route = createFileRoute('/_workbook')({
  component: WorkbookLayout,
  notFoundComponent: NotFound,
});

function WorkbookLayout() {
  return (
    <WorkbookShell>
      <Outlet />
    </WorkbookShell>
  );
}
