// A Vite plugin: index.html preloads the shown language's words beside the entry (see src/i18n/language-preload.ts).
import type { Plugin } from 'vite';
import { languagePreloadScript } from '../src/i18n/language-preload.ts';
import type { Locale } from '../src/workbook/model.ts';

const MODULES: Record<Locale, string> = { en: '/src/i18n/messages.en.ts', zh: '/src/i18n/messages.zh.ts' };

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
        const files = {} as Record<Locale, string>;
        for (const [locale, module] of Object.entries(MODULES) as [Locale, string][]) {
          const chunk = Object.values(bundle ?? {}).find(
            (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(module) && output.isDynamicEntry,
          );
          if (!chunk) throw new Error(`no chunk of its own for ${module}: the language preload needs one per language`);
          files[locale] = base + chunk.fileName;
        }
        return [{ tag: 'script', children: languagePreloadScript(files), injectTo: 'head' }];
      },
    },
  };
}
