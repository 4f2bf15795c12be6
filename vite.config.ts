// Vite: React, file-based routes, and the guide parsed from seeds/ at build time.
/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import type { ChunkingContext, OutputBundle } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * At each dynamic import Vite lists the files to preload with it, among them the ones the importing
 * chunk has already loaded through its own static imports (the framework, the store). Preloading
 * those does nothing, yet their names are bytes every visit downloads; this leaves them out.
 */
function preloadOnlyWhatIsMissing() {
  let bundle: OutputBundle | undefined;
  const loadedWith = (fileName: string, loaded = new Set<string>()) => {
    const chunk = bundle?.[fileName];
    if (chunk?.type !== 'chunk') return loaded;
    for (const imported of chunk.imports) {
      if (loaded.has(imported)) continue;
      loaded.add(imported);
      loadedWith(imported, loaded);
    }
    return loaded;
  };
  const plugin: Plugin = {
    name: 'preload-only-what-is-missing',
    apply: 'build',
    // Runs before Vite's own generateBundle, which writes the preload lists.
    generateBundle: {
      order: 'pre',
      handler(_options, output) {
        bundle = output;
      },
    },
  };
  const resolveDependencies = (
    file: string,
    deps: string[],
    { hostId, hostType }: { hostId: string; hostType: 'html' | 'js' },
  ) => {
    if (hostType === 'html') return deps;
    if (!bundle) throw new Error('preload lists were resolved before the bundle was seen; see preloadOnlyWhatIsMissing');
    const loaded = loadedWith(hostId);
    const missing = deps.filter((dep) => !loaded.has(dep));
    // The list holds the imported file itself, so that it downloads alongside the rest; alone, the
    // import asks for it just as soon.
    return missing.length === 1 && missing[0] === file ? [] : missing;
  };
  return { plugin, resolveDependencies };
}

const preloads = preloadOnlyWhatIsMissing();

const ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url));

/**
 * Names the chunk every visit starts with: each module the entry imports statically (found from the
 * module graph, so a new shell module joins by itself), and the `shared` helpers the screens import.
 * The shell and the store apart cost 0.4 KB more gzip than together. The entry module itself stays
 * out: an entry that only imports is folded into index.html, and the build's manifest loses it.
 * Libraries are left to the framework chunk.
 */
function startChunk(shared: RegExp) {
  let start: Set<string> | undefined;
  return (id: string, context: ChunkingContext) => {
    if (!start) {
      const found = new Set<string>();
      const visit = (moduleId: string) => {
        if (found.has(moduleId) || /node_modules/.test(moduleId)) return;
        found.add(moduleId);
        for (const imported of context.getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
      };
      visit(ENTRY);
      start = found;
    }
    return (start.has(id) && id !== ENTRY) || shared.test(id) ? 'app' : null;
  };
}

export default defineConfig({
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), workbookTemplates(), preloads.plugin],
  resolve: {
    alias: [
      // React 19 has useSyncExternalStore, so the router's store needs the selector helper, not the
      // shim that polyfills the hook for React 17 (about 0.2 KB gzip every visit downloads).
      { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
    ],
  },
  // The manifest lets the byte budget and the bench see which files each route loads.
  build: {
    manifest: true,
    // Every browser the app supports preloads modules itself (Safari since 17), so Vite's polyfill
    // for older ones is not shipped.
    modulePreload: { polyfill: false, resolveDependencies: preloads.resolveDependencies },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries every visit runs travel as one file: one request and one gzip window instead of
          // six small chunks cut at the router's own module boundaries.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|use-sync-external-store|zustand|zundo)[\\/]/,
            },
            {
              // What every visit runs from src/ travels as one file (see startChunk), with the few
              // helpers every screen shares: small files of their own would cost more to compress apart.
              debugName: 'app',
              name: startChunk(
                /src[\\/](store[\\/]|workbook[\\/](?!transfer|templates|filters)|i18n[\\/](messages|catalogue|use-messages|format-day)\.ts|ui[\\/](toast-store|use-today|ProgressBar)\.tsx?)/,
              ),
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
