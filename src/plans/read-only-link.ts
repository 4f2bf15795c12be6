// Read-only links: copying one for the plan shown, and opening one from the address's fragment.
// The codec loads only when a link is copied or opened.
import { create } from 'zustand';
import { shownMessages } from '../i18n/use-messages';
import { selectWorkbook, systemClock } from '../store/workbook-store';
import { workbookStore } from '../store/use-workbook';
import { useToast } from '../ui/toast-store';
import type { PlanLinkProblem } from '../workbook/plan-link';
import { TEMPLATE_SHAPE } from '../workbook/template-shape';

/** Why the link in the address could not be opened, shown on the page; null when it could. */
export const usePlanLinkProblem = create<{ problem: PlanLinkProblem | 'unavailable' | null }>()(() => ({ problem: null }));

const FRAGMENT_MARK = '#plan=';

export async function copyReadOnlyLink() {
  const t = shownMessages().readOnly;
  let codec: typeof import('../workbook/plan-link');
  try {
    codec = await import('../workbook/plan-link');
  } catch {
    useToast.getState().showToast(shownMessages().partUnavailable);
    return;
  }
  const fragment = await codec.encodePlanLink(selectWorkbook(workbookStore.getState()), TEMPLATE_SHAPE);
  const link = `${window.location.origin}/${fragment}`;
  if (link.length > codec.MAX_LINK_CHARS) {
    useToast.getState().showToast(t.tooLong(link.length));
    return;
  }
  try {
    await navigator.clipboard.writeText(link);
    useToast.getState().showToast(t.copied(link.length));
  } catch {
    useToast.getState().showToast(t.notCopied);
  }
}

/** Opens the plan in the address's fragment read-only, if there is one; the fragment then leaves the address bar. */
export async function openReadOnlyLink() {
  const fragment = window.location.hash;
  if (!fragment.startsWith(FRAGMENT_MARK)) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  try {
    const { decodePlanLink } = await import('../workbook/plan-link');
    const result = await decodePlanLink(fragment, TEMPLATE_SHAPE, systemClock);
    if (result.ok) {
      usePlanLinkProblem.setState({ problem: null });
      workbookStore.getState().showReadOnlyCopy(result.workbook);
    } else usePlanLinkProblem.setState({ problem: result.problem });
  } catch {
    usePlanLinkProblem.setState({ problem: 'unavailable' });
  }
}
