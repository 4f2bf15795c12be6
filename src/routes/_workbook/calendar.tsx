// `/calendar`: the regulatory calendar, a screen of its own so its code and guidance load only here.
import { createFileRoute } from '@tanstack/react-router';
import { CalendarScreen } from '../../calendar/CalendarScreen';

export const Route = createFileRoute('/_workbook/calendar')({
  component: CalendarScreen,
});
