// The toast for items another tab deleted: without it, a draft or notes typed here a moment before
// would vanish without a word. Its Undo puts back this tab's copy, draft and notes included.
import { messagesFor } from '../i18n/messages';
import { templateFor } from '../i18n/templates';
import { planName, resolveItemTitle } from '../workbook/guide';
import type { Locale } from '../workbook/model';
import type { DeletedItem } from '../workbook/operations';
import type { DeletedPlan } from '../store/workbook-store';
import { useToast } from './toast-store';

export function showDeletedElsewhere(
  deleted: DeletedItem[],
  { locale, restoreItem }: { locale: Locale; restoreItem: (deleted: DeletedItem) => void },
) {
  const t = messagesFor(locale);
  const template = templateFor(locale);
  const [only] = deleted;
  const message =
    deleted.length === 1 && only
      ? t.toast.deletedElsewhere(resolveItemTitle(only.item, template))
      : t.toast.deletedElsewhereCount(deleted.length);
  // In order of place, so each goes back among the ones put back before it as it stood.
  const inOrder = [...deleted].sort((a, b) => a.index - b.index);
  useToast.getState().showToast(message, () => {
    for (const item of inOrder) restoreItem(item);
  });
}

/** The plan shown here, deleted in another tab: this tab now shows another plan, and says why. */
export function showPlanDeletedElsewhere(
  deleted: DeletedPlan,
  { locale, restorePlan }: { locale: Locale; restorePlan: (deleted: DeletedPlan) => void },
) {
  const t = messagesFor(locale);
  useToast
    .getState()
    .showToast(t.toast.planDeletedElsewhere(planName(deleted.workbook, templateFor(locale))), () => restorePlan(deleted));
}
