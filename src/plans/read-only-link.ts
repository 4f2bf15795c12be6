// Read-only links: copying one for the plan shown, and opening one from the address's fragment.
// The codec loads only when a link is copied or opened.
import type { RouterHistory } from '@tanstack/react-router';
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

/**
 * The link of the copy on screen. The history entries it is shown in carry it (`HISTORY_MARK`), so
 * Back past the entry where it was opened returns to the user's own plan, and Forward shows it again.
 */
let shownLink: string | null = null;
/** Links whose copy was saved or closed with the banner's buttons: going back to them does not reopen them. */
const settledLinks = new Set<string>();
const HISTORY_MARK = 'readOnlyLink';

function markedLink(): string | null {
  const link: unknown = window.history.state?.[HISTORY_MARK];
  return typeof link === 'string' ? link : null;
}

/** The router's history, whose state an entry the browser made by itself (a pasted link) lacks. */
let routerHistory: RouterHistory | null = null;

function markHistoryEntry(link: string, url = window.location.href) {
  const state = { ...routerHistory?.location.state, ...window.history.state, [HISTORY_MARK]: link };
  window.history.replaceState(state, '', url);
}

async function showLink(fragment: string) {
  try {
    const { decodePlanLink } = await import('../workbook/plan-link');
    const result = await decodePlanLink(fragment, TEMPLATE_SHAPE, systemClock);
    if (result.ok) {
      usePlanLinkProblem.setState({ problem: null });
      shownLink = fragment;
      workbookStore.getState().showReadOnlyCopy(result.workbook);
    } else usePlanLinkProblem.setState({ problem: result.problem });
  } catch {
    usePlanLinkProblem.setState({ problem: 'unavailable' });
  }
}

/** Opens the plan in the address's fragment read-only, if there is one; the fragment then leaves the address bar. */
export async function openReadOnlyLink() {
  const fragment = window.location.hash;
  if (!fragment.startsWith(FRAGMENT_MARK)) return;
  markHistoryEntry(fragment, window.location.pathname + window.location.search);
  settledLinks.delete(fragment);
  await showLink(fragment);
}

/**
 * Keeps the copy on screen in step with the history: pages opened inside it are marked as its own,
 * Back to a page from before it leaves it, Forward to one of its pages shows it again.
 */
export function followReadOnlyLinkHistory(history: RouterHistory) {
  routerHistory = history;
  workbookStore.subscribe((state, previous) => {
    if (state.readOnlyCopy || !previous.readOnlyCopy || !shownLink) return;
    settledLinks.add(shownLink);
    shownLink = null;
  });
  history.subscribe(({ action }) => {
    if (action.type !== 'PUSH' && action.type !== 'REPLACE') return;
    // The router writes the new entry in a microtask of its own, queued before this one.
    queueMicrotask(() => {
      if (shownLink && workbookStore.getState().readOnlyCopy && markedLink() === null) markHistoryEntry(shownLink);
    });
  });
  window.addEventListener('popstate', () => {
    const link = markedLink();
    if (link && !settledLinks.has(link)) {
      if (link !== shownLink || !workbookStore.getState().readOnlyCopy) void showLink(link);
    } else if (shownLink && workbookStore.getState().readOnlyCopy) {
      // Left by Back, not by the banner: Forward may bring it back.
      const left = shownLink;
      workbookStore.getState().closeReadOnlyCopy();
      settledLinks.delete(left);
    }
  });
}
