// Pathless layout for the on-screen workbook; /print sits outside it so paper never carries the nav.
import { createFileRoute, Outlet } from '@tanstack/react-router';
import { WorkbookShell } from '../shell/WorkbookShell';
import { NotFound } from '../ui/NotFound';

export const Route = createFileRoute('/_workbook')({
  // Not split: the entry imports the shell anyway, so a file of its own would only add a request.
  codeSplitGroupings: [],
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
