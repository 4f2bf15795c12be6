// Entry point: mounts the router. Everything the first screen needs is imported statically but the
// shown language's words and guide, downloads of their own, which index.html starts beside this file's.
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { syncDocumentLanguage } from './i18n/document-language';
import { rememberLanguageForPreload } from './i18n/language-preload';
import { loadLanguage } from './i18n/templates';
import { reloadOnMissingCode } from './offline/reload-after-deploy';
import { followReadOnlyLinkHistory, openReadOnlyLink } from './plans/read-only-link';
import { routeTree } from './routeTree.gen';
import './shell/screen-announcer';
import { STORAGE_KEYS } from './store/storage-keys';
import { syncWithOtherTabs } from './store/tab-sync';
import { workbookStorage, workbookStorageBackend, workbookStore } from './store/use-workbook';
import { showDeletedElsewhere, showPlanDeletedElsewhere } from './ui/deleted-elsewhere';
import { whenIdle } from './ui/when-idle';
import { isShareFragment } from './sync/share-link';
import { useSharedPlans, useSyncStatus } from './sync/shared-plans';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';

const router = createRouter({
  routeTree,
  scrollRestoration: true,
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

syncDocumentLanguage(workbookStore);
// Wired here rather than in the store: the toast speaks the shown language, and store/ imports no i18n/.
syncWithOtherTabs(workbookStore, STORAGE_KEYS.state, window, {
  onNewerSave: (version) => workbookStorage.newerVersionSaved(version),
  onDeletedElsewhere: (deleted) => showDeletedElsewhere(deleted, workbookStore.getState()),
  onPlanDeletedElsewhere: (deleted) => showPlanDeletedElsewhere(deleted, workbookStore.getState()),
  mergesItself: (workbookId) => useSyncStatus.getState().bound === workbookId,
});

// A shared plan's code (Yjs, the provider) loads only when a link is opened or a shared plan is shown.
const sharedPlanShown = () => Object.hasOwn(useSharedPlans.getState().plans, workbookStore.getState().activeWorkbookId);
let following = false;
function loadSharing() {
  const hash = window.location.hash;
  if (!isShareFragment(hash) && !sharedPlanShown()) return;
  void import('./sync/binding').then(
    (binding) => {
      if (isShareFragment(hash)) void binding.openLink(workbookStore, hash);
      else binding.watchSharedPlans(workbookStore);
      if (!following) router.subscribe('onResolved', () => binding.showArea());
      following = true;
    },
    () => {},
  );
}
loadSharing();
// The shown plan shared (or another tab's link opened) while this tab runs.
useSharedPlans.subscribe(loadSharing);
workbookStore.subscribe((state, previous) => state.activeWorkbookId !== previous.activeWorkbookId && loadSharing());
// A link pasted into the address bar of an open tab changes only the fragment: no page load.
window.addEventListener('hashchange', () => isShareFragment(window.location.hash) && loadSharing());

// A read-only link: opened now, or pasted into the address bar of this open tab (only the fragment changes).
followReadOnlyLinkHistory(router.history);
void openReadOnlyLink();
window.addEventListener('hashchange', () => void openReadOnlyLink());

reloadOnMissingCode(window, () => workbookStorage.flush());

rememberLanguageForPreload(workbookStore, workbookStorageBackend);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
loadLanguage(workbookStore.getState().locale).then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  () => {
    // Without its words (or its guide) the app cannot say anything, so these few say it in both languages. A
    // newer version on the host is handled by reloadOnMissingCode; this is a lost connection.
    root.innerHTML =
      '<div class="page-message" role="alert" style="padding:1.5rem"><h1 lang="zh-CN">无法加载此页面</h1><p lang="zh-CN">请检查网络连接后重新加载。</p>' +
      '<h1 lang="en">This page could not be loaded</h1><p lang="en">Check the connection and reload.</p></div>';
  },
);

// The offline copy and the storage request wait for the first screen: they are not part of its download.
if (import.meta.env.PROD) {
  whenIdle(
    () =>
      void import('./offline/start-offline').then(
        ({ startOffline }) => startOffline(),
        () => {},
      ),
    {
      timeout: 5000,
      fallbackDelay: 1000,
    },
  );
}
