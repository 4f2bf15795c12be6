// `/`: the dashboard.
import { createFileRoute } from '@tanstack/react-router';
import { DashboardScreen } from '../../dashboard/DashboardScreen';

export const Route = createFileRoute('/_workbook/')({
  // The first screen most visits open comes with the entry, not one round trip later.
  codeSplitGroupings: [],
  component: DashboardScreen,
});
