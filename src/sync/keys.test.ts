import { describe, expect, it } from 'vitest';
import { documentNameFor, isToken, newEditKey, newSharedPlanKeys, roleOf, viewKeyFor } from './keys.js';

describe('shared plan keys', () => {
  it('makes a document name and two keys of 43 base64url characters, fresh each time', async () => {
    const a = await newSharedPlanKeys();
    const b = await newSharedPlanKeys();
    for (const token of [a.documentName, a.editKey, a.viewKey]) expect(isToken(token)).toBe(true);
    expect(new Set([a.documentName, a.editKey, a.viewKey, b.documentName, b.editKey, b.viewKey]).size).toBe(6);
  });

  it('derives the same view key and document name every time (the server and every browser agree)', async () => {
    // Fixed vectors, checked with openssl: a change to the derivation would lock everyone out of every shared plan.
    const editKey = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const viewKey = await viewKeyFor(editKey);
    expect(viewKey).toBe(await viewKeyFor(editKey));
    expect(viewKey).toBe('RWHl8dJYu5FYu6N5gz9mNvMxWsf0GsDYg3xs39mCU0I');
    expect(await documentNameFor(viewKey)).toBe('D5MoM731_UGSe5P81AdN39wGJbmgV6FViKYm5AuXQ70');
  });

  it('tells an edit key, a view key and anything else apart', async () => {
    const { documentName, editKey, viewKey } = await newSharedPlanKeys();
    expect(await roleOf(documentName, editKey)).toBe('edit');
    expect(await roleOf(documentName, viewKey)).toBe('view');
    expect(await roleOf(documentName, newEditKey())).toBeNull();
    expect(await roleOf(documentName, documentName)).toBeNull();
    expect(await roleOf(documentName, '')).toBeNull();
    expect(await roleOf(documentName, `${editKey}x`)).toBeNull();
    expect(await roleOf(documentName, undefined)).toBeNull();
  });

  it("opens no other plan's document", async () => {
    const one = await newSharedPlanKeys();
    const other = await newSharedPlanKeys();
    expect(await roleOf(other.documentName, one.editKey)).toBeNull();
    expect(await roleOf(other.documentName, one.viewKey)).toBeNull();
  });
});
