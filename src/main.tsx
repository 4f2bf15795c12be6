// Entry point: mounts the router. Everything the first screen needs is imported statically, so
// nothing is awaited before the render.
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { syncDocumentLanguage } from './i18n/document-language';
import { reloadOnMissingCode } from './offline/reload-after-deploy';
import { openReadOnlyLink } from './plans/read-only-link';
import { routeTree } from './routeTree.gen';
import './shell/screen-announcer';
import { STORAGE_KEYS } from './store/storage-keys';
import { syncWithOtherTabs } from './store/tab-sync';
import { workbookStorage, workbookStore } from './store/use-workbook';
import { showDeletedElsewhere } from './ui/deleted-elsewhere';
import { whenIdle } from './ui/when-idle';
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
});

// A read-only link: opened now, or pasted into the address bar of this open tab (only the fragment changes).
void openReadOnlyLink();
window.addEventListener('hashchange', () => void openReadOnlyLink());

reloadOnMissingCode(window, () => workbookStorage.flush());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
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
