// @ts-check
// The secrets in a shared plan's links, derived the same way by the browser and the sync server.
// Plain JavaScript with JSDoc types, so the server (Node 20, no TypeScript) imports this very file.
//
// An editor holds the edit key; the view key is derived from it; the document's name is derived
// from the view key. So the name proves both keys without the server storing anything: a token is
// an edit key when its view key names the document, a view key when it names it itself. Nobody
// without the edit key can create a document under a given name, and the name reveals no key.

/**
 * Why the server refused a connection to a document, as the client's provider reports it
 * (`onAuthenticationFailed({ reason })`).
 */
export const REFUSAL = {
  /** The link's key opens no such document: mistyped, from another plan, or revoked. */
  notAKey: 'invalid-or-revoked',
  /** One connection asked for more documents than a browser ever opens. */
  tooManyDocuments: 'too-many-documents',
};

/** A key or document name: 32 bytes as unpadded base64url, 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
function base64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * @param {string} text
 * @returns {Promise<string>}
 */
async function sha256(text) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

/**
 * Whether `text` has the form of a key or a document name (it may still be no key of any document).
 * @param {unknown} text
 * @returns {text is string}
 */
export function isToken(text) {
  return typeof text === 'string' && TOKEN.test(text);
}

/** A fresh edit key: 256 random bits. */
export function newEditKey() {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The view-only key of the plan whose edit key this is.
 * @param {string} editKey
 */
export function viewKeyFor(editKey) {
  return sha256(`view:${editKey}`);
}

/**
 * The name of the document that this view key opens.
 * @param {string} viewKey
 */
export function documentNameFor(viewKey) {
  return sha256(`doc:${viewKey}`);
}

/**
 * Everything a new shared plan needs: its document name and both keys.
 * @returns {Promise<{ documentName: string, editKey: string, viewKey: string }>}
 */
export async function newSharedPlanKeys() {
  const editKey = newEditKey();
  const viewKey = await viewKeyFor(editKey);
  return { documentName: await documentNameFor(viewKey), editKey, viewKey };
}

/**
 * What `key` may do in the document `documentName`: 'edit', 'view', or null when it is no key of it.
 * The browser checks a link with this before it connects; the server checks every connection.
 * @param {string} documentName
 * @param {unknown} key
 * @returns {Promise<'edit' | 'view' | null>}
 */
export async function roleOf(documentName, key) {
  if (!isToken(documentName) || !isToken(key)) return null;
  if ((await documentNameFor(key)) === documentName) return 'view';
  if ((await documentNameFor(await viewKeyFor(key))) === documentName) return 'edit';
  return null;
}
