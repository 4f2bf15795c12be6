// `/print`: the printed plan, outside the workbook layout.
import { createFileRoute } from '@tanstack/react-router';
import { PrintScreen } from '../print/PrintScreen';

export const Route = createFileRoute('/print')({
  component: PrintScreen,
});
