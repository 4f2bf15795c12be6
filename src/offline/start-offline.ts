// Loaded once the first screen is up: registers the service worker that keeps the app for use offline,
// offers a waiting new version, and asks the browser to keep the plan once it holds the user's work.
import { registerSW } from 'virtual:pwa-register';
import { requestStorageKept } from '../backup/storage-kept';
import { workbookStorage, workbookStore } from '../store/use-workbook';
import { selectWorkbook } from '../store/workbook-store';
import { lastChangedAt } from '../workbook/stamps';
import { useUpdateState } from './update-state';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startOffline() {
  keepStorageAfterFirstChange();
  if (!('serviceWorker' in navigator)) return;
  let registration: ServiceWorkerRegistration | undefined;
  const reload = () => {
    workbookStorage.flush();
    const waiting = registration?.waiting;
    // Already taken over (Reload pressed in another tab): the page has only to load again.
    if (!waiting) return window.location.reload();
    // Waiting for activation rather than control: a page opened before any worker was installed
    // never comes under the new one's control, and must reload all the same.
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') window.location.reload();
    });
    void activateWaiting();
  };
  // Another tab's Reload can switch the worker before this tab has heard that a new version waits
  // (a busy or background tab): this page still runs the old version, so it offers Reload all the same.
  if (navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => useUpdateState.setState({ reload }));
  }
  const activateWaiting = registerSW({
    immediate: true,
    onRegisteredSW(_url, registered) {
      if (!registered) return;
      registration = registered;
      useUpdateState.setState({ registered: true });
      // Browsers look for a new version on navigations; a tab left open for days looks too.
      const check = () => void registered.update().catch(() => {});
      window.setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
    onNeedRefresh: () => useUpdateState.setState({ reload }),
    // Not a reload: the new version took over because another tab's Reload was pressed, and this tab
    // keeps what is on screen (and goes on offering Reload) until its own is pressed.
    onNeedReload: () => {},
    // Refused (a private window, a browser setting): the app works online as before.
    onRegisterError: () => {},
  });
}

/**
 * Firefox asks the user whether to keep a site's storage, so the question waits until there is
 * something to keep: the plan's first change, or a plan already changed on an earlier visit.
 */
function keepStorageAfterFirstChange() {
  const changed = () => lastChangedAt(selectWorkbook(workbookStore.getState())) > 0;
  if (changed()) {
    void requestStorageKept();
    return;
  }
  const unsubscribe = workbookStore.subscribe((state, previous) => {
    if (selectWorkbook(state) === selectWorkbook(previous) || !changed()) return;
    unsubscribe();
    void requestStorageKept();
  });
}
