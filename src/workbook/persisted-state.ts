// What the app keeps across visits, and the version of its shape.
import type { Locale, Workbook } from './model';

/** The persisted shape's version. Bump it only together with a new step in migrations.ts. */
export const STATE_VERSION = 6;

/** The plans of this browser and the one shown. */
export interface PersistedState {
  workbooks: Workbook[];
  activeWorkbookId: string;
  locale: Locale;
  /**
   * When each deleted plan was deleted, so that another tab's copy does not bring it back. Absent in
   * data saved before there were several plans, which reads as none deleted: no new version needed.
   */
  deletedWorkbooks?: Record<string, number>;
}
