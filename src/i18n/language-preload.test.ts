import { STORAGE_KEYS } from '../store/storage-keys';
import { describe, expect, it } from 'vitest';
import { createWorkbookStore } from '../store/workbook-store';
import { detectLocale } from '../workbook/model';
import { TEMPLATES } from '../workbook/test-templates';
import { languagePreloadScript, rememberLanguageForPreload } from './language-preload';

const FILES = {
  en: ['/assets/messages.en-1.js', '/assets/template.en-3.js'],
  zh: ['/assets/messages.zh-2.js', '/assets/template.zh-4.js'],
};

/** Runs index.html's script against a page of this browser's saved key and languages; returns the preloaded files. */
function preloaded({ saved, languages }: { saved?: string | null; languages: string[] }): (string | undefined)[] {
  const links: { rel?: string; href?: string }[] = [];
  const page = {
    localStorage: {
      getItem: () => {
        if (saved === undefined) throw new Error('storage is switched off');
        return saved;
      },
    },
    navigator: { languages, language: languages[0] },
    document: { createElement: () => ({}), head: { appendChild: (link: object) => links.push(link) } },
  };
  new Function('localStorage', 'navigator', 'document', languagePreloadScript(FILES))(
    page.localStorage,
    page.navigator,
    page.document,
  );
  expect(links).toHaveLength(2);
  for (const link of links) expect(link.rel).toBe('modulepreload');
  return links.map((link) => link.href);
}

describe('languagePreloadScript', () => {
  it('preloads the language this browser showed last', () => {
    expect(preloaded({ saved: 'zh', languages: ['en-US'] })).toEqual(FILES.zh);
    expect(preloaded({ saved: 'en', languages: ['zh-CN'] })).toEqual(FILES.en);
  });

  it('picks from the browser languages as start-up does when nothing usable is saved', () => {
    const cases = [['zh-CN'], ['en-GB', 'zh'], ['fr', 'ZH-tw', 'en'], ['fr', 'de'], [], ['de', 'en-US', 'zh-CN']];
    for (const languages of cases) {
      const expected = FILES[detectLocale(languages)];
      expect(preloaded({ saved: null, languages })).toEqual(expected);
      expect(preloaded({ saved: 'toString', languages })).toEqual(expected);
      expect(preloaded({ saved: undefined, languages })).toEqual(expected);
    }
  });
});

describe('rememberLanguageForPreload', () => {
  it('keeps the key in step with the language shown', () => {
    const store = createWorkbookStore({ templateShape: TEMPLATES.zh, initialLocale: 'zh', storage: undefined });
    const saved = new Map<string, string>([[STORAGE_KEYS.state, '{}']]);
    rememberLanguageForPreload(store, {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => saved.set(key, value),
    });
    expect(saved.get(STORAGE_KEYS.language)).toBe('zh');
    store.getState().setLocale('en');
    expect(saved.get(STORAGE_KEYS.language)).toBe('en');
  });

  it('writes nothing for a browser that has saved no plan, until it saves one', () => {
    const store = createWorkbookStore({ templateShape: TEMPLATES.zh, initialLocale: 'zh', storage: undefined });
    const saved = new Map<string, string>();
    rememberLanguageForPreload(store, {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => saved.set(key, value),
    });
    expect(saved.size).toBe(0);
    saved.set(STORAGE_KEYS.state, '{}');
    store.getState().createPlan('blank', 'Saved');
    expect(saved.get(STORAGE_KEYS.language)).toBe('zh');
  });

  it('carries on when storage refuses', () => {
    const store = createWorkbookStore({ templateShape: TEMPLATES.zh, initialLocale: 'zh', storage: undefined });
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => rememberLanguageForPreload(store, refusing)).not.toThrow();
    expect(() => store.getState().setLocale('en')).not.toThrow();
  });
});
