// What the app keeps across visits, and the version of its shape.
import type { Locale, Workbook } from './model';

/** The persisted shape's version. Bump it only together with a new step in migrations.ts. */
export const STATE_VERSION = 5;

/** A list of workbooks, so several plans fit later without a break. */
export interface PersistedState {
  workbooks: Workbook[];
  activeWorkbookId: string;
  locale: Locale;
}
