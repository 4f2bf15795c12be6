// `/`: the dashboard.
import { createFileRoute } from '@tanstack/react-router';
import { DashboardScreen } from '../../dashboard/DashboardScreen';

export const Route = createFileRoute('/_workbook/')({
  component: DashboardScreen,
});
