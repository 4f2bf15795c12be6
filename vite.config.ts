// Vite: React, file-based routes, the guide parsed from seeds/ at build time, and the offline worker.
/// <reference types="vitest/config" />
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { languagePreload } from './scripts/language-preload.ts';
import { workbookTemplates } from './scripts/seed-modules.ts';

export default defineConfig({
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    workbookTemplates(),
    languagePreload(),
    // Offline: the whole build is precached; src/offline/ registers the worker after the first screen.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // A path whose last part has an extension is a file (sw.js, assets/…), never a route.
        navigateFallbackDenylist: [/^[^?]*\.\w+($|\?)/],
      },
    }),
  ],
  resolve: {
    alias: [
      // React 19 has useSyncExternalStore, so the router's store needs the selector helper, not the
      // shim that polyfills the hook for React 17, which every visit would otherwise download.
      { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
    ],
  },
  // The manifest lets the byte budget and the bench see which files each route loads.
  build: {
    manifest: true,
    // Every browser the app supports preloads modules itself (Safari since 17), so Vite's polyfill
    // for older ones is not shipped.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // A first visit loads one file, not five. Left to itself, Rolldown cut the entry's own modules
        // (React, the store, the guide's helpers, the operations) into four shared chunks because lazy
        // chunks import them too, though each lazy chunk only ever runs after the entry
        // (rolldown/rolldown#10731: Vite's index.html module wraps main.tsx). One group of every
        // module the entry loads statically ($initial), with Rolldown's runtime, is merged into the
        // entry; lazy chunks import from it, and nothing is copied into them. The guide's and
        // guidance's modules are emitted as entries of their own (scripts/seed-modules.ts), so they
        // count as $initial too: they stay out, or both languages would be back in the first visit.
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], test: (id) => !id.startsWith('\0virtual:workbook-') },
            { name: 'index', test: /^\0rolldown\/runtime/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Property tests run hundreds of cases; on a loaded machine they outlast the default 5 s limit.
    testTimeout: 30_000,
  },
});
