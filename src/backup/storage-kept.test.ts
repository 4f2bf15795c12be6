import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshStorageKept, requestStorageKept, useStorageKept } from './storage-kept';

afterEach(() => {
  vi.unstubAllGlobals();
  useStorageKept.setState({ kept: null });
});

describe('whether the browser keeps the plan', () => {
  it('says "may clear" rather than failing when the Storage API throws instead of answering', async () => {
    const fails = () => {
      throw new Error('storage blocked');
    };
    vi.stubGlobal('navigator', { storage: { persisted: fails, persist: fails } });
    await expect(refreshStorageKept()).resolves.toBe(false);
    await expect(requestStorageKept()).resolves.toBeUndefined();
    expect(useStorageKept.getState().kept).toBe(false);
  });

  it('says "may clear" when the browser has no Storage API, and "kept" once persist() agrees', async () => {
    vi.stubGlobal('navigator', {});
    await expect(refreshStorageKept()).resolves.toBe(false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => true } });
    await requestStorageKept();
    expect(useStorageKept.getState().kept).toBe(true);
  });
});
