// A shared plan's link: the sync server, the document's name and a key, all in the address's fragment,
// which browsers never send to the host that serves the app. Pure, and free of Yjs, so the first visit can read it.
import { isToken } from './keys.js';

export interface ShareLink {
  /** The sync server's address, ws:// or wss://. */
  server: string;
  documentName: string;
  /** The edit key (invite link) or the view key (view-only link). */
  key: string;
}

/** Every link's fragment starts so; any other fragment is not a link and is left alone. */
export const LINK_PREFIX = '#share?';

/** Whether `url` is a sync server's address the browser can open a WebSocket to. */
export function isServerUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.hostname !== '' && !parsed.username;
  } catch {
    return false;
  }
}

/** The address of the app (`base`, e.g. location.origin + '/') that opens this link. */
export function shareLinkUrl(base: string, link: ShareLink): string {
  const query = new URLSearchParams({ server: link.server, doc: link.documentName, key: link.key });
  return `${base}${LINK_PREFIX}${query.toString()}`;
}

/**
 * Whether a fragment is a share link: also when a chat app or mail client percent-encoded it (`#share%3F…`),
 * which the browser keeps as it came.
 */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(LINK_PREFIX) || /^#share%3F/i.test(hash);
}

export type ParsedLink = { ok: true; link: ShareLink } | { ok: false };

/** Reads a fragment (`location.hash`); null when it is no share link at all. */
export function parseShareFragment(hash: string): ParsedLink | null {
  if (!isShareFragment(hash)) return null;
  let query: URLSearchParams;
  try {
    const fragment = hash.startsWith(LINK_PREFIX) ? hash : decodeURIComponent(hash);
    query = new URLSearchParams(fragment.slice(LINK_PREFIX.length));
  } catch {
    return { ok: false };
  }
  const server = query.get('server') ?? '';
  const documentName = query.get('doc');
  const key = query.get('key');
  if (!isServerUrl(server) || !isToken(documentName) || !isToken(key)) return { ok: false };
  return { ok: true, link: { server, documentName, key } };
}
