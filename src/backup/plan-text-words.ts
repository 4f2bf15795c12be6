// The words an export writes and reading it back matches, taken from a language's messages in one place,
// so the writer and the reader cannot drift apart.
import type { Messages } from '../i18n/messages';
import type { PlanTextWords } from '../workbook/plan-text';

export const planTextWords = (t: Messages): PlanTextWords => ({
  ...t.planText,
  statuses: t.tracking.statuses,
  priorities: t.tracking.priorities,
});
