// The user's calendar day, for due dates; read at render so a page left open overnight catches up.
import { localDay } from '../workbook/tracking';

export function useToday(): string {
  return localDay(new Date());
}
