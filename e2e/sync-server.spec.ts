// The sync server as the app will meet it: Node clients on the same provider library the browser uses.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { MAX_DOCUMENTS_PER_CONNECTION, MAX_MESSAGE_BYTES } from '../server/sync-server.mjs';
import { newSharedPlanKeys, REFUSAL } from '../src/sync/keys.js';
import { expect, test } from './fixtures';

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  close: () => void;
  /** The scope the server granted, or the reason it refused. */
  answer: Promise<{ scope: string } | { refused: string }>;
}

function connect(url: string, documentName: string, token: string): Client {
  const doc = new Y.Doc();
  let settle: (value: { scope: string } | { refused: string }) => void = () => {};
  const answer = new Promise<{ scope: string } | { refused: string }>((resolve) => {
    settle = resolve;
  });
  // Node 20 has no WebSocket of its own; the browser's takes the place of `ws` there.
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => settle({ scope }),
    onAuthenticationFailed: ({ reason }) => settle({ refused: reason }),
  });
  provider.attach();
  return {
    doc,
    provider,
    answer,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

const notes = (client: Client) => client.doc.getMap('plan').get('notes');

test.describe('the sync server', () => {
  const clients: Client[] = [];
  const client = (...args: Parameters<typeof connect>) => {
    const made = connect(...args);
    clients.push(made);
    return made;
  };
  test.afterEach(() => {
    for (const { close } of clients.splice(0)) close();
  });

  test('brings an edit from one editor to another, and still has it after a restart', async ({ syncServer }) => {
    const keys = await newSharedPlanKeys();
    const a = client(syncServer.url, keys.documentName, keys.editKey);
    const b = client(syncServer.url, keys.documentName, keys.editKey);
    expect(await a.answer).toEqual({ scope: 'read-write' });
    expect(await b.answer).toEqual({ scope: 'read-write' });
    a.doc.getMap('plan').set('notes', 'Pitch on Friday');
    await expect.poll(() => notes(b)).toBe('Pitch on Friday');

    for (const { close } of clients.splice(0)) close();
    await syncServer.stop();
    await syncServer.start();
    const later = client(syncServer.url, keys.documentName, keys.editKey);
    await expect.poll(() => notes(later)).toBe('Pitch on Friday');
  });

  test('refuses a key of another plan and a mistyped one, which read nothing and write nothing', async ({ syncServer }) => {
    const keys = await newSharedPlanKeys();
    const editor = client(syncServer.url, keys.documentName, keys.editKey);
    editor.doc.getMap('plan').set('notes', 'Secret plan');
    await expect.poll(() => editor.provider.unsyncedChanges).toBe(0);

    const stranger = client(syncServer.url, keys.documentName, (await newSharedPlanKeys()).editKey);
    const typo = client(syncServer.url, keys.documentName, `${keys.editKey.slice(0, -1)}x`);
    expect(await stranger.answer).toEqual({ refused: REFUSAL.notAKey });
    expect(await typo.answer).toEqual({ refused: REFUSAL.notAKey });
    stranger.doc.getMap('plan').set('notes', 'Overwritten');
    const check = client(syncServer.url, keys.documentName, keys.viewKey);
    await expect.poll(() => notes(check)).toBe('Secret plan');
    expect(notes(stranger)).toBe('Overwritten');
    expect(notes(editor)).toBe('Secret plan');
  });

  test('lets the view-only key read the plan and drops everything it writes', async ({ syncServer }) => {
    const keys = await newSharedPlanKeys();
    const editor = client(syncServer.url, keys.documentName, keys.editKey);
    editor.doc.getMap('plan').set('notes', 'Hiring plan');
    const viewer = client(syncServer.url, keys.documentName, keys.viewKey);
    expect(await viewer.answer).toEqual({ scope: 'readonly' });
    await expect.poll(() => notes(viewer)).toBe('Hiring plan');

    viewer.doc.getMap('plan').set('notes', 'Changed by a viewer');
    editor.doc.getMap('plan').set('owner', 'Ana');
    // The editor's later change arrives everywhere while the viewer's never does.
    await expect.poll(() => viewer.doc.getMap('plan').get('owner')).toBe('Ana');
    const fresh = client(syncServer.url, keys.documentName, keys.editKey);
    await expect.poll(() => fresh.doc.getMap('plan').get('owner')).toBe('Ana');
    expect(notes(fresh)).toBe('Hiring plan');
    expect(notes(editor)).toBe('Hiring plan');
  });

  test('does not let a view-only key create a plan', async ({ syncServer }) => {
    const keys = await newSharedPlanKeys();
    // The document does not exist yet; its view key alone cannot make it an editor's.
    const viewer = client(syncServer.url, keys.documentName, keys.viewKey);
    expect(await viewer.answer).toEqual({ scope: 'readonly' });
    const editor = client(syncServer.url, keys.documentName, keys.editKey);
    expect(await editor.answer).toEqual({ scope: 'read-write' });
  });

  test('refuses more documents on one connection than a browser opens', async ({ syncServer }) => {
    const socket = new HocuspocusProviderWebsocket({ url: syncServer.url, WebSocketPolyfill: WebSocket });
    const answers: Promise<string>[] = [];
    const providers: HocuspocusProvider[] = [];
    for (let i = 0; i <= MAX_DOCUMENTS_PER_CONNECTION; i += 1) {
      const keys = await newSharedPlanKeys();
      answers.push(
        new Promise((resolve) => {
          const provider = new HocuspocusProvider({
            websocketProvider: socket,
            name: keys.documentName,
            token: keys.editKey,
            onAuthenticated: ({ scope }) => resolve(scope),
            onAuthenticationFailed: ({ reason }) => resolve(reason),
          });
          provider.attach();
          providers.push(provider);
        }),
      );
    }
    const settled = await Promise.all(answers);
    for (const provider of providers) provider.destroy();
    socket.destroy();
    expect(settled.filter((answer) => answer === 'read-write')).toHaveLength(MAX_DOCUMENTS_PER_CONNECTION);
    expect(settled.filter((answer) => answer === REFUSAL.tooManyDocuments)).toHaveLength(1);
  });

  test('closes a connection that sends a message larger than a whole plan', async ({ syncServer }) => {
    const socket = new WebSocket(syncServer.url);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(Buffer.alloc(MAX_MESSAGE_BYTES + 1));
    // 1009: "message too big", from the WebSocket standard.
    expect(await closed).toBe(1009);
  });
});
