import { describe, expect, it } from 'vitest';
import { isServerUrl, parseShareFragment, shareLinkUrl } from './share-link';

const doc = 'a'.repeat(43);
const key = `${'B-_9'.repeat(10)}xyz`;

describe('share links', () => {
  it('reads back the link it makes, server, document and key', () => {
    const url = shareLinkUrl('https://plan.example/', { server: 'wss://sync.example:8443/x', documentName: doc, key });
    const hash = url.slice(url.indexOf('#'));
    expect(url.startsWith('https://plan.example/#share?')).toBe(true);
    expect(parseShareFragment(hash)).toEqual({
      ok: true,
      link: { server: 'wss://sync.example:8443/x', documentName: doc, key },
    });
  });

  it('reads a link whose fragment a chat app percent-encoded', () => {
    const url = shareLinkUrl('https://plan.example/', { server: 'wss://sync.example', documentName: doc, key });
    const encoded = `#${encodeURIComponent(url.slice(url.indexOf('#') + 1))}`;
    expect(parseShareFragment(encoded)).toEqual({ ok: true, link: { server: 'wss://sync.example', documentName: doc, key } });
    expect(parseShareFragment('#share%3Fserver%3D%E0')).toEqual({ ok: false });
  });

  it('leaves other fragments alone', () => {
    expect(parseShareFragment('')).toBeNull();
    expect(parseShareFragment('#main')).toBeNull();
  });

  it('refuses a malformed link: missing or short key, bad server, no document', () => {
    expect(parseShareFragment(`#share?server=ws://a&doc=${doc}`)).toEqual({ ok: false });
    expect(parseShareFragment(`#share?server=ws://a&doc=${doc}&key=short`)).toEqual({ ok: false });
    expect(parseShareFragment(`#share?server=http://a&doc=${doc}&key=${key}`)).toEqual({ ok: false });
    expect(parseShareFragment(`#share?server=javascript:alert(1)&doc=${doc}&key=${key}`)).toEqual({ ok: false });
    expect(parseShareFragment(`#share?server=ws://a&key=${key}`)).toEqual({ ok: false });
    expect(parseShareFragment('#share?%%%')).toEqual({ ok: false });
  });

  it('takes only WebSocket addresses as a sync server', () => {
    expect(isServerUrl('ws://127.0.0.1:1234')).toBe(true);
    expect(isServerUrl('wss://sync.example.com')).toBe(true);
    expect(isServerUrl('https://sync.example.com')).toBe(false);
    expect(isServerUrl('not a url')).toBe(false);
  });
});
