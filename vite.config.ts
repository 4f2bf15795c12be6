// Vite: React, file-based routes, and the guide parsed from seeds/ at build time.
/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { assertSameShape, parseGuide, toTemplate } from './src/workbook/guide.ts';

const SEEDS = {
  zh: fileURLToPath(new URL('./seeds/guide.zh.md', import.meta.url)),
  en: fileURLToPath(new URL('./seeds/guide.en.md', import.meta.url)),
};

/**
 * Parses both guides when the bundle is built, so a malformed seed stops the build with the file
 * and line at fault, and the browser receives ready JSON instead of a Markdown parser.
 */
function workbookTemplates(): Plugin {
  const virtualId = 'virtual:workbook-templates';
  const resolvedId = `\0${virtualId}`;
  return {
    name: 'workbook-templates',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const zh = toTemplate(parseGuide(readFileSync(SEEDS.zh, 'utf8'), 'seeds/guide.zh.md'), 'seeds/guide.zh.md');
      const en = toTemplate(parseGuide(readFileSync(SEEDS.en, 'utf8'), 'seeds/guide.en.md'), 'seeds/guide.en.md');
      assertSameShape(zh, en, 'seeds/guide.en.md');
      this.addWatchFile(SEEDS.zh);
      this.addWatchFile(SEEDS.en);
      return `export default ${JSON.stringify({ zh, en })};`;
    },
  };
}

export default defineConfig({
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), workbookTemplates()],
  // The manifest lets the byte budget and the bench see which files each route loads.
  build: { manifest: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
