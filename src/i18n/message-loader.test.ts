import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../workbook/model';
import { createLanguageSwitcher, createMessageLoader } from './message-loader';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('createMessageLoader', () => {
  it('downloads a language once, however many ask at once, and has it ready afterwards', async () => {
    const en = vi.fn(async () => ({ hello: 'Hello' }));
    const zh = vi.fn(async () => ({ hello: '你好' }));
    const loader = createMessageLoader({ en, zh });
    expect(loader.loaded('zh')).toBeUndefined();
    const [first, second] = await Promise.all([loader.load('zh'), loader.load('zh')]);
    expect(first).toEqual({ hello: '你好' });
    expect(second).toBe(first);
    expect(loader.loaded('zh')).toBe(first);
    await loader.load('zh');
    expect(zh).toHaveBeenCalledTimes(1);
    expect(en).not.toHaveBeenCalled();
  });

  it('asks again after a failed download instead of keeping the failure', async () => {
    const zh = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ hello: '你好' });
    const loader = createMessageLoader<{ hello: string }>({ en: async () => ({ hello: 'Hello' }), zh });
    await expect(loader.load('zh')).rejects.toThrow('offline');
    expect(loader.loaded('zh')).toBeUndefined();
    await expect(loader.load('zh')).resolves.toEqual({ hello: '你好' });
  });
});

describe('createLanguageSwitcher', () => {
  it('changes the language only once its words have arrived', async () => {
    const words = deferred<void>();
    const apply = vi.fn();
    const switchTo = createLanguageSwitcher({ load: () => words.promise, apply, onFailure: vi.fn() });
    const done = switchTo('en');
    await Promise.resolve();
    expect(apply).not.toHaveBeenCalled();
    words.resolve();
    await done;
    expect(apply).toHaveBeenCalledWith('en');
  });

  it('ends on the language chosen last when an earlier download arrives later', async () => {
    const downloads: Record<Locale, ReturnType<typeof deferred<void>>> = { en: deferred(), zh: deferred() };
    const apply = vi.fn();
    const switchTo = createLanguageSwitcher({ load: (locale) => downloads[locale].promise, apply, onFailure: vi.fn() });
    const toEnglish = switchTo('en');
    const backToChinese = switchTo('zh');
    downloads.zh.resolve();
    await backToChinese;
    downloads.en.resolve();
    await toEnglish;
    expect(apply.mock.calls).toEqual([['zh']]);
  });

  it('keeps the language and reports it when the words cannot be downloaded', async () => {
    const apply = vi.fn();
    const onFailure = vi.fn();
    const switchTo = createLanguageSwitcher({ load: () => Promise.reject(new Error('offline')), apply, onFailure });
    await switchTo('en');
    expect(apply).not.toHaveBeenCalled();
    expect(onFailure).toHaveBeenCalledTimes(1);
  });
});
