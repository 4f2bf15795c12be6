// A Vite plugin: index.html preloads the shown language's words and guide beside the entry (see src/i18n/language-preload.ts).
import type { Plugin } from 'vite';
import { languagePreloadScript } from '../src/i18n/language-preload.ts';
import type { Locale } from '../src/workbook/model.ts';

/** Each language's modules that start-up waits for: its words and its guide. */
const MODULES: Record<Locale, readonly string[]> = {
  en: ['/src/i18n/messages.en.ts', 'virtual:workbook-template/en'],
  zh: ['/src/i18n/messages.zh.ts', 'virtual:workbook-template/zh'],
};

export function languagePreload(): Plugin {
  let base = '/';
  return {
    name: 'workbook-language-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const files = {} as Record<Locale, string[]>;
        for (const [locale, modules] of Object.entries(MODULES) as [Locale, readonly string[]][]) {
          files[locale] = modules.map((module) => {
            const chunk = Object.values(bundle ?? {}).find(
              (output) =>
                output.type === 'chunk' && output.facadeModuleId?.endsWith(module) && (output.isDynamicEntry || output.isEntry),
            );
            if (!chunk) throw new Error(`no chunk of its own for ${module}: the language preload needs one per language`);
            return base + chunk.fileName;
          });
        }
        return [{ tag: 'script', children: languagePreloadScript(files), injectTo: 'head' }];
      },
    },
  };
}
