// Entry point: mounts the router. Everything the first screen needs is imported statically, so
// nothing is awaited before the render.
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { syncDocumentLanguage } from './i18n/document-language';
import { routeTree } from './routeTree.gen';
import './shell/screen-announcer';
import { workbookStore } from './store/use-workbook';
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
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
