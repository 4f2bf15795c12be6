// Vite: React, file-based routes, and the guide parsed from seeds/ at build time.
/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { assertSameShape, parseGuide, toTemplate } from './src/workbook/guide.ts';
import type { Template } from './src/workbook/model.ts';

const SEEDS = {
  zh: fileURLToPath(new URL('./seeds/guide.zh.md', import.meta.url)),
  en: fileURLToPath(new URL('./seeds/guide.en.md', import.meta.url)),
};

/**
 * Parses both guides when the bundle is built, so a malformed seed stops the build with the file
 * and line at fault, and the browser receives ready JSON instead of a Markdown parser.
 */
function workbookTemplates(): Plugin {
  const prefix = 'virtual:workbook-template/';
  const parse = (locale: keyof typeof SEEDS) => {
    const source = `seeds/guide.${locale}.md`;
    return toTemplate(parseGuide(readFileSync(SEEDS[locale], 'utf8'), source), source);
  };
  // Parsed once for both modules, again only when a seed changes.
  let parsed: { zh: Template; en: Template } | null = null;
  const templates = () => {
    if (!parsed) {
      const zh = parse('zh');
      const en = parse('en');
      assertSameShape(zh, en, 'seeds/guide.en.md');
      parsed = { zh, en };
    }
    return parsed;
  };
  return {
    name: 'workbook-templates',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    watchChange(id) {
      if (Object.values(SEEDS).includes(id)) parsed = null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      this.addWatchFile(SEEDS.zh);
      this.addWatchFile(SEEDS.en);
      const which = id.slice(prefix.length + 1);
      if (which !== 'zh' && which !== 'en') throw new Error(`unknown template module ${id.slice(1)}`);
      return `export default ${JSON.stringify(templates()[which])};`;
    },
  };
}

export default defineConfig({
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    workbookTemplates(),
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
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
