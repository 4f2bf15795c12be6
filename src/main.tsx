// Entry point: mounts the router.
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCatalogue } from './i18n/catalogue';
import { syncDocumentLanguage } from './i18n/document-language';
import { routeTree } from './routeTree.gen';
import { workbookStore } from './store/use-workbook';
import { showStartFailure } from './ui/start-failure';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The store read the saved plan when it was created, so its language is known. Only the language
// shown is downloaded; index.html already asked for it (see vite.config.ts).
loadCatalogue(workbookStore.getState().locale).then(
  () => {
    createRoot(root).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
    // Reads out each new screen to screen readers. Should it fail to download, every screen
    // works as before, without the announcements.
    void import('./shell/screen-announcer');
  },
  () => showStartFailure(root),
);
