// The shown language's words and guide start downloading with the entry, not after it: index.html
// carries a few lines (written here, put in by scripts/language-preload.ts) that pick the language as
// start-up will and preload its files. They read the language from a key of its own, never the saved plan.
import type { Locale } from '../workbook/model.ts';
import { STORAGE_KEYS } from '../store/storage-keys.ts';
import type { WorkbookStore } from '../store/workbook-store.ts';

/**
 * The inline script for index.html, given each language's files. It picks as start-up does: the
 * language this browser last showed, else `detectLocale` of the browser's languages (the same rule,
 * written out again because the page runs it before any of the app's code; a test keeps them equal).
 */
export function languagePreloadScript(files: Record<Locale, readonly string[]>): string {
  return `(function(){var f=${JSON.stringify(files)},l;try{l=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.language)})}catch(e){}if(!Object.prototype.hasOwnProperty.call(f,l)){l="en";var a=navigator.languages||[navigator.language];for(var i=0;i<a.length;i++){var t=String(a[i]).toLowerCase();if(t.indexOf("zh")===0){l="zh";break}if(t.indexOf("en")===0)break}}for(var j=0;j<f[l].length;j++){var k=document.createElement("link");k.rel="modulepreload";k.href=f[l][j];document.head.appendChild(k)}})()`;
}

/** Keeps the key that script reads in step with the shown language (a hint only: the plan's language rules). */
export function rememberLanguageForPreload(store: WorkbookStore, storage: Pick<Storage, 'getItem' | 'setItem'>) {
  let written = false;
  const write = () => {
    const { locale } = store.getState();
    // Storage may be switched off or full; the page then preloads by the browser's language, which only costs time.
    try {
      // A browser that has saved no plan (one that only opened a read-only link) is left with nothing written.
      if (storage.getItem(STORAGE_KEYS.state) === null) return;
      if (storage.getItem(STORAGE_KEYS.language) !== locale) storage.setItem(STORAGE_KEYS.language, locale);
      written = true;
    } catch {}
  };
  write();
  return store.subscribe((state, previous) => {
    if (state.locale !== previous.locale || (!written && state.workbooks !== previous.workbooks)) write();
  });
}
